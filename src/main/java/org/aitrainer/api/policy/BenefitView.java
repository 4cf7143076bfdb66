package org.aitrainer.api.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Benefit",
        description = "One amount of a policy for one period. When an amount changes, a new benefit "
                + "starts and the old one ends: the history stays.")
public record BenefitView(
        @Schema(description = "Stable public id.", examples = "b0000000-0000-4000-8000-000000000005")
        UUID id,

        @Schema(
                description = "The skill level, 1 to 5; null when the benefit is not tied to one level.",
                nullable = true,
                examples = "3")
        Integer level,

        BenefitKind kind,

        @Schema(description = "The sum; null for a percentage uplift.", nullable = true)
        Money amount,

        @Schema(description = "True when the amount or uplift is an upper limit (\"up to\"), not a fixed figure.")
        boolean upperLimit,

        @Schema(
                description = "The percentage added to the usual subsidy; null unless kind is SUBSIDY_UPLIFT.",
                nullable = true,
                examples = "30")
        BigDecimal upliftPercent,

        @Schema(
                description = "First day in force; null when the start is not known (treated as open).",
                nullable = true,
                examples = "2025-03-01")
        LocalDate effectiveFrom,

        @Schema(
                description = "Last day in force, inclusive; null when open-ended.",
                nullable = true,
                examples = "2025-12-31")
        LocalDate effectiveTo,

        @Schema(description = "Conditions and remarks, in the response language; null when none.", nullable = true)
        String conditions,

        @Schema(description = "The source of this record.", examples = "seed-article")
        String sourceId,

        Verification verification) {

    public static BenefitView from(Benefit benefit, Language language) {
        return new BenefitView(
                benefit.publicId,
                benefit.level == null ? null : benefit.level.intValue(),
                benefit.kind,
                Money.of(benefit.amount, benefit.currency),
                benefit.upperLimit,
                benefit.upliftPercent == null ? null : benefit.upliftPercent.stripTrailingZeros(),
                benefit.effectiveFrom,
                benefit.effectiveTo,
                LocalizedText.in(benefit.conditions, language),
                benefit.source.slug,
                benefit.verification);
    }
}
