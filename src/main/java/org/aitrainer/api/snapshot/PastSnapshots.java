package org.aitrainer.api.snapshot;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.ref.SoftReference;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.aitrainer.api.config.Settings;
import org.aitrainer.api.http.problem.ServiceBusyException;
import org.aitrainer.api.http.problem.VersionUnavailableException;
import org.jboss.logging.Logger;

/**
 * The snapshots of past data versions that requests ask for ({@code version=N}, {@code knownAt=}): each read whole
 * from the row history once ({@link SnapshotLoader#loadAt}), then kept in memory, up to
 * {@code aitrainer.versions.cached} of them, the least recently used dropped first. They are held softly, so that
 * the JVM drops them rather than run out of heap (a past snapshot is as large as the current one, which grows with
 * the data), all but the one used last. A version's data never changes, so a snapshot kept is never stale. Requests
 * for a version being built wait for that build.
 */
@ApplicationScoped
public class PastSnapshots {

    private static final Logger LOG = Logger.getLogger(PastSnapshots.class);

    /** Version numbers and instants resolved, kept: small entries, so many. */
    private static final int RESOLVED_KEPT = 4096;

    /** How long a request waits for a build to start while others run. */
    private static final long BUILD_WAIT_SECONDS = 30;

    @Inject
    SnapshotLoader loader;

    @Inject
    ReadSnapshots snapshots;

    @Inject
    MeterRegistry registry;

    private final int cached;

    private final Semaphore builds;

    /** Builds under way, by version: a request for a version being built waits for that build. Guarded by this. */
    private final Map<Long, CompletableFuture<ReadSnapshot>> building = new HashMap<>();

    /**
     * The snapshots built, in access order (the first is the least recently used), held softly: the JVM drops them
     * before it runs out of heap, and a version dropped is read again when it is next asked for. Guarded by this.
     */
    private final LinkedHashMap<Long, SoftReference<ReadSnapshot>> kept = new LinkedHashMap<>(16, 0.75f, true);

    /** The past snapshot used last, held strongly: the version many requests ask for at once is never dropped. */
    private volatile ReadSnapshot lastUsed;

    /** Version numbers already resolved to the data version whose data they name. Guarded by itself. */
    private final Map<Long, Long> resolved = bounded();

    /**
     * Instants already resolved to the version known at them, once no write stamped before them can still commit.
     * Guarded by itself.
     */
    private final Map<Instant, Long> knownAt = bounded();

    /** How old an instant is before every write stamped before it has committed. */
    private static final Duration SETTLED = Duration.ofMinutes(1);

    private Counter built;

    /** A map of what was resolved, least recently used first, of at most {@link #RESOLVED_KEPT} entries. */
    private static <K> Map<K, Long> bounded() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Long> eldest) {
                return size() > RESOLVED_KEPT;
            }
        };
    }

    @Inject
    PastSnapshots(Settings settings) {
        this.cached = Math.max(settings.versions().cached(), 1);
        this.builds = new Semaphore(Math.max(settings.versions().concurrentBuilds(), 1));
    }

    void onStart(@Observes StartupEvent start) {
        built = Counter.builder("aitrainer.past.snapshot.builds")
                .description("Snapshots of past data versions read from the row history")
                .register(registry);
        Gauge.builder("aitrainer.past.snapshots", this, PastSnapshots::size)
                .description("Snapshots of past data versions held in memory")
                .register(registry);
    }

    /** The snapshots kept that the JVM has not dropped. */
    private synchronized int size() {
        dropCleared();
        return kept.size();
    }

    /** A snapshot kept, or null; marked as the one used last. The caller holds the lock. */
    private ReadSnapshot kept(long version) {
        SoftReference<ReadSnapshot> reference = kept.get(version);
        ReadSnapshot snapshot = reference == null ? null : reference.get();
        if (reference != null && snapshot == null) {
            kept.remove(version);
        }
        if (snapshot != null && lastUsed != snapshot) {
            lastUsed = snapshot;
        }
        return snapshot;
    }

    /**
     * The snapshot a version number names when it is known without the database: the current snapshot, or a past
     * one already built; null otherwise.
     */
    public ReadSnapshot ifHeld(long requested) {
        ReadSnapshot current = snapshots.held().orElse(null);
        if (current != null && current.version() == requested) {
            return current;
        }
        ReadSnapshot last = lastUsed;
        if (last != null && last.version() == requested) {
            return last;
        }
        Long version;
        synchronized (resolved) {
            version = resolved.get(requested);
        }
        if (current != null && version != null && current.version() == version) {
            return current;
        }
        synchronized (this) {
            // A snapshot kept is at a version a write committed: the number asked for may be that version itself.
            return kept(version == null ? requested : version);
        }
    }

    /**
     * The data version whose data was current at a version number: the number itself when a write committed it, else
     * the last version before it. Blocking: it may read the database.
     *
     * @param parameter the query parameter that gave the number, for the problem when there is one
     * @throws VersionUnavailableException 404 for a number not committed yet, 410 for one before the earliest
     *     version kept
     */
    public long resolve(String parameter, long requested) {
        synchronized (resolved) {
            Long version = resolved.get(requested);
            if (version != null) {
                return version;
            }
        }
        SnapshotLoader.Versions versions = loader.versionAt(requested);
        if (requested > versions.committed()) {
            throw VersionUnavailableException.notYet(parameter, requested, versions.committed());
        }
        if (versions.at() < versions.earliest()) {
            throw VersionUnavailableException.gone(parameter, "Data version " + requested, versions.earliest());
        }
        synchronized (resolved) {
            resolved.put(requested, versions.at());
        }
        return versions.at();
    }

    /**
     * The data version last committed at or before an instant that is not in the future. Blocking: it reads the
     * database.
     */
    public long knownAt(String parameter, Instant instant) {
        synchronized (knownAt) {
            Long version = knownAt.get(instant);
            if (version != null) {
                return version;
            }
        }
        SnapshotLoader.Versions versions = loader.versionKnownAt(instant);
        if (versions.at() < versions.earliest()) {
            throw VersionUnavailableException.gone(
                    parameter, instant + " (data version " + versions.at() + ")", versions.earliest());
        }
        // A write is stamped under the write lock just before it commits: an instant a minute old knows every write
        // stamped before it, and its version never changes again.
        if (instant.isBefore(Instant.now().minus(SETTLED))) {
            synchronized (knownAt) {
                knownAt.put(instant, versions.at());
            }
        }
        return versions.at();
    }

    /** The version an instant names without the database, when it has been asked for before; null otherwise. */
    public Long knownAtIfResolved(Instant instant) {
        synchronized (knownAt) {
            return knownAt.get(instant);
        }
    }

    /**
     * The snapshot of a data version that {@link #resolve} or {@link #knownAt} gave: the current one, a past one
     * kept, or one built now. Blocking while it is built.
     */
    public ReadSnapshot snapshot(long version) {
        ReadSnapshot current = snapshots.held().orElse(null);
        if (current != null && current.version() == version) {
            return current;
        }
        CompletableFuture<ReadSnapshot> mine = null;
        CompletableFuture<ReadSnapshot> snapshot;
        synchronized (this) {
            ReadSnapshot held = kept(version);
            if (held != null) {
                return held;
            }
            snapshot = building.get(version);
            if (snapshot == null) {
                mine = new CompletableFuture<>();
                snapshot = mine;
                building.put(version, mine);
            }
        }
        if (mine != null) {
            build(version, mine);
        }
        try {
            return snapshot.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private void build(long version, CompletableFuture<ReadSnapshot> result) {
        try {
            if (!builds.tryAcquire(BUILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new ServiceBusyException("Other past data versions are being read; retry in a few seconds.");
            }
            try {
                ReadSnapshot snapshot = loader.loadAt(version);
                built.increment();
                LOG.infof(
                        "Read snapshot at past data version %d read in %d ms",
                        version, snapshot.buildTime().toMillis());
                synchronized (this) {
                    building.remove(version, result);
                    kept.put(version, new SoftReference<>(snapshot));
                    dropLeastRecentlyUsed();
                }
                lastUsed = snapshot;
                result.complete(snapshot);
            } finally {
                builds.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            forget(version, result, new ServiceBusyException("The service is stopping; retry on another instance."));
        } catch (RuntimeException e) {
            forget(version, result, e);
        }
    }

    private void forget(long version, CompletableFuture<ReadSnapshot> result, RuntimeException failure) {
        synchronized (this) {
            building.remove(version, result);
        }
        result.completeExceptionally(failure);
    }

    /** Keeps at most {@link #cached} snapshots, dropping the least recently used first. The caller holds the lock. */
    private void dropLeastRecentlyUsed() {
        dropCleared();
        Iterator<Long> oldest = kept.keySet().iterator();
        while (kept.size() > cached && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Forgets the snapshots the JVM dropped. The caller holds the lock. */
    private void dropCleared() {
        kept.values().removeIf(reference -> reference.get() == null);
    }
}
