package org.custos.platform.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import org.custos.platform.DemoLoading;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.platform.audit.control.AuditTrail;
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

    @Inject
    AuditTrail audit;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    Event<DemoLoading> demoLoading;

    record DemoUser(String username, String displayName, String email, String role) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Anna Admin", "admin@klinikum-musterstadt.example", Role.ADMINISTRATOR),
            new DemoUser("leitung", "Dr. Maria Hoffmann (Geschäftsführung)", "m.hoffmann@klinikum-musterstadt.example",
                    Role.ISMS_MANAGER),
            new DemoUser("isb", "Ingo Sicher (ISB)", "isb@klinikum-musterstadt.example", Role.ISMS_MANAGER),
            new DemoUser("editor", "Erika Editor", "editor@klinikum-musterstadt.example", Role.EDITOR),
            new DemoUser("reader", "Rudi Reader", "reader@klinikum-musterstadt.example", Role.READER),
            new DemoUser("auditor", "Paula Prüfer (Zertifizierungsstelle)", "auditor@zertifizierer.example",
                    Role.EXTERNAL_AUDITOR));

    // Sites with their departments.
    static final Map<String, List<String>> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("Standort Nord (Hauptklinik)", List.of("Notaufnahme", "Radiologie", "Labor", "IT-Abteilung",
                "Medizintechnik", "Verwaltung"));
        UNITS.put("Standort Süd (Reha-Klinik)", List.of("Stationäre Rehabilitation", "Haustechnik"));
    }

    public void load() {
        LOG.warning("CUSTOS_DEMO=true: loading the demo organisation Klinikum Musterstadt");
        Organisation org = new Organisation("Klinikum Musterstadt gGmbH");
        em.persist(org);
        em.flush();
        audit.created("Organisation", org.getId(), org);
        UNITS.forEach((site, departments) -> {
            OrgUnit siteUnit = persist(new OrgUnit(org, null, OrgUnit.Kind.SITE, site));
            departments.forEach(d -> persist(new OrgUnit(org, siteUnit, OrgUnit.Kind.DEPARTMENT, d)));
        });
        for (DemoUser u : USERS) {
            String oneTime = SecretTokens.random(16);
            rules.create(u.username(), u.displayName(), u.email(), oneTime, List.of(u.role()), true);
            LOG.warning("Custos demo user " + u.username() + " (" + u.role() + ") one-time password: " + oneTime);
        }
        demoLoading.fire(new DemoLoading(org.getId()));
    }

    private OrgUnit persist(OrgUnit unit) {
        em.persist(unit);
        em.flush();
        audit.created("OrgUnit", unit.getId(), unit);
        return unit;
    }
}
