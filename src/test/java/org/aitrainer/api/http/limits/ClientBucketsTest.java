package org.aitrainer.api.http.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The buckets on a clock of the test's own: quotas, windows, and the bounded memory. */
class ClientBucketsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    private ClientBuckets buckets(long maxBuckets) {
        Map<RequestClass, ClientBuckets.Quota> quotas = new EnumMap<>(RequestClass.class);
        quotas.put(RequestClass.READS, new ClientBuckets.Quota(5, Duration.ofSeconds(60)));
        quotas.put(RequestClass.ESTIMATES, new ClientBuckets.Quota(2, Duration.ofSeconds(60)));
        quotas.put(RequestClass.BATCHES, new ClientBuckets.Quota(1, Duration.ofSeconds(30)));
        quotas.put(RequestClass.WRITES, new ClientBuckets.Quota(3, Duration.ofSeconds(10)));
        return new ClientBuckets(quotas, maxBuckets, now::get);
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    @Test
    void aClientHasItsQuotaThenWaitsForTheEndOfTheWindow() {
        ClientBuckets buckets = buckets(100);
        for (long left = 1; left >= 0; left--) {
            ClientBuckets.Verdict verdict = buckets.take(RequestClass.ESTIMATES, "203.0.113.1");
            assertThat(verdict.allowed()).isTrue();
            assertThat(verdict.remaining()).isEqualTo(left);
            assertThat(verdict.secondsToReset()).isEqualTo(60);
        }
        advance(Duration.ofMillis(42_500));
        ClientBuckets.Verdict refused = buckets.take(RequestClass.ESTIMATES, "203.0.113.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.secondsToReset()).as("17.5 s rounded up").isEqualTo(18);
        assertThat(refused.quota()).isEqualTo(new ClientBuckets.Quota(2, Duration.ofSeconds(60)));

        advance(Duration.ofMillis(17_499));
        assertThat(buckets.take(RequestClass.ESTIMATES, "203.0.113.1").allowed())
                .isFalse();
        advance(Duration.ofMillis(1));
        ClientBuckets.Verdict again = buckets.take(RequestClass.ESTIMATES, "203.0.113.1");
        assertThat(again.allowed()).isTrue();
        assertThat(again.remaining()).as("the whole quota is back").isEqualTo(1);
        assertThat(again.secondsToReset()).isEqualTo(60);
    }

    @Test
    void clientsAndClassesAreCountedApart() {
        ClientBuckets buckets = buckets(100);
        assertThat(buckets.take(RequestClass.BATCHES, "203.0.113.1").allowed()).isTrue();
        assertThat(buckets.take(RequestClass.BATCHES, "203.0.113.1").allowed()).isFalse();

        ClientBuckets.Verdict other = buckets.take(RequestClass.BATCHES, "203.0.113.2");
        assertThat(other.allowed()).isTrue();
        assertThat(other.remaining()).isZero();
        for (RequestClass requestClass : new RequestClass[] {RequestClass.READS, RequestClass.ESTIMATES}) {
            ClientBuckets.Verdict verdict = buckets.take(requestClass, "203.0.113.1");
            assertThat(verdict.allowed()).as(requestClass.policy()).isTrue();
            assertThat(verdict.remaining())
                    .as(requestClass.policy())
                    .isEqualTo(buckets.quota(requestClass).limit() - 1);
        }
    }

    @Test
    void aRefusalAlwaysAsksForAtLeastOneSecond() {
        ClientBuckets buckets = buckets(100);
        buckets.take(RequestClass.BATCHES, "203.0.113.1");
        advance(Duration.ofMillis(29_999));
        ClientBuckets.Verdict refused = buckets.take(RequestClass.BATCHES, "203.0.113.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.secondsToReset()).isEqualTo(1);
    }

    @Test
    void theMemoryIsBoundedHoweverManyClientsCome() {
        ClientBuckets buckets = buckets(100);
        for (int i = 0; i < 20_000; i++) {
            buckets.take(RequestClass.READS, "10.0." + (i / 256) + "." + (i % 256));
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void aBucketIdleForItsWholePeriodIsForgotten() {
        ClientBuckets buckets = buckets(1000);
        for (int i = 0; i < 50; i++) {
            buckets.take(RequestClass.WRITES, "10.0.0." + i);
            buckets.take(RequestClass.READS, "10.0.0." + i);
        }
        assertThat(buckets.size()).isEqualTo(100);
        advance(Duration.ofSeconds(9));
        assertThat(buckets.size()).isEqualTo(100);
        advance(Duration.ofSeconds(2));
        assertThat(buckets.size())
                .as("the writes' 10 s are over; the reads' 60 s are not")
                .isEqualTo(50);
        advance(Duration.ofSeconds(50));
        assertThat(buckets.size()).isZero();
    }

    @Test
    void aQuotaAllowsAtLeastOneRequestPerWholeSeconds() {
        assertThatThrownBy(() -> new ClientBuckets.Quota(0, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientBuckets.Quota(10, Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClientBuckets.Quota(10, Duration.ofMillis(1500)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClientBuckets.Quota(10, Duration.ofMinutes(2)).seconds()).isEqualTo(120);
    }
}
