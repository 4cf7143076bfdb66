package org.aitrainer.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: an embedded PostgreSQL 16 started from Maven Central binaries, or the server named
 * by QUARKUS_DATASOURCE_JDBC_URL when that is set (the writing tests then create a database of their own beside it).
 *
 * <p>Embedded servers come in two: {@value #READS} for the tests that only read, which see the data exactly as the
 * migrations load it, and {@value #WRITES} for the tests that write (choose it with the init argument
 * {@value #DATABASE}). Each is started once per test JVM and outlives application restarts, so that a test in a
 * restarted application finds what an earlier one wrote.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";
    public static final String READS = "reads";
    public static final String WRITES = "writes";

    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";

    // Each application has its own class loader, so the servers are found through JVM-wide system properties.
    private static final String URL_PROPERTY = "aitrainer-test.postgres.";

    private String database = READS;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, READS);
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return READS.equals(database) ? Map.of() : Map.of("quarkus.datasource.jdbc.url", external(url, database));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded(database),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The servers stop with the JVM: a restarted application reconnects to the same data.
    }

    /**
     * On a server named by the environment, the writing tests get a database of their own beside the given one,
     * created afresh once per test JVM.
     */
    private static String external(String url, String database) {
        synchronized (System.class) {
            String known = System.getProperty(URL_PROPERTY + database);
            if (known != null) {
                return known;
            }
            int slash = url.lastIndexOf('/');
            int query = url.indexOf('?', slash);
            String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_" + database;
            String user = System.getenv("QUARKUS_DATASOURCE_USERNAME");
            String password = System.getenv("QUARKUS_DATASOURCE_PASSWORD");
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists \"" + name + "\"");
                statement.execute("create database \"" + name + "\"");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + name + " for the writing tests", e);
            }
            String created = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
            System.setProperty(URL_PROPERTY + database, created);
            return created;
        }
    }

    private static String embedded(String database) {
        synchronized (System.class) {
            String url = System.getProperty(URL_PROPERTY + database);
            if (url != null) {
                return url;
            }
            EmbeddedPostgres postgres;
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
            url = postgres.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY + database, url);
            return url;
        }
    }
}
