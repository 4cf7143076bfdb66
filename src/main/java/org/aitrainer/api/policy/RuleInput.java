package org.aitrainer.api.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Published;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.write.WriteBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An eligibility rule as partners write it; also the rule's record in the change feed. */
@Schema(
        name = "RuleInput",
        description = "An eligibility rule of a policy, as written by partners. Its kind says which parameters it "
                + "takes (see RuleKind); the others must be null.")
@Published("Subsidy estimates evaluate the policies' rules and amounts.")
public record RuleInput(
        @NotNull RuleKind kind,

        @Schema(description = "The benefit of the policy the rule concerns alone; null for every benefit.")
        UUID benefitId,

        @Min(1)
        @Max(600)
        @Schema(description = "MIN_INSURED_MONTHS and APPLY_WITHIN_MONTHS: the number of months.", examples = "12")
        Integer months,

        @Schema(description = "CERTIFICATE_ISSUED_FROM: the first issue date covered.", examples = "2017-01-01")
        LocalDate issuedFrom,

        @Size(min = 1, max = 5)
        @Schema(description = "LEVELS: the skill levels covered, 1 to 5.", examples = "[5, 4, 3]")
        List<@NotNull @Min(1) @Max(5) Integer> levels,

        @Size(min = 1, max = 6) @Schema(description = "CLAIMANT_STATUS: who may claim; EXCLUDED_STATUS: who may not.")
        List<@NotNull ClaimantStatus> statuses,

        @Size(min = 1, max = 6)
        @Schema(description = "The claimants the rule is for; null for everyone. Others pass it without a check.")
        List<@NotNull ClaimantStatus> appliesTo,

        @Min(0)
        @Max(120)
        @Schema(description = "AGE_RANGE: the least age, in whole years on the application date.", examples = "16")
        Integer minAge,

        @Min(1) @Max(120) @Schema(description = "AGE_RANGE: the age a claimant must not have reached.", examples = "60")
        Integer maxAge,

        @Min(1)
        @Max(120)
        @Schema(description = "AGE_RANGE: the age a woman must not have reached, where it differs.", examples = "55")
        Integer maxAgeFemale,

        @Size(min = 1, max = 4) @Schema(description = "PLACE: any of these ties to the policy's region suffices.")
        List<@NotNull PlaceBasis> placeBases,

        @Min(1) @Max(100) @Schema(description = "MAX_PER_YEAR: subsidies per person per calendar year.", examples = "1")
        Integer maxCount,

        @Min(1)
        @Max(100)
        @Schema(
                description = "MAX_PER_YEAR: the limit for certificates of urgently needed occupations, where higher.",
                examples = "3")
        Integer maxCountUrgent,

        @Schema(description = "NOT_COMBINED_WITH: the kind of benefit not also received for the same certificate.")
        BenefitKind excludedKind,

        @Size(max = 80)
        @Schema(
                description = "SCHEME: the policy whose conditions apply too.",
                examples = "unemployment-insurance-skill-subsidy-2017")
        String schemeId,

        @Schema(description = "First issue date the rule is in force for; null when open.", examples = "2024-01-01")
        LocalDate effectiveFrom,

        @Schema(
                description = "Last issue date the rule is in force for, inclusive; null when open.",
                examples = "2024-12-31")
        LocalDate effectiveTo,

        @NotNull @Valid @Schema(description = "The condition as its source states it.")
        Texts text,

        @NotBlank
        @Size(max = 80)
        @Schema(description = "The id of the source this record was read in.", examples = "mohrss-2024-40")
        String sourceId,

        @NotNull Verification verification)
        implements WriteBody {

    public static RuleInput from(EligibilityRule rule) {
        return new RuleInput(
                rule.kind,
                rule.benefit == null ? null : rule.benefit.publicId,
                toInt(rule.months),
                rule.issuedFrom,
                rule.levels == null
                        ? null
                        : Arrays.stream(rule.levels).map(Short::intValue).toList(),
                statuses(rule.statuses),
                statuses(rule.appliesTo),
                toInt(rule.minAge),
                toInt(rule.maxAge),
                toInt(rule.maxAgeFemale),
                rule.placeBases == null
                        ? null
                        : Arrays.stream(rule.placeBases)
                                .map(PlaceBasis::valueOf)
                                .toList(),
                toInt(rule.maxCount),
                toInt(rule.maxCountUrgent),
                rule.excludedKind,
                rule.scheme == null ? null : rule.scheme.slug,
                rule.effectiveFrom,
                rule.effectiveTo,
                Texts.of(rule.text),
                rule.source.slug,
                rule.verification);
    }

    private static Integer toInt(Short value) {
        return value == null ? null : value.intValue();
    }

    private static List<ClaimantStatus> statuses(String[] names) {
        return names == null
                ? null
                : Arrays.stream(names).map(ClaimantStatus::valueOf).toList();
    }
}
