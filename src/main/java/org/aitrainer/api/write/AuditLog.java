package org.aitrainer.api.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.Types;
import org.aitrainer.api.snapshot.SnapshotListener;
import org.hibernate.Session;

/**
 * The write side of the audit log, which is also the change feed: the write lock, the rows, and the announcement of
 * the new data version. Only the write pipeline uses it, in the write's own transaction: a rolled-back write leaves no
 * row, a committed one always has its rows.
 */
@ApplicationScoped
class AuditLog {

    /** One lock for all writes: writes are rare, and serializing them makes log ids follow commit order. */
    private static final long WRITE_LOCK = 0x41495452L;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Waits for the write lock, held until the transaction ends. */
    void lock() {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:lock)) locked")
                .setParameter("lock", WRITE_LOCK)
                .getSingleResult();
    }

    /** Appends a change; {@code before} is null for a creation and {@code after} for a deletion. */
    void record(String author, String entityType, String entityId, Write.Action action, Object before, Object after) {
        String beforeJson = toJson(before);
        String afterJson = toJson(after);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_log "
                    + "(author, entity_type, entity_id, action, before, after) "
                    + "values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))")) {
                insert.setString(1, author);
                insert.setString(2, entityType);
                insert.setString(3, entityId);
                insert.setString(4, action.name());
                setJson(insert, 5, beforeJson);
                setJson(insert, 6, afterJson);
                insert.executeUpdate();
            }
        });
    }

    /**
     * Tells every instance the data version this transaction commits, and returns it: PostgreSQL delivers the
     * notification on commit, and never for a rolled-back write.
     */
    long announce() {
        return ((Number) em.createNativeQuery("select last.version from (select coalesce(max(id), 0) as version "
                                + "from audit_log) last cross join lateral (select pg_notify(:channel, "
                                + "cast(last.version as text))) notified")
                        .setParameter("channel", SnapshotListener.CHANNEL)
                        .getSingleResult())
                .longValue();
    }

    private static void setJson(PreparedStatement statement, int index, String value) throws java.sql.SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private String toJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A change record could not be written as JSON", e);
        }
    }
}
