package org.aitrainer.api.http.openapi;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aitrainer.api.http.caching.ETags;
import org.aitrainer.api.http.limits.RateLimits;
import org.aitrainer.api.http.limits.RequestClass;
import org.aitrainer.api.http.limits.RequestLimits;
import org.aitrainer.api.http.problem.DatabaseUnavailable;
import org.aitrainer.api.http.problem.HttpProblems;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.write.Idempotency;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated OpenAPI document with what every operation shares: the problem responses it can give,
 * the headers of its successful response, and a real example of that response.
 *
 * <p>The examples are recorded responses of this service ({@code openapi/examples.json}), and a test checks that
 * each still matches what the service answers.
 */
public class OpenApiDocumentation implements OASFilter {

    public static final String EXAMPLES = "openapi/examples.json";

    /** A request body for each POST and PUT, by operation id, that the service accepts as it is. */
    public static final String REQUEST_EXAMPLES = "openapi/request-examples.json";

    /** The security scheme of writes, declared in ApiApplication. */
    public static final String BEARER = "bearer";

    /** Named after the snapshot's header; spelled here so that the document does not depend on the read path. */
    private static final String DATA_VERSION = "X-Data-Version";

    private static final String DATA_VERSION_DESCRIPTION = "The data-set version the answer was read at: the id of "
            + "the latest change in the audit log. A partner who wrote version N reads its write in any answer of "
            + "version N or later.";

    private static final String EXAMPLE_REQUEST_ID = "4f3c2a9d1e7b4c6a8f0e2d4b6a8c0e1f";

    /** Reads that caches must revalidate every time (Cache-Control: no-cache), set by their resources. */
    private static final Set<String> REVALIDATED = Set.of("listChanges", "exportPoliciesCsv", "exportDataset");

    /**
     * The response properties Jackson leaves out when they are null ({@code @JsonInclude(NON_NULL)}): they appear only
     * in some responses. Every other property of a response is always there, null where its schema allows.
     */
    static final Map<String, Set<String>> SOMETIMES_ABSENT = Map.of(
            "Policy", Set.of("benefits", "rules"),
            "Duty", Set.of("children"),
            "Region", Set.of("ancestors", "children"),
            "Problem", Set.of("detail", "instance", "errors", "conflictsWith"));

    /**
     * An example: the request that was made (with its body, for a computation's POST) and the body the service
     * answered with, or a note and a hand-written body.
     */
    public record Example(String request, Object body, String note, Object response) {}

    /** The extension META-INF/openapi.yaml marks a computation with: a public POST that writes nothing. */
    static final String COMPUTATION = "x-computation";

    /** The responses given before the rate limits count a request: they never carry the RateLimit fields. */
    private static final Set<String> ANSWERED_BEFORE_RATE_LIMITS =
            Set.of("BadRequest", "UriTooLong", "HeaderFieldsTooLarge");

    private static final String RATE_LIMIT_POLICY_DESCRIPTION =
            "When rate limits are on: the quota policy this request "
                    + "was counted under (IETF httpapi RateLimit draft, a structured field): its name (reads, estimates, "
                    + "batches or writes), q, the requests a client may send per window, and w, the window in seconds.";

    private static final String RATE_LIMIT_DESCRIPTION =
            "When rate limits are on: this client's state under the policy "
                    + "(IETF httpapi RateLimit draft, a structured field): r, the requests it has left in the window, and t, "
                    + "the seconds until the window ends and the whole quota is available again.";

    /** What every sort parameter accepts; each names its own fields and default. */
    private static final String SORT_RULE =
            "Comma-separated fields, each optionally prefixed by - for descending order. ";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemResponses(openAPI);
        markResponsePropertiesRequired(openAPI);
        allowNullWhereNullable(openAPI);
        allowNullForOptionalInput(openAPI);
        Map<String, Example> examples = examples();
        Map<String, Object> requestExamples = requestExamples();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().forEach((method, operation) -> {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(OpenApiDocumentation::keepDeclaredType);
                        operation.getParameters().stream()
                                .filter(p -> p.getIn() == Parameter.In.QUERY && "sort".equals(p.getName()))
                                .forEach(p -> p.setDescription(SORT_RULE + p.getDescription()));
                    }
                    if (method == PathItem.HttpMethod.GET) {
                        completeRead(operation, examples.get(operation.getOperationId()), item.getPUT() != null);
                    } else if (operation.getExtensions() != null
                            && operation.getExtensions().containsKey(COMPUTATION)) {
                        operation.removeExtension(COMPUTATION);
                        completeComputation(operation, examples.get(operation.getOperationId()));
                    } else {
                        completeWrite(method, operation, requestExamples.get(operation.getOperationId()));
                    }
                    APIResponses responses = operation.getResponses();
                    if (responses.getAPIResponse("400") == null) {
                        responses.addAPIResponse("400", reference("BadRequest"));
                    }
                    responses.addAPIResponse("406", reference("NotAcceptable"));
                    responses.addAPIResponse("414", reference("UriTooLong"));
                    responses.addAPIResponse("429", reference("TooManyRequests"));
                    responses.addAPIResponse("431", reference("HeaderFieldsTooLarge"));
                    responses.addAPIResponse("500", reference("InternalError"));
                    responses.addAPIResponse("503", reference("ServiceUnavailable"));
                }));
        addRateLimitHeaders(openAPI);
    }

    /**
     * Every response to a request that the rate limits count carries RateLimit-Policy and RateLimit, when they are
     * on: all but the refusals of a URI or header fields, which come before the count.
     */
    private static void addRateLimitHeaders(OpenAPI openAPI) {
        openAPI.getComponents().getResponses().forEach((name, response) -> {
            if (!ANSWERED_BEFORE_RATE_LIMITS.contains(name)) {
                addRateLimitHeaders(response);
            }
        });
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getRef() == null)
                                .forEach(OpenApiDocumentation::addRateLimitHeaders)));
    }

    private static void addRateLimitHeaders(APIResponse response) {
        addIfMissing(
                response,
                RateLimits.POLICY_HEADER,
                RATE_LIMIT_POLICY_DESCRIPTION,
                RateLimits.policy(RequestClass.READS, 1200, 60));
        addIfMissing(
                response, RateLimits.HEADER, RATE_LIMIT_DESCRIPTION, RateLimits.state(RequestClass.READS, 1187, 42));
    }

    /**
     * Resources read their query and path parameters as text, so that a bad value gets this API's own 400 and not a
     * framework's 404; the type {@code META-INF/openapi.yaml} declares for such a parameter is the one that counts.
     */
    private static void keepDeclaredType(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getRef() != null) {
            schema.setType(null);
        } else if (schema != null
                && schema.getType() != null
                && schema.getType().size() > 1) {
            List<Schema.SchemaType> declared = schema.getType().stream()
                    .filter(type -> type != Schema.SchemaType.STRING)
                    .toList();
            schema.setType(new ArrayList<>(declared));
        }
    }

    private static void completeWrite(PathItem.HttpMethod method, Operation operation, Object requestExample) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        APIResponses responses = operation.getResponses();
        if (operation.getRequestBody() != null) {
            responses.addAPIResponse("400", reference("InvalidBody"));
            responses.addAPIResponse("413", reference("ContentTooLarge"));
            responses.addAPIResponse("415", reference("UnsupportedMediaType"));
        }
        responses.addAPIResponse("401", reference("Unauthorized"));
        responses.addAPIResponse("403", reference("Forbidden"));
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            responses.addAPIResponse("404", reference("NotFound"));
        }
        if (method != PathItem.HttpMethod.DELETE) {
            responses.addAPIResponse("409", reference("Conflict"));
        }
        if (parameters.stream().anyMatch(p -> Idempotency.HEADER.equals(p.getName()))) {
            responses.addAPIResponse("422", reference("IdempotencyKeyReused"));
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equals(p.getName()))) {
            responses.addAPIResponse("412", reference("PreconditionFailed"));
            responses.addAPIResponse("428", reference("PreconditionRequired"));
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
            created.addHeader("Location", header("Where the new resource lives."));
            created.addHeader("ETag", header("The new resource's entity tag, for a later If-Match."));
            if (parameters.stream().anyMatch(p -> Idempotency.HEADER.equals(p.getName()))) {
                created.addHeader(
                        Idempotency.REPLAYED,
                        header("true when this is the stored response to an earlier "
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
            updated.addHeader("ETag", header("The resource's new entity tag."));
            addWrittenHeaders(updated);
        }
        if (operation.getRequestBody() != null && requestExample != null) {
            MediaType json =
                    operation.getRequestBody().getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON);
            if (json != null) {
                json.setExample(requestExample);
            }
        }
        operation.setSecurity(
                new ArrayList<>(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER))));
    }

    /**
     * A public POST that computes an answer from the read snapshot and writes nothing: no credentials, a 200 that is
     * never stored, the data version it was computed on; its example request and response are one recorded exchange.
     */
    private static void completeComputation(Operation operation, Example example) {
        APIResponses responses = operation.getResponses();
        responses.addAPIResponse("400", reference("InvalidBody"));
        responses.addAPIResponse("413", reference("ContentTooLarge"));
        responses.addAPIResponse("415", reference("UnsupportedMediaType"));
        APIResponse ok = responses.getAPIResponse("200");
        ok.setDescription("The answer, computed at the data version in X-Data-Version.");
        ok.addHeader(DATA_VERSION, header(DATA_VERSION_DESCRIPTION));
        ok.addHeader("Content-Language", header("The language of the answer's texts: zh-CN or en."));
        ok.addHeader("Cache-Control", header("no-store: an answer to one situation is not kept by caches."));
        ok.addHeader("Vary", header("Accept, Accept-Language, Origin: the response depends on them."));
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

    private static void completeRead(Operation operation, Example example, boolean writable) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean collection = parameters.stream().anyMatch(p -> "page".equals(p.getName()));
        boolean filtered = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        boolean identified = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);

        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok.getDescription() == null || ok.getDescription().equals("OK")) {
            ok.setDescription(collection ? "One page of the collection." : "The resource.");
        }
        if (ok.getHeaders() == null || !ok.getHeaders().containsKey("Content-Language")) {
            ok.addHeader("Content-Language", header("The language of the texts in the body: zh-CN or en."));
        }
        ok.addHeader("Vary", header("Accept, Accept-Language, Origin: the response depends on them."));
        if (ok.getHeaders().get("ETag") == null) {
            ok.addHeader(
                    "ETag",
                    header(
                            writable
                                    ? "The representation's strong entity tag: send it in If-None-Match to revalidate a copy, or in "
                                            + "If-Match to write."
                                    : "The representation's strong entity tag: send it in If-None-Match to revalidate a copy."));
        }
        if (ok.getHeaders().get("Cache-Control") == null) {
            ok.addHeader(
                    "Cache-Control",
                    header(
                            REVALIDATED.contains(operation.getOperationId())
                                    ? "no-cache: a cache may keep the response but must revalidate it (If-None-Match) before each "
                                            + "use, so that a new change is seen at once."
                                    : "public, max-age=300 (configurable): any cache may keep the response that long. no-store "
                                            + "when the request carried credentials."));
        }
        if (parameters.stream().noneMatch(p -> "If-None-Match".equals(p.getName()))) {
            operation.addParameter(OASFactory.createParameter()
                    .name("If-None-Match")
                    .in(Parameter.In.HEADER)
                    .description("The ETag of a copy you hold. When it is current the answer is 304, without a body.")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING))
                    .example(ETags.EXAMPLE));
        }
        if (operation.getResponses().getAPIResponse("304") == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            "304",
                            OASFactory.createAPIResponse()
                                    .description("The copy named in If-None-Match is current: no body.")
                                    .addHeader("ETag", header("The current entity tag."))
                                    .addHeader("Cache-Control", header("As on the 200."))
                                    .addHeader("Vary", header("As on the 200.")));
        }
        if (ok.getHeaders().get(DATA_VERSION) == null) {
            ok.addHeader(DATA_VERSION, header(DATA_VERSION_DESCRIPTION));
        }
        APIResponse notModified = operation.getResponses().getAPIResponse("304");
        if (notModified != null) {
            addIfMissing(notModified, "Cache-Control", "As on the 200.");
            addIfMissing(notModified, "Vary", "As on the 200.");
            addIfMissing(notModified, "Content-Language", "As on the 200, where it is sent.");
            addIfMissing(notModified, DATA_VERSION, DATA_VERSION_DESCRIPTION);
        }
        if (collection) {
            ok.addHeader("Link", header("RFC 8288 links to the first, previous, next and last pages."));
        } else if (parameters.stream().anyMatch(p -> "since".equals(p.getName()))) {
            ok.addHeader("Link", header("An RFC 8288 link to the next batch (rel=\"next\"), while there are more."));
        }
        if (example != null) {
            ok.getContent()
                    .getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                    .setExample(example.response());
        }
        if (filtered) {
            operation.getResponses().addAPIResponse("400", reference("InvalidParameters"));
        }
        if (identified) {
            operation.getResponses().addAPIResponse("404", reference("NotFound"));
        }
        // Reads are public: no credentials are needed.
        operation.setSecurity(new ArrayList<>());
    }

    private static void addProblemResponses(OpenAPI openAPI) {
        openAPI.getComponents()
                .addResponse(
                        "InvalidParameters",
                        problem(
                                "One or more query parameters are invalid or given more than "
                                        + "once; `errors` names each. (A URI whose escapes do not encode UTF-8 text is a 400 of type "
                                        + "about:blank.)",
                                new Problem(
                                        Problem.INVALID_PARAMETERS,
                                        "Invalid request parameters",
                                        400,
                                        "level must be an integer from 1 to 5",
                                        "/api/v1/subsidies",
                                        List.of(new Problem.FieldError("level", "must be an integer from 1 to 5")))))
                .addResponse(
                        "NotFound",
                        problem(
                                "No resource has that id.",
                                new Problem(
                                        Problem.NOT_FOUND,
                                        "Resource not found",
                                        404,
                                        "No policy has the id 'unknown'",
                                        "/api/v1/policies/unknown",
                                        null)))
                .addResponse(
                        "NotAcceptable",
                        problem(
                                "The client accepts no media type this resource is served in.",
                                HttpProblems.of(406, "/api/v1/levels")))
                .addResponse(
                        "InternalError",
                        problem(
                                "The server failed; the failure is logged, the body reveals " + "nothing of it.",
                                HttpProblems.of(500, "/api/v1/levels")))
                .addResponse(
                        "ServiceUnavailable",
                        problem(
                                        "The database cannot be reached; nothing was written. "
                                                + "Retry after the seconds in Retry-After.",
                                        new Problem(
                                                Problem.ABOUT_BLANK,
                                                "Service Unavailable",
                                                503,
                                                DatabaseUnavailable.DETAIL,
                                                "/api/v1/levels",
                                                null))
                                .addHeader("Retry-After", header("Seconds to wait before retrying: 5.")))
                .addResponse(
                        "InvalidBody",
                        problem(
                                "The body is not valid JSON, or fields are invalid; `errors` "
                                        + "names each invalid field. Nothing was written.",
                                new Problem(
                                        Problem.INVALID_BODY,
                                        "Invalid request body",
                                        400,
                                        "2 fields are invalid; errors " + "lists each",
                                        "/api/v1/policies",
                                        List.of(
                                                new Problem.FieldError(
                                                        "region",
                                                        "names no known region; GET /api/v1/regions " + "lists them"),
                                                new Problem.FieldError(
                                                        "effectiveTo", "must not be before effectiveFrom")))))
                .addResponse(
                        "Unauthorized",
                        problem(
                                        "No bearer token, or one that is malformed, expired or not "
                                                + "signed by the trusted issuer. The WWW-Authenticate header says which.",
                                        new Problem(
                                                Problem.ABOUT_BLANK,
                                                "Unauthorized",
                                                401,
                                                "This request needs a bearer token " + "(Authorization: Bearer <JWT>)",
                                                "/api/v1/policies",
                                                null))
                                .addHeader(
                                        "WWW-Authenticate",
                                        header("Bearer, with error=\"invalid_token\" when a token was "
                                                + "sent and did not verify.")))
                .addResponse(
                        "Forbidden",
                        problem(
                                "The token is valid but lacks the role, or the request comes from "
                                        + "a browser app whose origin may read but not write (the service's write-origins setting).",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "Forbidden",
                                        403,
                                        "The token is valid but lacks the role this "
                                                + "request needs (editor, or admin for deletions and regions)",
                                        "/api/v1/policies",
                                        null)))
                .addResponse(
                        "Conflict",
                        problem(
                                "The write contradicts stored data; `conflictsWith` names the " + "record.",
                                new Problem(
                                        Problem.CONFLICT,
                                        "Conflict",
                                        409,
                                        "The benefit's period overlaps "
                                                + "benefit b0000000-0000-4000-8000-000000000005 of the same policy, level, kind and source; end that one first or choose other dates",
                                        "/api/v1/policies/shenzhen-skill-certificate-subsidy/benefits",
                                        null,
                                        "b0000000-0000-4000-8000-000000000005")))
                .addResponse(
                        "PreconditionFailed",
                        problem(
                                "The If-Match ETag is no longer current: someone " + "else wrote first.",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "Precondition Failed",
                                        412,
                                        "The resource has changed since the ETag in If-Match was read; GET it again and retry",
                                        "/api/v1/policies/shenzhen-skill-certificate-subsidy",
                                        null)))
                .addResponse(
                        "PreconditionRequired",
                        problem(
                                "The write needs an If-Match header.",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "Precondition Required",
                                        428,
                                        "This write needs an If-Match "
                                                + "header with the resource's current ETag; GET the resource first",
                                        "/api/v1/policies/shenzhen-skill-certificate-subsidy",
                                        null)))
                .addResponse(
                        "BadRequest",
                        problem(
                                "The escapes of the request URI do not encode UTF-8 text. (A URI "
                                        + "that is not valid syntax at all, such as %ZZ, is refused with a bare 400.)",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "Bad Request",
                                        400,
                                        RequestLimits.MALFORMED_URI,
                                        "/api/v1/export/dataset.json",
                                        null)))
                .addResponse(
                        "UriTooLong",
                        problem(
                                "The request URI is longer than 8 KiB (8,192 characters).",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "URI Too Long",
                                        414,
                                        "The request URI is 10342 characters " + "long; at most 8192 are accepted",
                                        "/api/v1/policies",
                                        null)))
                .addResponse(
                        "HeaderFieldsTooLarge",
                        problem(
                                "A header field is longer than 8 KiB, or the header "
                                        + "fields are longer than 16 KiB together.",
                                new Problem(
                                        Problem.ABOUT_BLANK,
                                        "Request Header Fields Too Large",
                                        431,
                                        "The Authorization header field is 9231 bytes long; "
                                                + "each may be at most 8192 bytes",
                                        "/api/v1/policies",
                                        null)))
                .addResponse(
                        "ContentTooLarge",
                        problem("The body is larger than 64 KiB.", HttpProblems.of(413, "/api/v1/policies")))
                .addResponse(
                        "UnsupportedMediaType",
                        problem("The body is not application/json.", HttpProblems.of(415, "/api/v1/policies")))
                .addResponse(
                        "TooManyRequests",
                        problem(
                                        "When rate limits are on: this client has sent all the requests its quota "
                                                + "allows in the window (see RateLimit-Policy; reads, subsidy estimates, "
                                                + "batches and other writes are counted apart, per client address). "
                                                + "Retry after the seconds in Retry-After; nothing was done.",
                                        new Problem(
                                                Problem.ABOUT_BLANK,
                                                "Too Many Requests",
                                                429,
                                                RateLimits.detail(RequestClass.ESTIMATES, 120, 60, 17),
                                                RequestClass.ESTIMATES_PATH,
                                                null))
                                .addHeader(
                                        RateLimits.RETRY_AFTER,
                                        header("Seconds to wait before the quota is available again.")
                                                .example("17"))
                                .addHeader(
                                        RateLimits.POLICY_HEADER,
                                        header(RATE_LIMIT_POLICY_DESCRIPTION)
                                                .example(RateLimits.policy(RequestClass.ESTIMATES, 120, 60)))
                                .addHeader(
                                        RateLimits.HEADER,
                                        header(RATE_LIMIT_DESCRIPTION)
                                                .example(RateLimits.state(RequestClass.ESTIMATES, 0, 17))))
                .addResponse(
                        "IdempotencyKeyReused",
                        problem(
                                "The Idempotency-Key was used before with another " + "body.",
                                new Problem(
                                        Problem.IDEMPOTENCY_KEY_REUSED,
                                        "Idempotency key reused",
                                        422,
                                        "This Idempotency-Key was already used with a different request body; use a new key",
                                        "/api/v1/policies",
                                        null)));
    }

    /**
     * Marks the properties every response carries as required, so that clients generated from the document (the
     * explorer page's TypeScript types among them) know a field is always there, and null only where it is nullable.
     * Schemas that declare their own required properties (request bodies) are left as they are.
     */
    private static void markResponsePropertiesRequired(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> seen = new HashSet<>();
        Deque<Schema> pending = new ArrayDeque<>();
        openAPI.getComponents().getResponses().values().forEach(response -> pending.addAll(schemasOf(response)));
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> operation
                                .getResponses()
                                .getAPIResponses()
                                .values()
                                .forEach(r -> pending.addAll(schemasOf(r)))));
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                Schema named = schemas.get(name);
                if (named != null && seen.add(name)) {
                    if (named.getProperties() != null && named.getRequired() == null) {
                        Set<String> absent = SOMETIMES_ABSENT.getOrDefault(name, Set.of());
                        named.setRequired(named.getProperties().keySet().stream()
                                .filter(property -> !absent.contains(property))
                                .toList());
                    }
                    pending.push(named);
                }
                continue;
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(pending::push);
                }
            }
        }
    }

    private static List<Schema> schemasOf(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null) {
            return List.of();
        }
        return response.getContent().getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .toList();
    }

    private static void addIfMissing(APIResponse response, String name, String description) {
        if (response.getHeaders() == null || response.getHeaders().get(name) == null) {
            response.addHeader(name, header(description));
        }
    }

    private static void addIfMissing(APIResponse response, String name, String description, String example) {
        if (response.getHeaders() == null || response.getHeaders().get(name) == null) {
            response.addHeader(name, header(description).example(example));
        }
    }

    /** The headers of every answer to a write, as on problems. */
    private static void addWrittenHeaders(APIResponse response) {
        response.addHeader("Cache-Control", header("no-store: the answer to a write is not for caches."));
        response.addHeader("Content-Language", header("The language of the texts in the body, if any: zh-CN or en."));
        response.addHeader("Vary", header("Accept, Accept-Language, Origin."));
    }

    /**
     * OpenAPI 3.1 describes a nullable reference as {@code anyOf: [{$ref}, {type: null}]}. The generator also writes a
     * {@code type} beside the {@code anyOf}, sometimes without "null" in it ({@code "type": "object"}), which makes
     * null invalid for a strict validator; the members of the {@code anyOf} say all there is to say, so it goes.
     */
    private static void allowNullWhereNullable(OpenAPI openAPI) {
        Deque<Schema> pending =
                new ArrayDeque<>(openAPI.getComponents().getSchemas().values());
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            for (List<Schema> parts : Arrays.asList(schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null && parts.stream().anyMatch(OpenApiDocumentation::isNullType)) {
                    schema.setType(null);
                }
            }
            if (schema.getProperties() != null) {
                pending.addAll(schema.getProperties().values());
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    pending.addAll(parts);
                }
            }
        }
    }

    /**
     * A request body may leave out an optional property or send it as null, which the service takes alike: the
     * properties that a request body's schema does not require allow null.
     */
    private static void allowNullForOptionalInput(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inputs = new HashSet<>();
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations().values().forEach(operation -> {
                    if (operation.getRequestBody() != null
                            && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                                .map(MediaType::getSchema)
                                .filter(schema -> schema != null && schema.getRef() != null)
                                .forEach(schema -> inputs.add(schema.getRef()
                                        .substring(schema.getRef().lastIndexOf('/') + 1)));
                    }
                }));
        for (String name : inputs) {
            Schema input = schemas.get(name);
            if (input == null || input.getProperties() == null) {
                continue;
            }
            List<String> required = input.getRequired() == null ? List.of() : input.getRequired();
            input.getProperties().forEach((property, schema) -> {
                if (required.contains(property)) {
                    return;
                }
                if (schema.getRef() != null) {
                    String ref = schema.getRef();
                    schema.setRef(null);
                    schema.setType(null);
                    schema.setAnyOf(new ArrayList<>(List.of(
                            OASFactory.createSchema().ref(ref),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL))));
                } else if (schema.getType() != null && !schema.getType().contains(Schema.SchemaType.NULL)) {
                    List<Schema.SchemaType> types = new ArrayList<>(schema.getType());
                    types.add(Schema.SchemaType.NULL);
                    schema.setType(types);
                }
            });
        }
    }

    private static boolean isNullType(Schema schema) {
        return schema.getRef() == null
                && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.NULL));
    }

    private static APIResponse problem(String description, Problem example) {
        Map<?, ?> body = new ObjectMapper().convertValue(example, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> withRequest = (Map<String, Object>) body;
        withRequest.put("instance", example.instance() + "#request=" + EXAMPLE_REQUEST_ID);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(withRequest);
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        return OASFactory.createAPIResponse()
                .description(description)
                .content(content)
                .addHeader("Cache-Control", header("no-store: problems are not for caches."))
                .addHeader("Content-Language", header("The language of the problem's texts: en."))
                .addHeader("Vary", header("Accept, Accept-Language, Origin."));
    }

    private static APIResponse reference(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    static Map<String, Object> requestExamples() {
        return byOperation(REQUEST_EXAMPLES, new TypeReference<>() {});
    }

    static Map<String, Example> examples() {
        return byOperation(EXAMPLES, new TypeReference<>() {});
    }

    /** A resource of examples by operation id; none when it is missing. */
    private static <T> Map<String, T> byOperation(String resource, TypeReference<Map<String, T>> type) {
        try (InputStream in = OpenApiDocumentation.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : new ObjectMapper().readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
