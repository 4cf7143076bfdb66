package org.aitrainer.api.http.language;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells clients and caches which language a response is in (HttpCaching adds that it depends on Accept-Language).
 * Problem bodies are written in English.
 */
public class LanguageHeaders {

    @ServerResponseFilter
    public void addLanguageHeaders(
            ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        if (!request.getUriInfo().getPath().startsWith("/api")) {
            return;
        }
        if (response.getStatus() == 304 || response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            return; // a bilingual representation names its languages itself
        }
        MediaType type = response.getMediaType();
        boolean problem = type != null && Problem.MEDIA_TYPE.equals(type.getType() + "/" + type.getSubtype());
        String language = problem
                ? Language.EN.tag()
                : Language.negotiate(
                                routing.queryParams().get("lang"), request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))
                        .tag();
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language);
    }
}
