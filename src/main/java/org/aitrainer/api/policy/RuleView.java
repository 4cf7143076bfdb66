package org.aitrainer.api.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Rule",
        description = "One eligibility condition of a policy (or of one of its benefits), as a source states it, in "
                + "force for the certificates issued in its period. Its kind says which parameters it uses; the "
                + "others are null.")
public record RuleView(
        @Schema(description = "Stable public id.", examples = "e0000000-0000-4000-8000-000000000010")
        UUID id,

        @Schema(description = "The policy the rule belongs to.", examples = "unemployment-insurance-skill-subsidy-2017")
        String policyId,

        @Schema(description = "The one benefit of the policy the rule concerns; null for all of them.", nullable = true)
        UUID benefitId,

        RuleKind kind,

        @Schema(description = "MIN_INSURED_MONTHS, APPLY_WITHIN_MONTHS: months.", nullable = true, examples = "12")
        Integer months,

        @Schema(description = "CERTIFICATE_ISSUED_FROM: the first issue date covered.", nullable = true)
        LocalDate issuedFrom,

        @Schema(description = "LEVELS: the levels covered.", nullable = true)
        List<Integer> levels,

        @Schema(description = "CLAIMANT_STATUS: who may claim; EXCLUDED_STATUS: who may not.", nullable = true)
        List<ClaimantStatus> statuses,

        @Schema(description = "The claimants the rule is for; null for everyone.", nullable = true)
        List<ClaimantStatus> appliesTo,

        @Schema(description = "AGE_RANGE: the least age.", nullable = true)
        Integer minAge,

        @Schema(description = "AGE_RANGE: the age a claimant must not have reached.", nullable = true)
        Integer maxAge,

        @Schema(description = "AGE_RANGE: the age a woman must not have reached, where it differs.", nullable = true)
        Integer maxAgeFemale,

        @Schema(description = "PLACE: any of these ties to the policy's region suffices.", nullable = true)
        List<PlaceBasis> placeBases,

        @Schema(description = "MAX_PER_YEAR: subsidies per person per calendar year.", nullable = true)
        Integer maxCount,

        @Schema(description = "MAX_PER_YEAR: the limit for urgently needed occupations.", nullable = true)
        Integer maxCountUrgent,

        @Schema(description = "NOT_COMBINED_WITH: the kind of benefit not also received.", nullable = true)
        BenefitKind excludedKind,

        @Schema(description = "SCHEME: the policy whose conditions apply too.", nullable = true)
        String schemeId,

        @Schema(description = "First issue date the rule is in force for; null when open.", nullable = true)
        LocalDate effectiveFrom,

        @Schema(description = "Last issue date the rule is in force for, inclusive; null when open.", nullable = true)
        LocalDate effectiveTo,

        @Schema(description = "The condition as its source states it, in the response language.")
        String text,

        @Schema(description = "The source of this record.", examples = "mohrss-2024-40")
        String sourceId,

        Verification verification) {

    static RuleView of(UUID id, String policyId, RuleInput rule, Language language) {
        return new RuleView(
                id,
                policyId,
                rule.benefitId(),
                rule.kind(),
                rule.months(),
                rule.issuedFrom(),
                rule.levels(),
                rule.statuses(),
                rule.appliesTo(),
                rule.minAge(),
                rule.maxAge(),
                rule.maxAgeFemale(),
                rule.placeBases(),
                rule.maxCount(),
                rule.maxCountUrgent(),
                rule.excludedKind(),
                rule.schemeId(),
                rule.effectiveFrom(),
                rule.effectiveTo(),
                language == Language.EN ? rule.text().en() : rule.text().zhCn(),
                rule.sourceId(),
                rule.verification());
    }

    public static RuleView from(EligibilityRule rule, Language language) {
        return of(rule.publicId, rule.policy.slug, RuleInput.from(rule), language);
    }
}
