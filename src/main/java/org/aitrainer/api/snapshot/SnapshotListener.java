package org.aitrainer.api.snapshot;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.aitrainer.api.config.Settings;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps this instance's snapshot current with writes made through other instances. Every write transaction sends
 * {@code NOTIFY} on {@value #CHANNEL} with its data version; this listener waits for them on a connection of its
 * own, outside the pool, and refreshes at once. A version check every {@code aitrainer.snapshot.check-interval}
 * catches what a lost connection missed, and so does a check each time the connection is opened again.
 */
@ApplicationScoped
public class SnapshotListener {

    /** The channel writes announce their data version on. */
    public static final String CHANNEL = "aitrainer_data_version";

    /** The listening session's name in pg_stat_activity. */
    public static final String APPLICATION_NAME = "aitrainer-snapshot-listener";

    private static final Logger LOG = Logger.getLogger(SnapshotListener.class);

    private static final long WAIT_MS = 250;
    private static final long RECONNECT_PAUSE_MS = 1000;

    @Inject
    ReadSnapshots snapshots;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Inject
    Settings settings;

    private volatile boolean running;
    private Thread thread;

    void onStart(@Observes StartupEvent start) {
        if (url.isEmpty()) {
            return;
        }
        running = true;
        thread = new Thread(this::listen, "snapshot-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Connection connection = null;
        boolean reported = false;
        long nextCheck = System.nanoTime() + settings.snapshot().checkInterval().toNanos();
        while (running) {
            try {
                if (connection == null) {
                    connection = open();
                    snapshots.refresh(); // whatever was announced while no one listened
                    if (reported) {
                        LOG.info("Listening for data changes again");
                        reported = false;
                    }
                }
                PGNotification[] notifications =
                        connection.unwrap(PGConnection.class).getNotifications((int) WAIT_MS);
                long newest = newest(notifications);
                if (newest >= 0) {
                    snapshots.refreshTo(newest);
                }
                if (System.nanoTime() - nextCheck >= 0) {
                    nextCheck = System.nanoTime()
                            + settings.snapshot().checkInterval().toNanos();
                    snapshots.refresh();
                }
            } catch (SQLException | RuntimeException | OutOfMemoryError e) {
                // A build that ran out of memory left the snapshot held as it was, and its garbage can go: the
                // listener goes on, so that the instance does not stop following the data without a word.
                if (!running) {
                    break;
                }
                if (!reported) {
                    LOG.warnf(
                            "Not listening for data changes (%s); reads go on from data version %s",
                            e.getMessage(),
                            snapshots
                                    .held()
                                    .map(s -> Long.toString(s.version()))
                                    .orElse("none"));
                    reported = true;
                }
                close(connection);
                connection = null;
                pause();
            }
        }
        close(connection);
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(url.get(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        } catch (SQLException e) {
            close(connection);
            throw e;
        }
        return connection;
    }

    /** The newest version among the notifications; -1 when there are none. */
    private static long newest(PGNotification[] notifications) {
        long newest = -1;
        if (notifications != null) {
            for (PGNotification notification : notifications) {
                try {
                    newest = Math.max(newest, Long.parseLong(notification.getParameter()));
                } catch (NumberFormatException ignored) {
                    newest = Long.MAX_VALUE; // not ours to read: check the committed version anyway
                }
            }
        }
        return newest;
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone already
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_PAUSE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
