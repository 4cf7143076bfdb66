package org.aitrainer.api.snapshot;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The data as it was at a past data version, read from the row history (table {@code row_history}, kept by the
 * database's triggers at every commit): every row as stored, from the version that wrote it on.
 *
 * <p>Inside one transaction, each table that a later version changed is shadowed by a temporary table of the same
 * name holding its rows as they were; PostgreSQL looks for tables in the session's temporary schema first, so the
 * same queries that read the current data (the snapshot's parts, the exports) read the past. The temporary tables
 * go at the end of the transaction.
 */
public final class DataHistory {

    private static final String CHANGED_TABLES = "select distinct table_name from row_history where version > ?";

    /** A table's key columns, in the order of its primary key: the order the history's keys list them in. */
    private static final String KEY_COLUMNS = """
            select a.attname from pg_index i
            cross join unnest(i.indkey) with ordinality as k (attnum, n)
            join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
            where i.indrelid = cast(? as regclass) and i.indisprimary order by k.n""";

    /**
     * The rows of one table as they were: the rows no later version changed, as they are, and for each key a later
     * version changed, its latest state at or before the version, unless it was deleted (or not yet written) then.
     * What it reads grows with the changes after the version, not with the whole history.
     */
    private static final String ROWS_AT = """
            insert into pg_temp.%1$s
            with changed as materialized (
                select distinct row_key from row_history where table_name = ? and version > ?
            )
            select t.* from public.%1$s t where jsonb_build_array(%2$s) not in (select row_key from changed)
            union all
            select (jsonb_populate_record(null::public.%1$s, kept.row)).*
            from changed cross join lateral (
                select h.row from row_history h
                where h.table_name = ? and h.row_key = changed.row_key and h.version <= ?
                order by h.version desc limit 1) kept
            where kept.row is not null""";

    /**
     * The earliest version that can be rebuilt: the last one a migration wrote rows at, since a migration changes
     * what the answers show as well as the data.
     */
    private static final String EARLIEST = "select coalesce(max(version), 0) from row_history where migration";

    private DataHistory() {}

    /**
     * Makes the rest of the current transaction read the data as it was at {@code version}. The transaction must not
     * be read-only ({@link ConsistentRead#beginPast}), and should be repeatable-read so that the history it reads
     * and the current rows it keeps agree.
     */
    public static void shadow(EntityManager em, long version) {
        em.unwrap(Session.class).doWork(connection -> {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement changed = connection.prepareStatement(CHANGED_TABLES)) {
                changed.setLong(1, version);
                try (ResultSet rows = changed.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            if (tables.isEmpty()) {
                return;
            }
            for (String table : tables) {
                String name = identifier(table);
                List<String> key = new ArrayList<>();
                try (PreparedStatement columns = connection.prepareStatement(KEY_COLUMNS)) {
                    columns.setString(1, "public." + name);
                    try (ResultSet rows = columns.executeQuery()) {
                        while (rows.next()) {
                            key.add("t." + identifier(rows.getString(1)));
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create temporary table " + name + " (like public." + name + ") on commit drop");
                }
                try (PreparedStatement fill =
                        connection.prepareStatement(ROWS_AT.formatted(name, String.join(", ", key)))) {
                    fill.setString(1, table);
                    fill.setLong(2, version);
                    fill.setString(3, table);
                    fill.setLong(4, version);
                    fill.executeUpdate();
                }
            }
            // Statements this connection prepared before resolve the tables' names again, to the temporary ones; once
            // those are dropped, PostgreSQL invalidates the plans that used them by itself.
            try (Statement discard = connection.createStatement()) {
                discard.execute("discard plans");
            }
        });
    }

    /** The earliest data version that {@link #shadow} can rebuild. */
    public static long earliest(EntityManager em) {
        return ((Number) em.createNativeQuery(EARLIEST).getSingleResult()).longValue();
    }

    /** A table's name as an SQL identifier, quoted. */
    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
