package org.aitrainer.api.estimate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.core.Money;
import org.aitrainer.api.core.Verification;
import org.aitrainer.api.region.RegionRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SubsidyEstimate",
        description = "What one person may claim: one result for every program along the region chain that pays a "
                + "certificate subsidy at the level, with every condition checked and its source. An estimate, not a "
                + "decision.")
public record SubsidyEstimate(
        @Schema(description = "The data version the estimate was computed on (as X-Data-Version).", examples = "120")
        long dataVersion,

        @Schema(
                description = "The application date the estimate was made for: the one given, or today in "
                        + "Asia/Shanghai.",
                examples = "2025-07-01")
        LocalDate applyingOn,

        @Schema(description = "The regions whose programs were searched, from the person's up to the nation.")
        List<RegionRef> searchedRegions,

        @Schema(description = "One result per program, most local first.")
        List<Result> results,

        @Schema(
                description = "The policy of the result the estimate takes; null when none can be taken.",
                nullable = true)
        String selected,

        @Schema(description = "Why that result is taken, or why none is; in the response language.")
        String selection,

        @Schema(description = "An estimate, not a decision: the local office decides. In the response language.")
        String disclaimer) {

    @Schema(
            name = "EstimateOutcome",
            description = "ELIGIBLE, INELIGIBLE, or MORE_INFO (an input or a rule is missing).")
    public enum Outcome {
        ELIGIBLE,
        INELIGIBLE,
        MORE_INFO
    }

    @Schema(name = "EstimateResult", description = "One program's answer for the situation.")
    public record Result(
            @Schema(description = "The program's policy id.", examples = "shenzhen-skill-certificate-subsidy")
            String policyId,

            @Schema(description = "The policy's title, in the response language.")
            String policyTitle,

            RegionRef region,
            Outcome outcome,

            @Schema(
                    description = "The amount the estimate takes for this program, as in force on amountOn; null when "
                            + "no amount is recorded.",
                    nullable = true)
            Award award,

            @Schema(description = "The date the amount and the rules are taken for: the certificate's issue date.")
            LocalDate amountOn,

            @Schema(description = "The last day to apply, where a rule sets a window; null otherwise.", nullable = true)
            LocalDate applyBy,

            @Schema(description = "True for the one result the estimate takes (see selection).")
            boolean selected,

            @Schema(description = "The outcome in a sentence, in the response language.")
            String reason,

            @Schema(description = "Other records of this program for the same level and date, with their sources.")
            List<Award> alternatives,

            @Schema(
                    description =
                            "Percentage uplifts recorded along the region chain for the level (for local shortage "
                                    + "occupations, for instance): shown, never added, since whether they apply is the local "
                                    + "office's to say.")
            List<Uplift> uplifts,

            @Schema(description = "Every condition evaluated, in the order of the rules.")
            List<Check> checks,

            @Schema(description = "Fields of the situation that would settle a MORE_INFO; empty otherwise.")
            List<String> missingInputs) {}

    @Schema(name = "EstimateAward", description = "An amount of a program, with the record it comes from.")
    public record Award(
            UUID benefitId,
            Money amount,

            @Schema(description = "True when the amount is an upper limit (\"up to\"), not a fixed sum.")
            boolean upperLimit,

            String sourceId,
            Verification verification) {}

    @Schema(name = "EstimateUplift", description = "A percentage uplift recorded for the level.")
    public record Uplift(
            UUID benefitId,
            String policyId,
            BigDecimal percent,
            boolean upperLimit,
            @Schema(nullable = true) String conditions,
            String sourceId,
            Verification verification) {}

    @Schema(name = "EstimateCheck", description = "One condition, evaluated.")
    public record Check(
            @Schema(description = "The rule's id; null for RULES_KNOWN, which no rule records.", nullable = true)
            UUID ruleId,

            @Schema(
                    description = "The policy whose rule it is.",
                    examples = "unemployment-insurance-skill-subsidy-2017")
            String policyId,

            @Schema(
                    description = "The rule's kind, or RULES_KNOWN: whether any rule of the policy is recorded for "
                            + "the date.",
                    examples = "MIN_INSURED_MONTHS")
            String kind,

            @Schema(description = "True, false, or null when an input (or a rule) is missing.", nullable = true)
            Boolean passed,

            @Schema(description = "What the rule requires, in the response language.")
            String required,

            @Schema(description = "What the situation gave for it; null when it gave nothing.", nullable = true)
            String given,

            @Schema(description = "The situation's fields the check needs but did not get.")
            List<String> missing,

            @Schema(description = "The rule as its source states it, in the response language.", nullable = true)
            String statement,

            @Schema(nullable = true) String sourceId,
            @Schema(nullable = true) Verification verification) {}
}
