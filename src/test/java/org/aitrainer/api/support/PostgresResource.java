package org.aitrainer.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: an embedded PostgreSQL 16 started from Maven Central binaries, or the server named
 * by QUARKUS_DATASOURCE_JDBC_URL when that is set.
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
    private static final String URL_PROPERTY = "aitrainer.test.postgres.";

    private String database = READS;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE, READS);
    }

    @Override
    public Map<String, String> start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return Map.of();
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
