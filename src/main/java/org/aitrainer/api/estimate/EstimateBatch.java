package org.aitrainer.api.estimate;

import java.util.List;
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

    @Schema(
            name = "SubsidyEstimateBatchAnswer",
            description = "One answer per situation, in the order sent: an estimate, or the problem that stopped it.")
    record Answer(
            @Schema(description = "The data version every estimate of the batch was computed on.", examples = "120")
            long dataVersion,

            List<Row> results) {}

    @Schema(name = "SubsidyEstimateBatchResult", description = "The answer to one situation of a batch.")
    record Row(
            @Schema(description = "The caller's id; null when the situation did not give a valid one.", nullable = true)
            String id,

            @Schema(
                    description = "200 for an estimate, 400 for a situation that could not be evaluated.",
                    examples = "200")
            int status,

            @Schema(description = "The estimate; null unless status is 200.", nullable = true)
            SubsidyEstimate estimate,

            @Schema(description = "Why the situation was refused; null unless status is 400.", nullable = true)
            Problem problem) {}
}
