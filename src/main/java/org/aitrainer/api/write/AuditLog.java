package org.aitrainer.api.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.aitrainer.api.snapshot.SnapshotListener;
import org.hibernate.Session;

/**
 * The write side of the audit log, which is also the change feed: the write lock, the rows, and the announcement of
 * the new data version. Only the write pipeline uses it, in the write's own transaction: a rolled-back write leaves no
 * row, a committed one always has its rows.
 */
@ApplicationScoped
class AuditLog {

    /**
     * One lock for all writes, held from the change-log rows (or, for writes that change existing rows, from their
     * first row written) to the commit: that makes log ids, hence data versions and the change feed's cursors, follow
     * commit order.
     */
    private static final long WRITE_LOCK = 0x41495452L;

    /** The advisory locks of Idempotency-Keys, apart from the write lock: the first of the two keys of each. */
    private static final int KEY_LOCKS = 0x49444b59;

    /**
     * The write lock (again, when the write holds it already: it is reentrant), then the change-log rows of a write
     * in the order they were recorded, the stored response of its Idempotency-Key when it has one, and the
     * announcement of the data version they make, in one statement: a creation holds the lock for this statement and
     * the commit only. The rows' ids are taken under the lock and given in the order the changes were recorded; the
     * last of them is the data version, which every row of the write records as its version, with one commit time
     * read under the lock, so that the times follow the versions. The version is also named in the setting
     * {@code aitrainer.data_version}, where the row history's triggers read it at the commit.
     */
    private static final String COMMIT = """
            with locked as materialized (
                select pg_advisory_xact_lock(?) as held
            ), recorded as materialized (
                select c.* from locked
                cross join unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[])) with ordinality as c(entity_type, entity_id, action, before, after, n)
            ), stamped as materialized (
                select clock_timestamp() as committed_at from locked
            ), ids as materialized (
                select row_number() over (order by id) as n, id
                from (select nextval(pg_get_serial_sequence('audit_log', 'id')) as id from recorded) taken
            ), changes as (
                insert into audit_log (id, version, author, entity_type, entity_id, action, before, after,
                                       committed_at)
                overriding system value
                select ids.id, (select max(id) from ids), ?, c.entity_type, c.entity_id, c.action,
                       cast(c.before as jsonb), cast(c.after as jsonb), stamped.committed_at
                from recorded c join ids on ids.n = c.n cross join stamped
                order by ids.id
                returning id
            ), remembered as (
                insert into idempotency_key (author, key, request_hash, method, path, status, content_type, location,
                                             body)
                select ?, ?, ?, 'POST', ?, ?, ?, ?, ? where cast(? as text) is not null
                -- a key used more than 24 hours ago is new again
                on conflict (author, key) do update set request_hash = excluded.request_hash,
                    method = excluded.method, path = excluded.path, status = excluded.status,
                    content_type = excluded.content_type, location = excluded.location, body = excluded.body,
                    created_at = excluded.created_at
            )
            select last.version from (select max(id) as version from changes) last
            cross join lateral (select pg_notify(?, cast(last.version as text))) notified
            cross join lateral (select set_config('aitrainer.data_version', cast(last.version as text), true)) named""";

    /** A change to record: its JSON written when it was recorded, so that later changes to the record do not show. */
    record Change(String entityType, String entityId, Write.Action action, String before, String after) {}

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

    /**
     * Waits for the lock of one author's Idempotency-Key, held until the transaction ends: apart from the write lock,
     * so that only requests with that key wait for each other.
     */
    void lockKey(String author, String key) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:space, hashtext(:author || ' ' || :key))) "
                        + "locked")
                .setParameter("space", KEY_LOCKS)
                .setParameter("author", author)
                .setParameter("key", key)
                .getSingleResult();
    }

    /** A change, {@code before} null for a creation and {@code after} for a deletion. */
    Change change(String entityType, String entityId, Write.Action action, Object before, Object after) {
        return new Change(entityType, entityId, action, toJson(before), toJson(after));
    }

    /**
     * Takes the write lock, appends the changes and stores the response to remember (null: none), then tells every
     * instance the data version this transaction commits, and returns it: PostgreSQL delivers the notification on
     * commit, and never for a rolled-back write. Call it once the write's rows are flushed.
     */
    long commit(String author, List<Change> changes, Idempotency.Remembered remembered) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(COMMIT)) {
                int i = 0;
                statement.setLong(++i, WRITE_LOCK);
                statement.setArray(++i, texts(connection, changes.stream().map(Change::entityType)));
                statement.setArray(++i, texts(connection, changes.stream().map(Change::entityId)));
                statement.setArray(
                        ++i,
                        texts(connection, changes.stream().map(c -> c.action().name())));
                statement.setArray(++i, texts(connection, changes.stream().map(Change::before)));
                statement.setArray(++i, texts(connection, changes.stream().map(Change::after)));
                statement.setString(++i, author);
                Idempotency.Remembered r = remembered == null ? Idempotency.Remembered.NONE : remembered;
                statement.setString(++i, r.author());
                statement.setString(++i, r.key());
                statement.setString(++i, r.hash());
                statement.setString(++i, r.path());
                if (r.response() == null) {
                    statement.setNull(++i, Types.INTEGER);
                    statement.setNull(++i, Types.VARCHAR);
                    statement.setNull(++i, Types.VARCHAR);
                    statement.setNull(++i, Types.VARCHAR);
                } else {
                    statement.setInt(++i, r.response().status());
                    statement.setString(++i, r.response().contentType());
                    statement.setString(++i, r.response().location());
                    statement.setString(++i, r.response().body());
                }
                statement.setString(++i, r.key());
                statement.setString(++i, SnapshotListener.CHANNEL);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    return result.getLong(1);
                }
            }
        });
    }

    private static java.sql.Array texts(Connection connection, java.util.stream.Stream<String> values)
            throws SQLException {
        return connection.createArrayOf("text", values.toArray());
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
