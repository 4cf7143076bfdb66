package org.aitrainer.api.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.aitrainer.api.core.Published;

/**
 * The read side of the audit log: the data set's version. The write pipeline ({@code write/}) appends to the log;
 * the change feed and the exports read it.
 */
@Published("The export names the data version it was read at.")
@ApplicationScoped
public class ChangeLog {

    @Inject
    EntityManager em;

    /** The data-set version: the cursor of the latest change, 0 before the first one. */
    public long version() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_log")
                        .getSingleResult())
                .longValue();
    }
}
