package org.aitrainer.api.snapshot;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;

/**
 * What one feature serves, read from the database into immutable structures. Each feature provides its part as a
 * bean; the snapshot holds one of each, all read in the same database transaction.
 */
public interface SnapshotPart<T> {

    /** A row of the audit log: what changed, and how ({@code CREATE}, {@code UPDATE} or {@code DELETE}). */
    record Change(String entityType, String entityId, String action) {

        public boolean isUpdate() {
            return "UPDATE".equals(action);
        }
    }

    Class<T> type();

    /**
     * The entity types of the audit log whose changes this part shows (names, titles and references count): a
     * snapshot after changes of none of them keeps the part as it is. Empty for data that only migrations change.
     */
    Set<String> shows();

    /** Reads the part inside the snapshot's read-only, repeatable-read transaction. */
    T load(EntityManager em);

    /** The part after changes of the types it shows, in the same kind of transaction; by default read again whole. */
    default T update(T previous, List<Change> changes, EntityManager em) {
        return load(em);
    }
}
