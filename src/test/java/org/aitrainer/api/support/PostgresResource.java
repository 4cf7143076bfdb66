package org.aitrainer.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL for the tests: an embedded PostgreSQL 16 started from Maven Central binaries, or the server named
 * by QUARKUS_DATASOURCE_JDBC_URL when that is set.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    static final String URL_VARIABLE = "QUARKUS_DATASOURCE_JDBC_URL";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        if (System.getenv(URL_VARIABLE) != null && !System.getenv(URL_VARIABLE).isBlank()) {
            return Map.of();
        }
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
