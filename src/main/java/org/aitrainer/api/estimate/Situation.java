package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.util.List;
import org.aitrainer.api.policy.BenefitKind;
import org.aitrainer.api.policy.ClaimantStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person's situation, as an estimate is asked for it. Only region, level and certificateIssuedOn are required. */
@Schema(
        name = "Situation",
        description = "One person's situation. region, level and certificateIssuedOn are required; every other field "
                + "is optional, and a field that a rule needs but that is missing gives MORE_INFO, never INELIGIBLE.")
public record Situation(
        @Schema(
                description = "Where the person is insured (or lives, when not insured): a region code (GB/T 2260) or "
                        + "CN. The regions searched are it and those enclosing it.",
                examples = "440300",
                required = true)
        String region,

        @Schema(description = "The certificate's skill level, 1 to 5 (5 the lowest).", examples = "3", required = true)
        Integer level,

        @Schema(description = "The work type of the certificate, where known.", examples = "data-annotator")
        String workType,

        @Schema(
                description = "The certificate's issue date: the date that counts for the rules and the amounts.",
                examples = "2025-06-01",
                required = true)
        LocalDate certificateIssuedOn,

        @Schema(
                description = "The date of the application; today in Asia/Shanghai when absent. Not before the "
                        + "certificate's issue date.",
                examples = "2025-07-01")
        LocalDate applyingOn,

        @Schema(description = "Months of unemployment-insurance contributions, cumulative.", examples = "24")
        Integer insuredMonths,

        ClaimantStatus employmentStatus,

        @Schema(description = "Asked only where an age rule applies.", examples = "1990-05-01")
        LocalDate birthDate,

        @Schema(description = "Asked only where an age rule sets a different upper bound for women.")
        Sex sex,

        @Schema(description = "Where the person's household is registered (hukou): a region code.", examples = "440300")
        String hukouRegion,

        @Schema(description = "True for a recent graduate, where a rule names them.")
        Boolean recentGraduate,

        @Schema(
                description = "True when the occupation is on the person's place's list of urgently needed "
                        + "occupations, where a rule allows more subsidies a year for them.")
        Boolean urgentlyNeededOccupation,

        @Schema(description = "Subsidies received before; absent or empty: none.")
        List<PreviousSubsidy> previousSubsidies) {

    @Schema(name = "PreviousSubsidy", description = "A subsidy the person received before.")
    public record PreviousSubsidy(
            @Schema(description = "The occupation's code.", examples = "4-04-05-05", required = true)
            String occupationCode,

            @Schema(description = "The certificate's level, 1 to 5.", examples = "4", required = true)
            Integer level,

            @Schema(description = "When it was received.", examples = "2024-05-01", required = true)
            LocalDate receivedOn,

            @Schema(
                    description = "CERTIFICATE_SUBSIDY (the default) or TRAINING_SUBSIDY.",
                    examples = "CERTIFICATE_SUBSIDY")
            BenefitKind kind) {

        BenefitKind kindOrDefault() {
            return kind == null ? BenefitKind.CERTIFICATE_SUBSIDY : kind;
        }
    }
}
