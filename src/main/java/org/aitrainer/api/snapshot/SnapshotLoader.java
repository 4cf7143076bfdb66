package org.aitrainer.api.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a snapshot in one read-only, repeatable-read transaction, so that the version and every part agree. After
 * a write, the audit rows since the snapshot held say what changed: parts that show none of it are kept, the others
 * are updated (policies by policy, the rest read again whole). Changes the parts do not know, or very many, are
 * answered by reading everything again.
 */
@ApplicationScoped
class SnapshotLoader {

    /**
     * More changes than this at once (a data migration, say) are cheaper to read whole. A few batches of the most
     * operations a batch takes are applied as changes.
     */
    static final int MAX_CHANGES_APPLIED = 5000;

    @Inject
    EntityManager em;

    @Inject
    Instance<SnapshotPart<?>> parts;

    /**
     * The snapshot of the data now committed, built on {@code previous} where it can be (null: read it all);
     * {@code previous} itself when its version is still the one committed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ReadSnapshot load(ReadSnapshot previous) {
        long started = System.nanoTime();
        long version = ConsistentRead.begin(em);
        if (previous != null && version == previous.version()) {
            return previous;
        }
        List<SnapshotPart.Change> changes = previous == null ? null : changesSince(previous.version(), version);
        Map<Class<?>, Object> loaded = new HashMap<>();
        boolean whole = changes == null || !known(changes);
        for (SnapshotPart<?> part : parts) {
            loaded.put(part.type(), whole ? part.load(em) : next(part, previous, changes));
        }
        em.clear();
        return new ReadSnapshot(version, Instant.now(), Duration.ofNanos(System.nanoTime() - started), loaded, !whole);
    }

    /**
     * The snapshot of the data as it was at {@code version}, read whole from the row history ({@link DataHistory}) by
     * the same parts that read the current one. The caller has checked that the version exists and can be rebuilt.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ReadSnapshot loadAt(long version) {
        long started = System.nanoTime();
        ConsistentRead.beginPast(em);
        DataHistory.shadow(em, version);
        Map<Class<?>, Object> loaded = new HashMap<>();
        for (SnapshotPart<?> part : parts) {
            loaded.put(part.type(), part.load(em));
        }
        em.clear();
        return new ReadSnapshot(version, Instant.now(), Duration.ofNanos(System.nanoTime() - started), loaded, false);
    }

    /**
     * What a client's version number names, read in one transaction: the data version committed now, the version
     * whose data was current at the number given (the last one at or before it; 0 before the first change), and the
     * earliest version that can be rebuilt.
     */
    record Versions(long committed, long at, long earliest) {}

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Versions versionAt(long requested) {
        // A write's rows are consecutive and share its version, the last of their ids: the latest row at or before
        // the number whose version is too.
        return versions(
                "select coalesce(version, id) from audit_log where id <= :at and coalesce(version, id) <= :at "
                        + "order by id desc limit 1",
                requested);
    }

    /**
     * As {@link #versionAt}, for the last version committed at or before an instant: the commit times follow the
     * versions, so it is the newest version row stamped at or before it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Versions versionKnownAt(Instant instant) {
        return versions(
                "select id from audit_log where (version is null or version = id) and committed_at <= :at "
                        + "order by id desc limit 1",
                OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The versions, with the one the query finds at {@code at} (0 when it finds none). */
    private Versions versions(String versionAt, Object at) {
        long committed = ConsistentRead.dataVersion(em);
        List<?> found = em.createNativeQuery(versionAt).setParameter("at", at).getResultList();
        return new Versions(
                committed, found.isEmpty() ? 0 : ((Number) found.get(0)).longValue(), DataHistory.earliest(em));
    }

    private <T> T next(SnapshotPart<T> part, ReadSnapshot previous, List<SnapshotPart.Change> changes) {
        List<SnapshotPart.Change> shown = changes.stream()
                .filter(c -> part.shows().contains(c.entityType()))
                .toList();
        T held = previous.part(part.type());
        return shown.isEmpty() ? held : part.update(held, shown, em);
    }

    /** True when some part shows each change: a type no part knows could be anywhere. */
    private boolean known(List<SnapshotPart.Change> changes) {
        Set<String> shown = new HashSet<>();
        parts.forEach(part -> shown.addAll(part.shows()));
        return changes.stream().allMatch(change -> shown.contains(change.entityType()));
    }

    /** The changes after {@code from} up to {@code to}; null when there are too many to apply one by one. */
    private List<SnapshotPart.Change> changesSince(long from, long to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select entity_type, entity_id, action from audit_log where id > :from and id <= :to order by id")
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(MAX_CHANGES_APPLIED + 1)
                .getResultList();
        if (rows.size() > MAX_CHANGES_APPLIED) {
            return null;
        }
        return rows.stream()
                .map(row -> new SnapshotPart.Change((String) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
