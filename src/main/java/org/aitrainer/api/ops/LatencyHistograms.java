package org.aitrainer.api.ops;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/** HTTP server latencies as histograms, with buckets from 1 ms to 10 s, so that percentiles can be computed. */
@Singleton
class LatencyHistograms {

    private static final double[] BUCKETS_MS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    public MeterFilter httpServerHistograms() {
        double[] buckets = new double[BUCKETS_MS.length];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = Duration.ofMillis((long) BUCKETS_MS[i]).toNanos();
        }
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(buckets)
                        .build()
                        .merge(config);
            }
        };
    }
}
