package org.aitrainer.api.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when every migration in the application has been applied to the database it serves. */
@Readiness
@ApplicationScoped
public class MigrationsApplied implements HealthCheck {

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            int pending = flyway.info().pending().length;
            String current = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().toString();
            return HealthCheckResponse.named("migrations")
                    .status(pending == 0)
                    .withData("schemaVersion", current)
                    .withData("pending", pending)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("migrations").down().withData("error", "database unreachable").build();
        }
    }
}
