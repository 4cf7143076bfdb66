package org.aitrainer.api.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while a snapshot is held, database or not: an instance that can answer every read stays behind the load
 * balancer during an outage. Shows the data version, when it was loaded, and how long since it was last known to be
 * current.
 */
@Readiness
@ApplicationScoped
public class SnapshotHealth implements HealthCheck {

    @Inject
    ReadSnapshots snapshots;

    @Override
    public HealthCheckResponse call() {
        return snapshots
                .held()
                .map(snapshot -> HealthCheckResponse.named("read-snapshot")
                        .up()
                        .withData("dataVersion", snapshot.version())
                        .withData("loadedAt", snapshot.loadedAt().toString())
                        .withData("confirmedAt", String.valueOf(snapshots.confirmedAt()))
                        .withData("ageSeconds", age(snapshots.confirmedAt()))
                        .withData("buildMillis", snapshot.buildTime().toMillis())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named("read-snapshot")
                        .down()
                        .withData("reason", "no snapshot loaded yet")
                        .build());
    }

    /** Seconds since the snapshot was last known to be current: it grows while the database is away. */
    private static long age(Instant confirmedAt) {
        return confirmedAt == null
                ? 0
                : Duration.between(confirmedAt, Instant.now()).toSeconds();
    }
}
