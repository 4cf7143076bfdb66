package org.aitrainer.api.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRef;
import org.aitrainer.api.source.SourceRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subsidy", description = "A benefit in force on the requested date, with its policy, region and source.")
public record SubsidyView(
        @Schema(description = "The benefit's id.", examples = "b0000000-0000-4000-8000-000000000005")
        UUID benefitId,

        @Schema(description = "The policy that grants it.") PolicyRef policy,

        @Schema(description = "The region whose policy grants it: the requested region or one enclosing it.")
        RegionRef region,

        @Schema(
                description = "The skill level, 1 to 5; null when not tied to one level.",
                nullable = true,
                examples = "3")
        Integer level,

        BenefitKind kind,

        @Schema(description = "The sum; null for a percentage uplift.", nullable = true)
        Money amount,

        @Schema(description = "True when the amount or uplift is an upper limit (\"up to\").")
        boolean upperLimit,

        @Schema(
                description = "The percentage added to the usual subsidy; null unless kind is SUBSIDY_UPLIFT.",
                nullable = true)
        BigDecimal upliftPercent,

        @Schema(description = "First day in force; null when the start is not known.", nullable = true)
        LocalDate effectiveFrom,

        @Schema(description = "Last day in force, inclusive; null when open-ended.", nullable = true)
        LocalDate effectiveTo,

        @Schema(description = "Conditions and remarks, in the response language; null when none.", nullable = true)
        String conditions,

        @Schema(description = "Where the figure was read.") SourceRef source,
        Verification verification) {

    @Schema(name = "PolicyRef", description = "A policy named where it is cited.")
    public record PolicyRef(
            @Schema(description = "The policy's id.", examples = "shenzhen-skill-certificate-subsidy")
            String id,

            @Schema(description = "Title, in the response language.")
            String title) {}

    public static SubsidyView from(Benefit benefit, Language language) {
        Policy policy = benefit.policy;
        return new SubsidyView(
                benefit.publicId,
                new PolicyRef(policy.slug, policy.title.in(language)),
                RegionRef.from(policy.region, language),
                benefit.level == null ? null : benefit.level.intValue(),
                benefit.kind,
                Money.of(benefit.amount, benefit.currency),
                benefit.upperLimit,
                benefit.upliftPercent == null ? null : benefit.upliftPercent.stripTrailingZeros(),
                benefit.effectiveFrom,
                benefit.effectiveTo,
                LocalizedText.in(benefit.conditions, language),
                SourceRef.from(benefit.source, language),
                benefit.verification);
    }
}
