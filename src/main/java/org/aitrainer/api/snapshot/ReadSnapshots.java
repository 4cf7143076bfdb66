package org.aitrainer.api.snapshot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.aitrainer.api.http.problem.SnapshotUnavailableException;
import org.jboss.logging.Logger;

/**
 * Holds the snapshot every read is answered from, and replaces it, whole and atomically, when the committed data
 * version moves: after a write on this instance (before the write is answered), on a notification from another
 * instance, or on the periodic check ({@link SnapshotListener}). A reader holds the snapshot it started with, so a
 * swap never shows it a mix of two versions. While the database is away the last snapshot goes on serving.
 */
@ApplicationScoped
public class ReadSnapshots {

    private static final Logger LOG = Logger.getLogger(ReadSnapshots.class);

    @Inject
    SnapshotLoader loader;

    @Inject
    MeterRegistry registry;

    @Inject
    Event<SnapshotSwapped> swapped;

    /** The snapshots built, as {@code aitrainer_snapshot_builds_total{kind="updated|whole"}} in /q/metrics. */
    private Counter updatedBuilds;

    private Counter wholeBuilds;

    /** How long a writer waits for another snapshot build before it is answered anyway. */
    static final Duration WRITER_WAIT = Duration.ofSeconds(2);

    private final ReentrantLock building = new ReentrantLock();

    private volatile ReadSnapshot current;

    /** When the snapshot held was last known to be current: built, or its version found still committed. */
    private volatile Instant confirmedAt;

    void onStart(@Observes StartupEvent start) {
        updatedBuilds = builds("updated");
        wholeBuilds = builds("whole");
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warnf("No read snapshot yet, reads answer 503 until one is loaded: %s", e.getMessage());
        }
    }

    private Counter builds(String kind) {
        return Counter.builder("aitrainer.snapshot.builds")
                .description("Read snapshots built: updated from the changes since the last one, or read whole")
                .tag("kind", kind)
                .register(registry);
    }

    /** The snapshot to answer a read from; while none has been loaded, a 503. */
    public ReadSnapshot current() {
        ReadSnapshot snapshot = current;
        if (snapshot == null) {
            throw new SnapshotUnavailableException();
        }
        return snapshot;
    }

    public Optional<ReadSnapshot> held() {
        return Optional.ofNullable(current);
    }

    /** When the snapshot held was last known to be current; null while none is held. */
    public Instant confirmedAt() {
        return confirmedAt;
    }

    /**
     * Brings the snapshot up to the data version now committed, building the next one only when that version is not
     * the one held. One build at a time; a caller that waited for another's build usually finds nothing left to do.
     *
     * @return true when a new snapshot was swapped in
     */
    public boolean refresh() {
        building.lock();
        try {
            return build();
        } finally {
            building.unlock();
        }
    }

    /**
     * After a write committed {@code version} on this instance, before it is answered: the snapshot brought up to it,
     * so that the writer reads its own write. A build under way often takes the write in, and then nothing is left
     * to do. The wait for another build is bounded by {@link #WRITER_WAIT}: when the database has just gone away,
     * each build fails only after its connection timeout, and writers queued behind one another would wait for all
     * of them; past the bound the write is answered, and the snapshot catches up by the version check.
     */
    public void catchUpTo(long version) {
        if (isHeld(version)) {
            return;
        }
        try {
            if (!building.tryLock(WRITER_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warnf(
                        "A write committed data version %d; another snapshot build has been under way for %d ms, "
                                + "so it is answered before the snapshot shows it",
                        version, WRITER_WAIT.toMillis());
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            if (!isHeld(version)) {
                build();
            }
        } finally {
            building.unlock();
        }
    }

    /** The lock every build takes, for the tests of what waits on it. */
    ReentrantLock buildLock() {
        return building;
    }

    private boolean isHeld(long version) {
        ReadSnapshot held = current;
        return held != null && held.version() >= version;
    }

    /** Builds the next snapshot if the committed version moved; the caller holds {@link #building}. */
    private boolean build() {
        ReadSnapshot held = current;
        ReadSnapshot next = loader.load(held);
        if (next == held) {
            confirmedAt = Instant.now();
            return false;
        }
        current = next;
        confirmedAt = next.loadedAt();
        // Under writes a snapshot is updated for about every second write: counted, and logged only when debugging.
        if (next.updated()) {
            updatedBuilds.increment();
            LOG.debugf(
                    "Read snapshot at data version %d updated in %d ms",
                    next.version(), next.buildTime().toMillis());
        } else {
            wholeBuilds.increment();
            LOG.infof(
                    "Read snapshot at data version %d read whole in %d ms",
                    next.version(), next.buildTime().toMillis());
        }
        swapped.fire(new SnapshotSwapped(next.version()));
        return true;
    }

    /** A refresh when {@code version}, announced by a writer, is newer than the snapshot held, checked again once no other build runs. */
    public void refreshTo(long version) {
        if (isHeld(version)) {
            return;
        }
        building.lock();
        try {
            if (!isHeld(version)) {
                build();
            }
        } finally {
            building.unlock();
        }
    }
}
