package org.aitrainer.api.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.aitrainer.api.config.Settings;
import org.aitrainer.api.http.RouteOrder;
import org.aitrainer.api.http.limits.RequestClass;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.problem.RouteProblems;

/**
 * Which browser origins may write ({@code aitrainer.cors.write-origins}): any origin may read and ask for estimates,
 * but a write (any method but GET, HEAD and OPTIONS, other than the estimates' POSTs) carrying an {@code Origin} not in
 * the list is refused with a 403, and so is the CORS
 * preflight that asks for such a method, so the browser never sends the write. With {@code *}, any origin may write.
 * Requests without an {@code Origin} header do not come from a browser app and are not affected.
 */
@Singleton
public class WriteOrigins {

    public static final String ANY = Settings.Cors.ANY_ORIGIN;

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean any;
    private final Set<String> origins;

    @Inject
    ObjectMapper json;

    @Inject
    WriteOrigins(Settings settings) {
        List<String> configured = settings.cors().writeOrigins();
        this.any = configured.stream().anyMatch(origin -> origin.strip().equals(ANY));
        this.origins = configured.stream()
                .map(origin -> normalized(origin.strip()))
                .filter(origin -> !origin.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, RouteOrder.WRITE_ORIGINS);
    }

    /** True when a browser app served from this origin may write. */
    boolean mayWrite(String origin) {
        return any || origins.contains(normalized(origin));
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader("Origin");
        if (origin == null || mayWrite(origin)) {
            context.next();
            return;
        }
        String requested = request.getHeader("Access-Control-Request-Method");
        boolean preflight = HttpMethod.OPTIONS.equals(request.method()) && requested != null;
        String method = preflight
                ? requested.strip().toUpperCase(Locale.ROOT)
                : request.method().name();
        if (READ_METHODS.contains(method) || RequestClass.isComputation(method, request.path())) {
            context.next();
            return;
        }
        RouteProblems.answer(
                context,
                json,
                new Problem(
                        Problem.ABOUT_BLANK,
                        "Forbidden",
                        403,
                        "Browser apps from the origin " + echoed(origin) + " may read this API but not write to it",
                        request.path(),
                        null));
    }

    private static String normalized(String origin) {
        String lower = origin.toLowerCase(Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static String echoed(String origin) {
        return origin.length() <= 200 ? origin : origin.substring(0, 200) + "…";
    }
}
