package org.aitrainer.api.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.RequestIds;

/**
 * Problem responses for the HTTP filters that answer before a request reaches a resource (limits, write origins),
 * where {@link ProblemMappers} cannot: the same body and headers, written to the HTTP response directly.
 */
public final class RouteProblems {

    private RouteProblems() {}

    public static void answer(RoutingContext context, ObjectMapper json, Problem problem) {
        String id = RequestIds.of(context);
        Problem sent = id == null || problem.instance() == null
                ? problem
                : new Problem(
                        problem.type(),
                        problem.title(),
                        problem.status(),
                        problem.detail(),
                        problem.instance() + "#request=" + id,
                        problem.errors(),
                        problem.conflictsWith());
        byte[] body;
        try {
            body = json.writeValueAsBytes(sent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response()
                .setStatusCode(sent.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONTENT_LANGUAGE, Language.EN.tag())
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String origin = request.getHeader("Origin");
        boolean preflight = HttpMethod.OPTIONS.equals(request.method())
                && request.getHeader("Access-Control-Request-Method") != null;
        if (origin != null && !preflight) {
            // Any origin may read, problems included; a refused preflight grants nothing.
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader(HttpHeaders.VARY, "Origin");
        }
        response.end(Buffer.buffer(body));
    }
}
