package org.aitrainer.api.dev;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * In the dev profile only ({@code ./mvnw quarkus:dev}), and only when no datasource URL is configured: starts an
 * embedded PostgreSQL 16 whose data lives in a folder of the project, and points the datasource at it. Any other
 * profile, the packaged application's {@code prod} above all, never starts one: there the embedded server's library
 * is not even on the class path (it is a {@code provided} dependency, on the class path of dev mode alone).
 */
public class DevDatabase implements ConfigSourceFactory {

    /** The folder of the data, relative to the project (the working directory of dev mode) unless absolute. */
    static final String DIRECTORY = "aitrainer.dev-database.directory";

    public static final String DEFAULT_DIRECTORY = "dev-data/postgres";

    private static final String URL = "quarkus.datasource.jdbc.url";

    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!context.getProfiles().contains("dev")) {
            return List.of();
        }
        ConfigValue url = context.getValue(URL);
        if (url != null && url.getValue() != null && !url.getValue().isBlank()) {
            return List.of();
        }
        ConfigValue configured = context.getValue(DIRECTORY);
        Path directory = Path.of(
                        configured == null || configured.getValue() == null ? DEFAULT_DIRECTORY : configured.getValue())
                .toAbsolutePath()
                .normalize();
        String jdbcUrl;
        try {
            jdbcUrl = EmbeddedServer.start(directory);
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException(
                    "The dev profile found no datasource URL, and the embedded PostgreSQL is "
                            + "only available in ./mvnw quarkus:dev: set QUARKUS_DATASOURCE_JDBC_URL",
                    e);
        }
        LOG.infof(
                "Dev mode without a configured datasource: an embedded PostgreSQL 16 at %s keeps its data in %s "
                        + "(delete the folder to start afresh; AITRAINER_DEV_DATABASE_DIRECTORY moves it). To use a real "
                        + "PostgreSQL instead, set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and "
                        + "QUARKUS_DATASOURCE_PASSWORD.",
                jdbcUrl, directory);
        return List.of(new PropertiesConfigSource(
                Map.of(
                        URL,
                        jdbcUrl,
                        "quarkus.datasource.username",
                        EmbeddedServer.USER,
                        "quarkus.datasource.password",
                        EmbeddedServer.USER),
                "embedded PostgreSQL of dev mode",
                ORDINAL));
    }
}
