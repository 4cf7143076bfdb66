package org.aitrainer.api.http.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A Bucket4j token bucket per client and class of request, in a Caffeine map of bounded size: at most
 * {@code maxBuckets} are held, the least used forgotten first, and a bucket idle for its whole period is forgotten
 * too (it would be full again by then, so forgetting it changes nothing). Each bucket holds its class's quota and
 * gets it back whole at the end of each period, counted from the client's first request: the window of the
 * RateLimit fields' {@code q} and {@code w}.
 */
final class ClientBuckets {

    /** A quota: so many requests per period. */
    record Quota(long limit, Duration period) {

        Quota {
            if (limit < 1) {
                throw new IllegalArgumentException("a rate limit must allow at least 1 request, not " + limit);
            }
            if (period.compareTo(Duration.ofSeconds(1)) < 0 || period.toNanos() % 1_000_000_000L != 0) {
                throw new IllegalArgumentException(
                        "a rate limit's period must be a whole number of seconds, not " + period);
            }
        }

        /** The window in seconds, as the RateLimit-Policy field gives it. */
        long seconds() {
            return period.toSeconds();
        }
    }

    /**
     * What counting one request decided: whether it may go on, the requests left in the window, and the seconds
     * until the window ends and the quota is whole again (rounded up, so that a client that waits them is served;
     * at least 1 for a refusal).
     */
    record Verdict(RequestClass requestClass, Quota quota, boolean allowed, long remaining, long secondsToReset) {}

    private record Key(RequestClass requestClass, String client) {}

    private final Map<RequestClass, Quota> quotas;
    private final Map<RequestClass, Bandwidth> bandwidths = new EnumMap<>(RequestClass.class);
    private final Cache<Key, Bucket> buckets;
    private final TimeMeter clock;

    ClientBuckets(Map<RequestClass, Quota> quotas, long maxBuckets) {
        this(quotas, maxBuckets, System::nanoTime);
    }

    /** With a clock of its own, for tests. */
    ClientBuckets(Map<RequestClass, Quota> quotas, long maxBuckets, LongSupplier nanoTime) {
        this.quotas = new EnumMap<>(quotas);
        for (RequestClass requestClass : RequestClass.values()) {
            Quota quota = this.quotas.get(requestClass);
            if (quota == null) {
                throw new IllegalArgumentException("no quota for " + requestClass.policy());
            }
            bandwidths.put(
                    requestClass,
                    Bandwidth.builder()
                            .capacity(quota.limit())
                            .refillIntervally(quota.limit(), quota.period())
                            .id(requestClass.policy())
                            .build());
        }
        this.clock = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maxBuckets)
                .expireAfter(Expiry.accessing((Key key, Bucket bucket) ->
                        this.quotas.get(key.requestClass()).period()))
                .ticker(nanoTime::getAsLong)
                .build();
    }

    Quota quota(RequestClass requestClass) {
        return quotas.get(requestClass);
    }

    /** Counts one request of the client in the class, when its bucket has a token left. */
    Verdict take(RequestClass requestClass, String client) {
        Bucket bucket = buckets.get(
                new Key(requestClass, client),
                key -> Bucket.builder()
                        .addLimit(bandwidths.get(key.requestClass()))
                        .withCustomTimePrecision(clock)
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long nanos = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        long seconds = (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return new Verdict(
                requestClass,
                quotas.get(requestClass),
                probe.isConsumed(),
                probe.getRemainingTokens(),
                probe.isConsumed() ? seconds : Math.max(1, seconds));
    }

    /** How many buckets are held, after any pending evictions. */
    long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
