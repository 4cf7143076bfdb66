package org.aitrainer.api.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.LocalizedText;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Published("Estimates name a program by its policy's title.")
@Schema(name = "Policy", description = "A national or local policy that concerns AI trainers.")
public record PolicyView(
        @Schema(description = "Stable public id (slug).", examples = "shenzhen-skill-certificate-subsidy")
        String id,

        @Schema(description = "Title, in the response language.")
        String title,

        @Schema(
                description = "Issuing body, in the response language; null when the source does not name it.",
                nullable = true,
                examples = "State Council")
        String issuer,

        @Schema(
                description = "The official document number; null when none is known.",
                nullable = true,
                examples = "国发〔2017〕35号")
        String documentNumber,

        PolicyCategory category,
        PolicyScope scope,

        @Schema(
                description = "The region the policy applies in; null for a summary of many local policies.",
                nullable = true)
        RegionRef region,

        @Schema(description = "Date issued; null when not known to the day.", nullable = true, examples = "2017-07-08")
        LocalDate issuedOn,

        @Schema(description = "First day in force; null when not known.", nullable = true)
        LocalDate effectiveFrom,

        @Schema(description = "Last day in force, inclusive; null when open-ended or not known.", nullable = true)
        LocalDate effectiveTo,

        @Schema(description = "What the policy does, in the response language.")
        String summary,

        @Schema(
                description = "Who may benefit, in the response language; null when the source does not say.",
                nullable = true)
        String eligibility,

        @Schema(description = "The source of this record.", examples = "sz-repost-cdhao")
        String sourceId,

        Verification verification,

        @Schema(description = "Single-policy responses only: every benefit, past, current and future.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<BenefitView> benefits,

        @Schema(description = "Single-policy responses only: every eligibility rule, past, current and future.")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        List<RuleView> rules) {

    public static PolicyView from(Policy policy, Language language) {
        return new PolicyView(
                policy.slug,
                policy.title.in(language),
                LocalizedText.in(policy.issuer, language),
                policy.documentNumber,
                policy.category,
                policy.scope,
                RegionRef.from(policy.region, language),
                policy.issuedOn,
                policy.effectiveFrom,
                policy.effectiveTo,
                policy.summary.in(language),
                LocalizedText.in(policy.eligibility, language),
                policy.source.slug,
                policy.verification,
                null,
                null);
    }

    public static PolicyView withBenefits(Policy policy, Language language) {
        return from(policy, language)
                .withBenefits(
                        policy.benefits.stream()
                                .sorted(Benefit.HISTORY_ORDER)
                                .map(b -> BenefitView.from(b, language))
                                .toList(),
                        policy.rules.stream()
                                .sorted(java.util.Comparator.comparingLong(r -> r.id))
                                .map(r -> RuleView.from(r, language))
                                .toList());
    }

    /** This policy as a single-policy response: with every benefit and every rule, in the order given. */
    public PolicyView withBenefits(List<BenefitView> history, List<RuleView> conditions) {
        return new PolicyView(
                id,
                title,
                issuer,
                documentNumber,
                category,
                scope,
                region,
                issuedOn,
                effectiveFrom,
                effectiveTo,
                summary,
                eligibility,
                sourceId,
                verification,
                history,
                conditions);
    }
}
