package org.aitrainer.api.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.aitrainer.api.http.problem.SnapshotUnavailableException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/** Before the first snapshot is loaded, the instance is not ready and reads answer 503. */
class SnapshotHealthTest {

    @Test
    void withoutASnapshotReadinessIsDownAndReadsAreRefused() {
        ReadSnapshots none = new ReadSnapshots();
        SnapshotHealth health = new SnapshotHealth();
        health.snapshots = none;

        HealthCheckResponse response = health.call();

        assertThat(response.getName()).isEqualTo("read-snapshot");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData())
                .hasValueSatisfying(data -> assertThat(data).containsEntry("reason", "no snapshot loaded yet"));
        assertThatThrownBy(none::current)
                .isInstanceOf(SnapshotUnavailableException.class)
                .hasMessage(SnapshotUnavailableException.DETAIL);
    }
}
