package org.aitrainer.api.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.aitrainer.api.http.RouteOrder;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.problem.RouteProblems;

/**
 * Graceful shutdown: once the service is stopping, requests in flight finish (within quarkus.shutdown.timeout) and
 * new ones are refused with a 503 problem and {@code Connection: close}, so that clients go to another instance.
 */
@ApplicationScoped
class Draining {

    private volatile boolean stopping;

    @Inject
    ObjectMapper json;

    void install(@Observes Filters filters) {
        filters.register(this::refuseWhenStopping, RouteOrder.DRAINING);
    }

    void onStop(@Observes ShutdownDelayInitiatedEvent event) {
        stopping = true;
    }

    private void refuseWhenStopping(RoutingContext context) {
        if (!stopping) {
            context.next();
            return;
        }
        context.response().putHeader("Connection", "close").putHeader("Retry-After", "1");
        RouteProblems.answer(
                context,
                json,
                new Problem(
                        Problem.ABOUT_BLANK,
                        "Service Unavailable",
                        503,
                        "This instance is shutting down; send the request again, another instance will answer it",
                        context.request().path(),
                        null));
    }
}
