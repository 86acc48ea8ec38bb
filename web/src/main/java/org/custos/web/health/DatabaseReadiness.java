package org.custos.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.custos.platform.persistence.DatabaseSetup;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated and the database answers now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    DatabaseSetup database;

    @Override
    public HealthCheckResponse call() {
        boolean ready = database.isReady();
        return HealthCheckResponse.named("database")
                .status(ready)
                .withData("migrated", ready)
                .build();
    }
}
