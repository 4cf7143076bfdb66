package org.aitrainer.api.ops;

import io.quarkus.arc.All;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aitrainer.api.config.Settings;
import org.aitrainer.api.core.Language;
import org.aitrainer.api.http.Linked;
import org.jboss.logging.Logger;

/**
 * Reads what front ends read most, as each resource of the index names it ({@link Linked#warmUp()}), once in each
 * language as soon as the server listens, on a background thread, so
 * that the first clients find the code loaded and compiled.
 * Start-up does not wait for it. {@code aitrainer.warm-up=false} turns it off.
 */
@ApplicationScoped
class WarmUp {

    private static final Logger LOG = Logger.getLogger(WarmUp.class);

    /** An estimate, so that the rules' evaluation is compiled before the first client asks for one. */
    static final String ESTIMATE = "/api/v1/subsidy-estimates";

    static final String SITUATION = "{\"region\": \"440300\", \"level\": 3, \"certificateIssuedOn\": \"2025-06-01\", "
            + "\"applyingOn\": \"2025-07-01\", \"insuredMonths\": 24, \"employmentStatus\": \"EMPLOYED\", "
            + "\"birthDate\": \"1990-05-01\"}";

    @Inject
    Settings settings;

    /** The resources the index links to: each names the reads front ends make most of it. */
    @Inject
    @All
    List<Linked> resources;

    private final AtomicBoolean started = new AtomicBoolean();

    /** Announced once per event loop listening; one warm-up is enough. */
    void onListening(@ObservesAsync HttpServerStart start) {
        int port = start.options().getPort();
        if (!settings.warmUp() || port <= 0 || !started.compareAndSet(false, true)) {
            return;
        }
        String host = start.options().getHost();
        String target = host == null || host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        List<String> paths = resources.stream()
                .flatMap(resource -> resource.warmUp().stream())
                .toList();
        Thread thread = new Thread(() -> warm(URI.create("http://" + target + ":" + port), paths), "warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void warm(URI server, List<String> paths) {
        long started = System.nanoTime();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int answered = 0;
        for (String language : Language.tags()) {
            for (String path : paths) {
                HttpRequest request = HttpRequest.newBuilder(server.resolve(path))
                        .header("Accept-Language", language)
                        .timeout(Duration.ofSeconds(10))
                        .build();
                answered += send(client, request, path);
            }
            HttpRequest estimate = HttpRequest.newBuilder(server.resolve(ESTIMATE))
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(SITUATION))
                    .build();
            answered += send(client, estimate, ESTIMATE);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
        LOG.infof(
                "Warm-up: %d of %d requests answered in %d ms",
                answered, 2 * (paths.size() + 1), (System.nanoTime() - started) / 1_000_000);
    }

    /** 1 when the request was answered with 200, else 0. */
    private static int send(HttpClient client, HttpRequest request, String path) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200 ? 1 : 0;
        } catch (IOException e) {
            LOG.debugf("Warm-up request to %s failed: %s", path, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
