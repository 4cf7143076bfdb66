package org.aitrainer.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** A PostgreSQL of its own for the outage tests, which they stop and start again on the same port and data. */
public class OutagePostgres implements QuarkusTestResourceLifecycleManager {

    private static volatile Server server;

    /** Stops the database the application uses, as an outage would. */
    public static void stopDatabase() {
        server.stop();
    }

    /** Starts it again with the same data. */
    public static void startDatabase() {
        server.start();
    }

    /** A session of the test's own on the database. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(server.url(), "postgres", "postgres");
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            server = new Server(Files.createTempDirectory("aitrainer-outage-pg"), socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.url(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static final class Server {
        private final Path data;
        private final int port;
        private EmbeddedPostgres running;

        Server(Path data, int port) {
            this.data = data;
            this.port = port;
        }

        String url() {
            return "jdbc:postgresql://localhost:" + port + "/postgres";
        }

        synchronized void start() {
            if (running == null) {
                try {
                    running = EmbeddedPostgres.builder()
                            .setDataDirectory(data)
                            .setCleanDataDirectory(false)
                            .setPort(port)
                            .start();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
                }
            }
        }

        synchronized void stop() {
            if (running != null) {
                try {
                    running.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
                } finally {
                    running = null;
                }
            }
        }
    }
}
