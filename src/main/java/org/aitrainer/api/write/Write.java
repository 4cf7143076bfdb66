package org.aitrainer.api.write;

import jakarta.persistence.EntityManager;

/**
 * A write under way, inside the pipeline's transaction and under its lock. Only the pipeline makes one, and every
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

    Write(AuditLog log, EntityManager em, String author) {
        this.log = log;
        this.em = em;
        this.author = author;
    }

    /**
     * Records a change to another record than the one the request names, once it is written: {@code before} is null
     * for a creation and {@code after} for a deletion.
     */
    public void record(String type, String id, Action action, Object before, Object after) {
        em.flush();
        log.record(author, type, id, action, before, after);
    }
}
