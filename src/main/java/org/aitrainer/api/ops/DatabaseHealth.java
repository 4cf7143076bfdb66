package org.aitrainer.api.ops;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;

/**
 * The database: reachable, with every migration of the application applied. A wellness check, shown in
 * {@code /q/health} and {@code /q/health/well} but not in readiness: while the database is away the instance still
 * answers every read from its snapshot, so it stays in the load balancer (only writes answer 503).
 */
@Wellness
@ApplicationScoped
class DatabaseHealth implements HealthCheck {

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            int pending = flyway.info().pending().length;
            String current = flyway.info().current() == null
                    ? "none"
                    : flyway.info().current().getVersion().toString();
            return HealthCheckResponse.named("database")
                    .status(pending == 0)
                    .withData("schemaVersion", current)
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", "database unreachable")
                    .build();
        }
    }
}
