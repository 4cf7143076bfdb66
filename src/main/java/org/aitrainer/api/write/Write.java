package org.aitrainer.api.write;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * A write under way, inside the pipeline's transaction: it collects the changes to record, and takes the write lock. Only the pipeline makes one, and every
 * method of {@link WriteRules} that changes data takes one: rules cannot run outside the pipeline. Rules that change
 * more than their own record (a delete that takes its children along, a new benefit that ends the one it replaces)
 * record those changes here too.
 */
public final class Write {

    /** What a change did to a record, as the change feed names it. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    private final AuditLog log;
    private final EntityManager em;
    private final String author;
    private final List<AuditLog.Change> changes = new ArrayList<>();
    private boolean locked;

    Write(AuditLog log, EntityManager em, String author) {
        this.log = log;
        this.em = em;
        this.author = author;
    }

    /**
     * Records a change to another record than the one the request names: {@code before} is null for a creation and
     * {@code after} for a deletion. The change is flushed first, so that the rows the rules write next meet it in
     * the database (a benefit that ends its predecessor before it begins); it is written to the change log when the
     * write commits, in the order recorded.
     */
    public void record(String type, String id, Action action, Object before, Object after) {
        em.flush();
        changes.add(log.change(type, id, action, before, after));
    }

    /** Takes the write lock, once. */
    void lock() {
        if (!locked) {
            log.lock();
            locked = true;
        }
    }

    /**
     * Under the write lock, which it takes in the same statement when the write does not hold it yet, writes the
     * recorded changes and the stored response of the request's key (null: none), and announces the data version
     * they make; returns it. The write's own rows must be flushed.
     */
    long commit(Idempotency.Remembered remembered) {
        locked = true;
        return log.commit(author, changes, remembered);
    }
}
