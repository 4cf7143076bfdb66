package org.aitrainer.api.http.limits;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.aitrainer.api.config.Settings;
import org.aitrainer.api.http.RouteOrder;
import org.aitrainer.api.http.problem.Problem;
import org.aitrainer.api.http.problem.RouteProblems;

/**
 * Per-client rate limits on {@code /api/v1} ({@code aitrainer.rate-limits.*}): each request is counted in its
 * {@link RequestClass} for its client, and one over the class's quota is refused with a 429 problem and
 * {@code Retry-After}. Every counted response carries the IETF httpapi draft's {@code RateLimit-Policy} and
 * {@code RateLimit} fields, so that clients can slow down before they are refused.
 *
 * <p>The client is the remote address as Vert.x sees it: the peer's own, or, when Quarkus is told to trust a proxy
 * ({@code quarkus.http.proxy.*}), the address that proxy forwards. Each instance counts alone.
 *
 * <p>A Vert.x filter, so that a refused request costs no resource method; it runs after CORS (whose exposed headers
 * let browser apps read these fields, 429s included) and the write-origin check, and before authentication.
 */
@Singleton
public class RateLimits {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String HEADER = "RateLimit";
    public static final String RETRY_AFTER = "Retry-After";

    /** A client key is an address; anything longer (a forged forwarded value) is cut, to bound the memory. */
    private static final int MAX_CLIENT_LENGTH = 64;

    private final boolean enabled;
    private final ClientBuckets buckets;
    private final Map<RequestClass, Counter> refusals = new EnumMap<>(RequestClass.class);

    @Inject
    ObjectMapper json;

    @Inject
    RateLimits(Settings settings, MeterRegistry registry) {
        Settings.RateLimits limits = settings.rateLimits();
        this.enabled = limits.enabled();
        Map<RequestClass, ClientBuckets.Quota> quotas = new EnumMap<>(RequestClass.class);
        quotas.put(RequestClass.READS, new ClientBuckets.Quota(limits.reads(), limits.readsPeriod()));
        quotas.put(RequestClass.ESTIMATES, new ClientBuckets.Quota(limits.estimates(), limits.estimatesPeriod()));
        quotas.put(RequestClass.BATCHES, new ClientBuckets.Quota(limits.batches(), limits.batchesPeriod()));
        quotas.put(RequestClass.WRITES, new ClientBuckets.Quota(limits.writes(), limits.writesPeriod()));
        this.buckets = new ClientBuckets(quotas, limits.maxBuckets());
        if (enabled) {
            for (RequestClass requestClass : RequestClass.values()) {
                refusals.put(
                        requestClass,
                        Counter.builder("aitrainer.rate.limited")
                                .description("Requests refused with 429 by the per-client rate limits, by policy")
                                .tag("policy", requestClass.policy())
                                .register(registry));
            }
        }
    }

    void register(@Observes Filters filters) {
        if (enabled) {
            filters.register(this::check, RouteOrder.RATE_LIMITS);
        }
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        RequestClass requestClass = RequestClass.of(request.method().name(), context.normalizedPath());
        if (requestClass == null) {
            context.next();
            return;
        }
        ClientBuckets.Verdict verdict = buckets.take(requestClass, client(request));
        HttpServerResponse response = context.response();
        response.putHeader(POLICY_HEADER, policy(requestClass, verdict.quota()))
                .putHeader(HEADER, state(requestClass, verdict.remaining(), verdict.secondsToReset()));
        if (verdict.allowed()) {
            context.next();
            return;
        }
        refusals.get(requestClass).increment();
        response.putHeader(RETRY_AFTER, Long.toString(verdict.secondsToReset()));
        RouteProblems.answer(
                context,
                json,
                new Problem(
                        Problem.ABOUT_BLANK,
                        "Too Many Requests",
                        429,
                        detail(
                                requestClass,
                                verdict.quota().limit(),
                                verdict.quota().seconds(),
                                verdict.secondsToReset()),
                        request.path(),
                        null));
    }

    /** The client a request is counted for: its remote address, as forwarded by a trusted proxy if configured. */
    static String client(HttpServerRequest request) {
        SocketAddress address = request.remoteAddress();
        String client = null;
        if (address != null) {
            client = address.host() != null ? address.host() : address.hostAddress();
            if (client == null) {
                client = address.path();
            }
        }
        if (client == null || client.isEmpty()) {
            return "unknown";
        }
        if (client.startsWith("[") && client.endsWith("]")) {
            client = client.substring(1, client.length() - 1);
        }
        client = client.toLowerCase(Locale.ROOT);
        return client.length() <= MAX_CLIENT_LENGTH ? client : client.substring(0, MAX_CLIENT_LENGTH);
    }

    /** The RateLimit-Policy field: {@code "estimates";q=120;w=60}. */
    static String policy(RequestClass requestClass, ClientBuckets.Quota quota) {
        return policy(requestClass, quota.limit(), quota.seconds());
    }

    public static String policy(RequestClass requestClass, long limit, long windowSeconds) {
        return "\"" + requestClass.policy() + "\";q=" + limit + ";w=" + windowSeconds;
    }

    /** The RateLimit field: {@code "estimates";r=0;t=17}. */
    public static String state(RequestClass requestClass, long remaining, long secondsToReset) {
        return "\"" + requestClass.policy() + "\";r=" + remaining + ";t=" + secondsToReset;
    }

    /** The detail of a 429 problem. */
    public static String detail(RequestClass requestClass, long limit, long windowSeconds, long retryAfter) {
        String what = switch (requestClass) {
            case READS -> "reads";
            case ESTIMATES -> "subsidy estimates";
            case BATCHES -> "batches";
            case WRITES -> "writes";
        };
        return "This client may send " + limit + " " + what + " every " + windowSeconds + " seconds and has sent "
                + "them all; retry in " + retryAfter + " seconds";
    }
}
