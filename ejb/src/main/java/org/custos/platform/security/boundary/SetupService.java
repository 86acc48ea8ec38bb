package org.custos.platform.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * First start without any user: either creates the administrator from
 * {@code CUSTOS_INITIAL_ADMIN_USER}/{@code _PASSWORD} or issues a one-time setup token (logged, and
 * written to {@code <data dir>/setup-token} for scripted installs) that {@code /setup} asks for.
 * There is never a default password. Once any user exists, setup is closed for good.
 */
@Singleton
@Startup
// After the bundled catalogs: the demo data of features refers to them.
@DependsOn({"DatabaseSetup", "BundledCatalogs", "RoleCatalog"})
@Lock(LockType.WRITE)
public class SetupService {

    private static final Logger LOG = Logger.getLogger(SetupService.class.getName());
    public static final String TOKEN_FILE = "setup-token";

    @Inject
    UserRules rules;

    @Inject
    DemoData demo;

    @Inject
    @ConfigProperty(name = "custos.data.dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "custos.initial.admin.user")
    Optional<String> initialAdminUser;

    @Inject
    @ConfigProperty(name = "custos.initial.admin.password")
    Optional<String> initialAdminPassword;

    @Inject
    @ConfigProperty(name = "custos.demo", defaultValue = "false")
    boolean demoMode;

    private String tokenHash;

    @PostConstruct
    void firstStart() {
        if (rules.countUsers() > 0) {
            deleteTokenFile();
            return;
        }
        if (demoMode) {
            demo.load();
            return;
        }
        if (initialAdminUser.filter(s -> !s.isBlank()).isPresent()) {
            try {
                rules.create(initialAdminUser.get(), "Administrator", null, initialAdminPassword.orElse(""),
                        List.of(Role.ADMINISTRATOR), false);
                LOG.info(() -> "Custos created the initial administrator " + initialAdminUser.get()
                        + " from CUSTOS_INITIAL_ADMIN_USER");
                return;
            } catch (ValidationException | ConflictException e) {
                LOG.severe(() -> "CUSTOS_INITIAL_ADMIN_USER/PASSWORD rejected (" + e.messageKey()
                        + "; passwords need at least 12 characters); falling back to a setup token");
            }
        }
        String token = SecretTokens.random(24);
        tokenHash = SecretTokens.sha256(token);
        LOG.warning("Custos setup token: " + token);
        LOG.warning("Open /setup in the browser and enter this token to create the first administrator.");
        writeTokenFile(token);
    }

    public boolean isOpen() {
        return tokenHash != null && rules.countUsers() == 0;
    }

    /** Creates the first administrator if the token is right; refuses once any user exists. */
    public void complete(String token, String username, String displayName, String password) {
        if (!isOpen()) {
            throw new ConflictException("setup.closed");
        }
        if (!SecretTokens.constantTimeEquals(tokenHash, SecretTokens.sha256(token == null ? "" : token.strip()))) {
            LOG.warning("Setup attempt with a wrong token");
            throw new ValidationException("setup.tokenWrong");
        }
        rules.create(username, displayName, null, password, List.of(Role.ADMINISTRATOR), false);
        tokenHash = null;
        deleteTokenFile();
        LOG.info(() -> "Setup completed: administrator " + username + " created");
    }

    private Path tokenFile() {
        return Path.of(dataDir).resolve(TOKEN_FILE);
    }

    private void writeTokenFile(String token) {
        try {
            Files.createDirectories(Path.of(dataDir));
            Path file = tokenFile();
            Files.writeString(file, token + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                LOG.fine("No POSIX permissions on this file system");
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the setup token file; use the token from this log", e);
        }
    }

    private void deleteTokenFile() {
        try {
            Files.deleteIfExists(tokenFile());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + tokenFile(), e);
        }
    }
}
