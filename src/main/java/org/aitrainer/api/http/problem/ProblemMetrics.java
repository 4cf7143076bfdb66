package org.aitrainer.api.http.problem;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Counts the problem responses by status: {@code aitrainer_problems_total{status="404"}} in /q/metrics. */
public class ProblemMetrics {

    private final Map<Integer, Counter> counters = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @ServerResponseFilter
    public void count(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && "problem+json".equals(type.getSubtype())) {
            counters.computeIfAbsent(
                            response.getStatus(),
                            status -> Counter.builder("aitrainer.problems")
                                    .description("Problem responses sent, by HTTP status")
                                    .tag("status", Integer.toString(status))
                                    .register(registry))
                    .increment();
        }
    }
}
