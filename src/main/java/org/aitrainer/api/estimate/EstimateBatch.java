package org.aitrainer.api.estimate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.aitrainer.api.http.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of situations, as sent and as answered. */
final class EstimateBatch {

    static final int MAX_ID_LENGTH = 100;

    private EstimateBatch() {}

    @Schema(
            name = "SubsidyEstimateBatch",
            description = "Up to 1,000 situations, each with an id of the caller's choice that its answer echoes.")
    record Request(
            @Schema(required = true, maxItems = 1000, minItems = 1)
            List<Item> situations) {}

    /** A situation with the caller's id beside its fields: documented as both schemas at once. */
    @Schema(
            name = "SubsidyEstimateBatchItem",
            description = "A situation, with the caller's id for it beside its fields.",
            allOf = {Situation.class, Id.class})
    interface Item {}

    @Schema(name = "SubsidyEstimateBatchId", description = "The caller's id of a situation in a batch.")
    record Id(
            @Schema(
                    description = "The caller's id, echoed in the answer.",
                    examples = "employee-1042",
                    required = true,
                    maxLength = 100)
            String id) {}

    /** How much of each estimate a batch answers with. */
    @Schema(
            name = "EstimateDetail",
            description = "summary (the default): each program's outcome, amount, last day to apply, missing inputs "
                    + "and failed checks; full: each estimate as POST /api/v1/subsidy-estimates answers it.")
    enum Detail {
        summary,
        full
    }

    @Schema(
            name = "SubsidyEstimateBatchAnswer",
            description = "One answer per situation, in the order sent: an estimate, or the problem that stopped it.")
    record Answer(
            @Schema(description = "The data version every estimate of the batch was computed on.", examples = "120")
            long dataVersion,

            Detail detail,
            List<Row> results) {}

    @Schema(name = "SubsidyEstimateBatchResult", description = "The answer to one situation of a batch.")
    record Row(
            @Schema(description = "The caller's id; null when the situation did not give a valid one.", nullable = true)
            String id,

            @Schema(
                    description = "200 for an estimate, 400 for a situation that could not be evaluated.",
                    examples = "200")
            int status,

            @Schema(
                    description = "The estimate's summary; null unless status is 200 and detail is summary.",
                    nullable = true)
            Summary summary,

            @Schema(description = "The whole estimate; null unless status is 200 and detail is full.", nullable = true)
            SubsidyEstimate estimate,

            @Schema(description = "Why the situation was refused; null unless status is 400.", nullable = true)
            Problem problem) {}

    @Schema(
            name = "SubsidyEstimateSummary",
            description = "An estimate in short: the result it takes, and each program's outcome and why.")
    record Summary(
            @Schema(description = "The policy of the result the estimate takes; null when none.", nullable = true)
            String selected,

            List<ResultSummary> results) {}

    @Schema(name = "EstimateResultSummary", description = "One program's answer, in short.")
    record ResultSummary(
            String policyId,

            @Schema(description = "The program's region code.", examples = "440300")
            String region,

            SubsidyEstimate.Outcome outcome,
            @Schema(nullable = true) SubsidyEstimate.Award award,
            @Schema(nullable = true) LocalDate applyBy,
            boolean selected,
            List<String> missingInputs,
            @Schema(description = "The checks that failed.") List<FailedCheck> failedChecks) {}

    @Schema(name = "EstimateFailedCheck", description = "A check that failed: its rule, and the rule's source.")
    record FailedCheck(
            @Schema(nullable = true) UUID ruleId,
            String policyId,
            String kind,
            @Schema(nullable = true) String sourceId) {}
}
