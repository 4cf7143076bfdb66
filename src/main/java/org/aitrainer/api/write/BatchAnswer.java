package org.aitrainer.api.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a batch answers: one result per operation, in the order sent (OData JSON batching's response). */
@Schema(
        name = "BatchResponse",
        description = "One result per operation of the batch, in the order they were sent. Every operation was "
                + "applied, in one transaction, with one data version.")
public record BatchAnswer(
        @Schema(description = "The operations' results, in order.", required = true)
        List<Result> responses) {

    @Schema(name = "BatchResult", description = "What one operation answered, as its single endpoint would have.")
    public record Result(
            @Schema(description = "The operation's id, as sent.", required = true, examples = "1")
            String id,

            @Schema(
                    description = "201 for a creation, 200 for an update, 204 for a deletion.",
                    required = true,
                    examples = "201")
            int status,

            @Schema(
                    description = "Location (a creation) and ETag (a creation or an update), as the single "
                            + "endpoint sends them.")
            Map<String, String> headers,

            @Schema(description = "The record as the single endpoint answers it; absent for a deletion.")
            @JsonInclude(JsonInclude.Include.NON_NULL)
            Object body) {

        static Result of(String id, BatchRoute.Applied applied) {
            Map<String, String> headers = new LinkedHashMap<>();
            if (applied.location() != null) {
                headers.put("Location", applied.location());
            }
            if (applied.etag() != null) {
                headers.put("ETag", applied.etag());
            }
            return new Result(id, applied.status(), headers, applied.body());
        }
    }
}
