package org.aitrainer.api.http.openapi;

import java.util.Set;
import org.aitrainer.api.http.limits.RateLimits;
import org.aitrainer.api.http.limits.RequestClass;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** The RateLimit-Policy and RateLimit headers of every response that the rate limits count, when they are on. */
final class RateLimitHeaders {

    /** The responses given before the rate limits count a request: they never carry the RateLimit fields. */
    private static final Set<String> ANSWERED_BEFORE_RATE_LIMITS =
            Set.of("BadRequest", "UriTooLong", "HeaderFieldsTooLarge");

    static final String RATE_LIMIT_POLICY_DESCRIPTION = "When rate limits are on: the quota policy this request "
            + "was counted under (IETF httpapi RateLimit draft, a structured field): its name (reads, estimates, "
            + "batches or writes), q, the requests a client may send per window, and w, the window in seconds.";

    static final String RATE_LIMIT_DESCRIPTION = "When rate limits are on: this client's state under the policy "
            + "(IETF httpapi RateLimit draft, a structured field): r, the requests it has left in the window, and t, "
            + "the seconds until the window ends and the whole quota is available again.";

    private RateLimitHeaders() {}

    /**
     * Every response to a request that the rate limits count carries RateLimit-Policy and RateLimit, when they are
     * on: all but the refusals of a URI or header fields, which come before the count.
     */
    static void addTo(OpenAPI openAPI) {
        openAPI.getComponents().getResponses().forEach((name, response) -> {
            if (!ANSWERED_BEFORE_RATE_LIMITS.contains(name)) {
                addTo(response);
            }
        });
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(item -> item.getOperations()
                        .values()
                        .forEach(operation -> operation.getResponses().getAPIResponses().values().stream()
                                .filter(response -> response.getRef() == null)
                                .forEach(RateLimitHeaders::addTo)));
    }

    static void addTo(APIResponse response) {
        OpenApiModels.addIfMissing(
                response,
                RateLimits.POLICY_HEADER,
                RATE_LIMIT_POLICY_DESCRIPTION,
                RateLimits.policy(RequestClass.READS, 1200, 60));
        OpenApiModels.addIfMissing(
                response, RateLimits.HEADER, RATE_LIMIT_DESCRIPTION, RateLimits.state(RequestClass.READS, 1187, 42));
    }
}
