package org.aitrainer.api.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The embedded PostgreSQL of dev mode: started once per JVM, and kept across live reloads, which read the
 * configuration anew in a new class loader (so the server is found through a JVM-wide system property). It stops with
 * the JVM; its data stays in the folder.
 */
final class EmbeddedServer {

    static final String USER = "postgres";

    private static final String URL_PROPERTY = "aitrainer-dev.started-url";

    private EmbeddedServer() {}

    static String start(Path directory) {
        synchronized (System.class) {
            String url = System.getProperty(URL_PROPERTY);
            if (url != null) {
                return url;
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // The library turns it off for tests; here every committed write is kept.
                        .setServerConfig("synchronous_commit", "on")
                        .start();
                url = postgres.getJdbcUrl(USER, "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
            System.setProperty(URL_PROPERTY, url);
            return url;
        }
    }
}
