package org.custos.platform.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;

/**
 * The demo organisation, loaded with {@code CUSTOS_DEMO=true} on an empty database: the fictional
 * Klinikum Musterstadt. Each user's one-time password is written to the log once and must be
 * changed at first login. Later features add their part of the demo here.
 */
@Dependent
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    UserRules rules;

    record DemoUser(String username, String displayName, String email, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Anna Admin", "admin@klinikum-musterstadt.example", Role.ADMINISTRATOR),
            new DemoUser("isb", "Ingo Sicher (ISB)", "isb@klinikum-musterstadt.example", Role.ISMS_MANAGER),
            new DemoUser("editor", "Erika Editor", "editor@klinikum-musterstadt.example", Role.EDITOR),
            new DemoUser("reader", "Rudi Reader", "reader@klinikum-musterstadt.example", Role.READER),
            new DemoUser("auditor", "Paula Prüfer (Zertifizierungsstelle)", "auditor@zertifizierer.example",
                    Role.EXTERNAL_AUDITOR));

    public void load() {
        LOG.warning("CUSTOS_DEMO=true: loading the demo organisation Klinikum Musterstadt");
        for (DemoUser u : USERS) {
            String oneTime = SecretTokens.random(16);
            rules.create(u.username(), u.displayName(), u.email(), oneTime, List.of(u.role()), true);
            LOG.warning("Custos demo user " + u.username() + " (" + u.role() + ") one-time password: " + oneTime);
        }
    }
}
