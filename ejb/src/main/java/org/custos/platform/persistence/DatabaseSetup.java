package org.custos.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source from MicroProfile Config ({@code CUSTOS_DB_URL},
 * {@code CUSTOS_DB_USER}, {@code CUSTOS_DB_PASSWORD}; H2 under {@code CUSTOS_DATA_DIR} by default)
 * and migrates the schema with Flyway before any other bean touches a table: every startup bean
 * that uses the database is {@code @DependsOn("DatabaseSetup")}.
 */
@DataSourceDefinition(
        name = DatabaseSetup.JNDI_NAME,
        className = "org.custos.platform.persistence.CustosDataSource",
        url = "${MPCONFIG=custos.db.url}",
        user = "${MPCONFIG=custos.db.user}",
        password = "${MPCONFIG=custos.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseSetup {

    public static final String JNDI_NAME = "java:app/jdbc/custos";
    private static final Logger LOG = Logger.getLogger(DatabaseSetup.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "custos.db.url")
    String url;

    private volatile boolean migrated;
    private volatile String failure;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String line = "Custos database: " + DatabaseKind.of(url) + " " + meta.getDatabaseProductVersion()
                    + " at " + DatabaseKind.describe(url) + " as user " + meta.getUserName();
            LOG.info(line);
        } catch (SQLException e) {
            failure = e.getMessage();
            LOG.log(Level.SEVERE, "Custos cannot reach its database at " + DatabaseKind.describe(url), e);
            throw new IllegalStateException("Database unreachable: " + e.getMessage(), e);
        }
        MigrateResult result = Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        migrated = true;
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Custos schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** True when migrations are done and a connection can be validated right now. */
    public boolean isReady() {
        if (!migrated) {
            return false;
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            failure = e.getMessage();
            return false;
        }
    }

    public String databaseDescription() {
        return DatabaseKind.of(url) + " " + DatabaseKind.describe(url);
    }

    public String lastFailure() {
        return failure;
    }
}
