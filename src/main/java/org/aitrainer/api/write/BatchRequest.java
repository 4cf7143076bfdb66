package org.aitrainer.api.write;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A batch of writes, in the shape of OData JSON batching's request (which Microsoft Graph uses too). */
@Schema(
        name = "BatchRequest",
        description = "Up to 1,000 writes, applied in order in one transaction: all of them, or none.")
public record BatchRequest(
        @NotNull
        @Size(min = 1, max = BatchRequest.MAX_OPERATIONS)
        @Schema(
                description = "The operations, in the order they are applied; 1 to 1,000.",
                required = true,
                minItems = 1,
                maxItems = BatchRequest.MAX_OPERATIONS)
        List<@NotNull @Valid Operation> requests) {

    /** The most operations a batch takes. */
    public static final int MAX_OPERATIONS = 1000;

    @Schema(name = "BatchOperation", description = "One write, as its single endpoint takes it.")
    public record Operation(
            @NotBlank
            @Size(max = 64)
            @Schema(
                    description = "Your id for the operation, unique in the batch (1 to 64 characters); its result "
                            + "carries it.",
                    required = true,
                    examples = "1")
            String id,

            @NotNull
            @Schema(
                    description = "POST to create, PUT to update, DELETE to delete.",
                    required = true,
                    enumeration = {"POST", "PUT", "DELETE"})
            String method,

            @NotBlank
            @Size(max = 2000)
            @Schema(
                    description = "The write's path relative to /api/v1, as its single endpoint's: /sources, "
                            + "/policies/{slug}/benefits/{id}. No query: the batch's lang applies to every answer.",
                    required = true,
                    examples = "/sources")
            String url,

            @Schema(
                    description = "If-Match, required for PUT and DELETE as on the single endpoints, and "
                            + "Content-Type (application/json, optional). No other header is taken.")
            Map<@NotBlank String, @NotNull String> headers,

            @Schema(
                    description = "The body the single endpoint takes: required for POST and PUT, absent for DELETE.",
                    implementation = Object.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT)
            JsonNode body) {}
}
