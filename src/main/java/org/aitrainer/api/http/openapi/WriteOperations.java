package org.aitrainer.api.http.openapi;

import java.util.ArrayList;
import java.util.List;
import org.aitrainer.api.write.Idempotency;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * What every write (POST, PUT, DELETE with credentials) and every computation (a public POST that writes nothing)
 * shares: their refusals, the headers of their answers, their security and their request examples.
 */
final class WriteOperations {

    /** The extension META-INF/openapi.yaml marks a computation with: a public POST that writes nothing. */
    static final String COMPUTATION = "x-computation";

    /** The extension META-INF/openapi.yaml marks a batch of writes with: a POST that answers 200, not 201. */
    static final String BATCH = "x-batch";

    private WriteOperations() {}

    /**
     * A batch of writes: the refusals of any write it carries, each naming the failing operation, and a 200 with one
     * result per operation.
     */
    static void completeBatch(Operation operation, Object requestExample) {
        APIResponses responses = operation.getResponses();
        APIResponse applied = responses.getAPIResponse("200");
        responses.removeAPIResponse("200");
        completeWrite(PathItem.HttpMethod.PUT, operation, requestExample);
        responses.removeAPIResponse("200");
        responses.addAPIResponse("404", OpenApiModels.reference("NotFound"));
        responses.addAPIResponse("412", OpenApiModels.reference("PreconditionFailed"));
        responses.addAPIResponse("428", OpenApiModels.reference("PreconditionRequired"));
        applied.setDescription("Every operation was applied, in one transaction with one data version.");
        applied.addHeader(
                Idempotency.REPLAYED,
                OpenApiModels.header("true when this is the stored response to an earlier request with the same "
                        + "Idempotency-Key and body: nothing was written this time."));
        addWrittenHeaders(applied);
        responses.addAPIResponse("200", applied);
    }

    static void completeWrite(PathItem.HttpMethod method, Operation operation, Object requestExample) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("400", OpenApiModels.reference("InvalidBody"));
            responses.addAPIResponse("413", OpenApiModels.reference("ContentTooLarge"));
            responses.addAPIResponse("415", OpenApiModels.reference("UnsupportedMediaType"));
        }
        responses.addAPIResponse("401", OpenApiModels.reference("Unauthorized"));
        responses.addAPIResponse("403", OpenApiModels.reference("Forbidden"));
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            responses.addAPIResponse("404", OpenApiModels.reference("NotFound"));
        }
        if (method != PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("409", OpenApiModels.reference("Conflict"));
        }
        if (parameters.stream().anyMatch(p -> Idempotency.HEADER.equals(p.getName()))) {
            responses.addAPIResponse("422", OpenApiModels.reference("IdempotencyKeyReused"));
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equals(p.getName()))) {
            responses.addAPIResponse("412", OpenApiModels.reference("PreconditionFailed"));
            responses.addAPIResponse("428", OpenApiModels.reference("PreconditionRequired"));
        }
        // A write's success is documented here, from the type its method returns: a POST that answers 200 creates.
        if (method == PathItem.HttpMethod.DELETE && responses.getAPIResponse("204") == null) {
            // Declaring a refusal (a 409) keeps the generator from adding the 204 a void method answers.
            responses.addAPIResponse("204", OASFactory.createAPIResponse());
        }
        APIResponse success = responses.getAPIResponse(method == PathItem.HttpMethod.DELETE ? "204" : "200");
        if (success != null) {
            success.setDescription(
                    switch (method) {
                        case POST -> "Created.";
                        case DELETE -> "Deleted.";
                        default -> "Updated.";
                    });
            if (method == PathItem.HttpMethod.POST) {
                responses.removeAPIResponse("200");
                responses.addAPIResponse("201", success);
            }
        }
        APIResponse created = responses.getAPIResponse("201");
        if (created != null) {
            created.addHeader("Location", OpenApiModels.header("Where the new resource lives."));
            created.addHeader("ETag", OpenApiModels.header("The new resource's entity tag, for a later If-Match."));
            if (parameters.stream().anyMatch(p -> Idempotency.HEADER.equals(p.getName()))) {
                created.addHeader(
                        Idempotency.REPLAYED,
                        OpenApiModels.header("true when this is the stored response to an earlier "
                                + "request with the same Idempotency-Key and body: nothing was written this time."));
            }
            addWrittenHeaders(created);
        }
        APIResponse deleted = responses.getAPIResponse("204");
        if (deleted != null) {
            addWrittenHeaders(deleted);
        }
        APIResponse updated = responses.getAPIResponse("200");
        if (updated != null) {
            updated.addHeader("ETag", OpenApiModels.header("The resource's new entity tag."));
            addWrittenHeaders(updated);
        }
        if (operation.getRequestBody() != null && requestExample != null) {
            MediaType json =
                    operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                json.setExample(requestExample);
            }
        }
        operation.setSecurity(new ArrayList<>(
                List.of(OASFactory.createSecurityRequirement().addScheme(OpenApiDocumentation.BEARER))));
    }

    /**
     * A public POST that computes an answer from the read snapshot and writes nothing: no credentials, a 200 that is
     * never stored, the data version it was computed on; its example request and response are one recorded exchange.
     */
    static void completeComputation(Operation operation, Examples.Example example) {
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("400", OpenApiModels.reference("InvalidBody"));
        responses.addAPIResponse("413", OpenApiModels.reference("ContentTooLarge"));
        responses.addAPIResponse("415", OpenApiModels.reference("UnsupportedMediaType"));
        ReadOperations.addVersionParameters(operation, "dataVersion");
        responses.addAPIResponse("404", OpenApiModels.reference("VersionNotFound"));
        responses.addAPIResponse("410", OpenApiModels.reference("VersionGone"));
        APIResponse ok = responses.getAPIResponse("200");
        ok.setDescription("The answer, computed at the data version in X-Data-Version.");
        ok.addHeader(ReadOperations.DATA_VERSION, OpenApiModels.header(ReadOperations.DATA_VERSION_DESCRIPTION));
        ok.addHeader("Content-Language", OpenApiModels.header("The language of the answer's texts: zh-CN or en."));
        ok.addHeader(
                "Cache-Control", OpenApiModels.header("no-store: an answer to one situation is not kept by caches."));
        ok.addHeader("Vary", OpenApiModels.header("Accept, Accept-Language, Origin: the response depends on them."));
        if (example != null) {
            ok.getContent()
                    .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    .setExample(example.response());
            MediaType json =
                    operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                json.setExample(example.body());
            }
        }
        operation.setSecurity(new ArrayList<>());
    }

    /** The headers of every answer to a write, as on problems. */
    static void addWrittenHeaders(APIResponse response) {
        response.addHeader("Cache-Control", OpenApiModels.header("no-store: the answer to a write is not for caches."));
        response.addHeader(
                "Content-Language",
                OpenApiModels.header("The language of the texts in the body, if any: zh-CN or en."));
        response.addHeader("Vary", OpenApiModels.header("Accept, Accept-Language, Origin."));
    }
}
