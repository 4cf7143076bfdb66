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
 * <p>The embedded server is started once per test JVM and outlives application restarts, so that a test can restart
 * the application (a new test profile) and find the data it wrote. Read-only tests run first, on the data the
 * migrations load; tests that write run under {@link WritesProfile} and later.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";

    private static EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        String url = System.getenv(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            return Map.of();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded().getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server stops with the JVM: a restarted application reconnects to the same data.
    }

    private static synchronized EmbeddedPostgres embedded() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        return postgres;
    }
}
