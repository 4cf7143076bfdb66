package org.aitrainer.api.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Texts;
import org.aitrainer.api.core.Verification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RuleExport",
        description = "An eligibility rule of a policy, in both languages, with the fields a partner writes.")
public record RuleExport(
        @Schema(examples = "e0000000-0000-4000-8000-000000000010")
        UUID id,

        @Schema(examples = "unemployment-insurance-skill-subsidy-2017")
        String policyId,

        RuleKind kind,
        @Schema(nullable = true) UUID benefitId,
        @Schema(nullable = true) Integer months,
        @Schema(nullable = true) LocalDate issuedFrom,
        @Schema(nullable = true) List<Integer> levels,
        @Schema(nullable = true) List<String> statuses,
        @Schema(nullable = true) List<String> appliesTo,
        @Schema(nullable = true) Integer minAge,
        @Schema(nullable = true) Integer maxAge,
        @Schema(nullable = true) Integer maxAgeFemale,
        @Schema(nullable = true) List<String> placeBases,
        @Schema(nullable = true) Integer maxCount,
        @Schema(nullable = true) Integer maxCountUrgent,
        @Schema(nullable = true) BenefitKind excludedKind,
        @Schema(nullable = true) String schemeId,
        @Schema(nullable = true) LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,
        Texts text,
        String sourceId,
        Verification verification) {

    static RuleExport from(EligibilityRule rule) {
        return new RuleExport(
                rule.publicId,
                rule.policy.slug,
                rule.kind,
                rule.benefit == null ? null : rule.benefit.publicId,
                number(rule.months),
                rule.issuedFrom,
                rule.levels == null
                        ? null
                        : java.util.Arrays.stream(rule.levels)
                                .map(Short::intValue)
                                .toList(),
                list(rule.statuses),
                list(rule.appliesTo),
                number(rule.minAge),
                number(rule.maxAge),
                number(rule.maxAgeFemale),
                list(rule.placeBases),
                number(rule.maxCount),
                number(rule.maxCountUrgent),
                rule.excludedKind,
                rule.scheme == null ? null : rule.scheme.slug,
                rule.effectiveFrom,
                rule.effectiveTo,
                Texts.of(rule.text),
                rule.source.slug,
                rule.verification);
    }

    private static Integer number(Short value) {
        return value == null ? null : value.intValue();
    }

    private static List<String> list(String[] values) {
        return values == null ? null : List.of(values);
    }
}
