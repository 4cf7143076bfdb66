package org.aitrainer.api.snapshot;

import jakarta.persistence.EntityManager;
import java.sql.Statement;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Reads that must agree with one data version, as the snapshot and the exports are: a read-only, repeatable-read
 * transaction, and the version it sees.
 */
public final class ConsistentRead {

    private ConsistentRead() {}

    /**
     * Makes the current transaction a read-only REPEATABLE READ one and returns the data version it sees. PostgreSQL
     * takes the transaction's snapshot at its first query, so the version and every row read after it agree, whatever
     * commits meanwhile. Call it first in a new transaction ({@code REQUIRES_NEW}): Narayana sets no isolation per
     * transaction, so it is set here by the first statement.
     */
    public static long begin(EntityManager em) {
        return begin(em, "set transaction isolation level repeatable read, read only");
    }

    /**
     * As {@link #begin}, for a read of the data as it was at a past version ({@link DataHistory#shadow}): the
     * transaction only reads the data too, but it writes temporary tables, which a read-only transaction may not
     * create.
     */
    public static long beginPast(EntityManager em) {
        return begin(em, "set transaction isolation level repeatable read");
    }

    private static long begin(EntityManager em, String isolation) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        session.doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(isolation);
            }
        });
        return dataVersion(em);
    }

    /** The data version now committed: the id of the latest audit-log row (a change's cursor), 0 before the first. */
    public static long dataVersion(EntityManager em) {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from audit_log")
                        .getSingleResult())
                .longValue();
    }
}
