package org.aitrainer.api.http.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.aitrainer.api.http.limits.RateLimits;
import org.aitrainer.api.http.limits.RequestClass;
import org.aitrainer.api.http.limits.RequestLimits;
import org.aitrainer.api.http.problem.DatabaseUnavailable;
import org.aitrainer.api.http.problem.HttpProblems;
import org.aitrainer.api.http.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The problem responses of the document's components, one for each way a request is refused, each with an example
 * body as the service writes it.
 */
final class ProblemCatalogue {

    private static final String EXAMPLE_REQUEST_ID = "4f3c2a9d1e7b4c6a8f0e2d4b6a8c0e1f";

    private ProblemCatalogue() {}

    static void addTo(OpenAPI openAPI) {
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
                                "No resource has that id; or the data version asked for (version, knownAt) has not "
                                        + "been committed, a problem of type /problems/version-not-found.",
                                new Problem(
                                        Problem.NOT_FOUND,
                                        "Resource not found",
                                        404,
                                        "No policy has the id 'unknown'",
                                        "/api/v1/policies/unknown",
                                        null)))
                .addResponse(
                        "VersionNotFound",
                        problem(
                                "The data version asked for (version, dataVersion or knownAt) has not been committed.",
                                new Problem(
                                        Problem.VERSION_NOT_FOUND,
                                        "Data version not found",
                                        404,
                                        "Data version 9000 has not been committed; the latest is 160",
                                        "/api/v1/levels",
                                        List.of(new Problem.FieldError("version", "is after the latest version")))))
                .addResponse(
                        "VersionGone",
                        problem(
                                "The data version asked for is before the earliest one whose answers can be rebuilt: "
                                        + "the last one a data migration wrote (GET /api/v1/versions marks it).",
                                new Problem(
                                        Problem.VERSION_GONE,
                                        "Data version gone",
                                        410,
                                        "Data version 107 is before data version 151, the earliest whose answers can "
                                                + "be rebuilt (the last one a migration wrote); ask for 151 or later",
                                        "/api/v1/levels",
                                        List.of(new Problem.FieldError(
                                                "version", "is before the earliest version kept")))))
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
                                .addHeader("Retry-After", OpenApiModels.header("Seconds to wait before retrying: 5.")))
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
                                        OpenApiModels.header("Bearer, with error=\"invalid_token\" when a token was "
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
                                        OpenApiModels.header("Seconds to wait before the quota is available again.")
                                                .example("17"))
                                .addHeader(
                                        RateLimits.POLICY_HEADER,
                                        OpenApiModels.header(RateLimitHeaders.RATE_LIMIT_POLICY_DESCRIPTION)
                                                .example(RateLimits.policy(RequestClass.ESTIMATES, 120, 60)))
                                .addHeader(
                                        RateLimits.HEADER,
                                        OpenApiModels.header(RateLimitHeaders.RATE_LIMIT_DESCRIPTION)
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

    static APIResponse problem(String description, Problem example) {
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
                .addHeader("Cache-Control", OpenApiModels.header("no-store: problems are not for caches."))
                .addHeader("Content-Language", OpenApiModels.header("The language of the problem's texts: en."))
                .addHeader("Vary", OpenApiModels.header("Accept, Accept-Language, Origin."));
    }
}
