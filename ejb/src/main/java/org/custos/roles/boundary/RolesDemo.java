package org.custos.roles.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.DemoLoading;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.security.entity.UserAccount;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.roles.entity.RaciAssignment;
import org.custos.roles.entity.RaciAssignment.Raci;
import org.custos.standards.entity.Requirement;

/**
 * The demo hospital's people, unit heads, appointments (with a few gaps the role-health page should
 * find) and RACI on some ISO 27001 controls. Written directly, as the demo runs at first start
 * without a logged-in user; every record is audited as "system".
 */
@Dependent
public class RolesDemo {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    private final Map<String, Person> people = new HashMap<>();

    void load(@Observes DemoLoading demo) {
        Organisation org = em.find(Organisation.class, demo.organisationId());
        var before = org.auditState();
        org.describe(org.getName(), Set.of(Sector.HOSPITAL), RegulatoryCategory.CRITICAL_FACILITY);
        em.flush();
        audit.updated("Organisation", org.getId(), before, org);

        Map<String, OrgUnit> units = new HashMap<>();
        em.createNamedQuery("OrgUnit.findAll", OrgUnit.class).getResultList().forEach(u -> units.put(u.getName(), u));

        person(org, "Dr. Maria Hoffmann", "Geschäftsführerin", "m.hoffmann", units.get("Verwaltung"), "leitung");
        person(org, "Ingo Sicher", "Informationssicherheitsbeauftragter", "isb", units.get("Verwaltung"), "isb");
        person(org, "Sabine Krüger", "Referentin Informationssicherheit", "s.krueger", units.get("Verwaltung"), null);
        person(org, "Thomas Neumann", "Leiter IT", "t.neumann", units.get("IT-Abteilung"), null);
        person(org, "Dr. Jana Weiß", "Datenschutzbeauftragte", "datenschutz", units.get("Verwaltung"), null);
        person(org, "Martin Schulz", "Leiter Medizintechnik", "m.schulz", units.get("Medizintechnik"), null);
        person(org, "Claudia Fischer", "Qualitätsmanagement, interne Auditorin", "c.fischer", units.get("Verwaltung"), null);
        person(org, "Peter Wagner", "Leiter Haustechnik, Notfallmanager", "p.wagner", units.get("Haustechnik"), null);
        person(org, "Dr. Stefan Richter", "Chefarzt Radiologie", "s.richter", units.get("Radiologie"), null);
        person(org, "Laura Becker", "Pflegerische Leitung Notaufnahme", "l.becker", units.get("Notaufnahme"), null);
        person(org, "Jonas Keller", "Systemadministrator", "j.keller", units.get("IT-Abteilung"), null);

        head(units.get("IT-Abteilung"), "Thomas Neumann");
        head(units.get("Medizintechnik"), "Martin Schulz");
        head(units.get("Haustechnik"), "Peter Wagner");
        head(units.get("Radiologie"), "Dr. Stefan Richter");
        head(units.get("Notaufnahme"), "Laura Becker");

        Map<String, IsmsRole> roles = new HashMap<>();
        em.createNamedQuery("IsmsRole.findAll", IsmsRole.class).getResultList().forEach(r -> roles.put(r.getCode(), r));
        LocalDate today = LocalDate.now();
        String boss = "Dr. Maria Hoffmann";
        appoint(roles.get("TOP_MANAGEMENT"), boss, null, null, LocalDate.of(2022, 1, 1), null, Set.of(), true);
        appoint(roles.get("ISO"), "Ingo Sicher", "Sabine Krüger", boss, LocalDate.of(2024, 3, 1), null, Set.of(), true);
        appoint(roles.get("DEPUTY_ISO"), "Sabine Krüger", null, boss, LocalDate.of(2024, 3, 1), null, Set.of(), true);
        appoint(roles.get("DPO"), "Dr. Jana Weiß", null, boss, LocalDate.of(2023, 5, 1), null, Set.of(), true);
        appoint(roles.get("IT_LEAD"), "Thomas Neumann", "Jonas Keller", boss, LocalDate.of(2021, 10, 1), null, Set.of(), true);
        appoint(roles.get("INTERNAL_AUDITOR"), "Claudia Fischer", null, boss, LocalDate.of(2025, 1, 1), null, Set.of(), true);
        // Retires soon: the role-health page warns, and the successor's draft is ready.
        appoint(roles.get("CRISIS_MANAGER"), "Peter Wagner", "Thomas Neumann", boss, LocalDate.of(2020, 6, 1),
                today.plusDays(21), Set.of(), true);
        appoint(roles.get("CRISIS_MANAGER"), "Sabine Krüger", "Thomas Neumann", boss, today.plusDays(22), null, Set.of(),
                false);
        appoint(roles.get("ASSET_OWNER"), "Martin Schulz", null, boss, LocalDate.of(2024, 6, 1), null,
                Set.of(units.get("Medizintechnik")), true);
        appoint(roles.get("RISK_OWNER"), "Dr. Stefan Richter", null, boss, LocalDate.of(2024, 6, 1), null,
                Set.of(units.get("Radiologie")), true);
        appoint(roles.get("RISK_OWNER"), "Laura Becker", null, boss, LocalDate.of(2024, 6, 1), null,
                Set.of(units.get("Notaufnahme")), true);

        // The certification body's auditor: four weeks, ISO 27001 and the German/European law, whole organisation.
        em.createQuery("SELECT u FROM UserAccount u WHERE u.username = 'auditor'", UserAccount.class).getResultStream()
                .findFirst().ifPresent(auditor -> {
                    var userBefore = auditor.auditState();
                    auditor.expireAfter(today.plusDays(28));
                    org.custos.platform.security.entity.AuditorProfile profile =
                            new org.custos.platform.security.entity.AuditorProfile(auditor, "Muster-Cert GmbH (fiktiv)");
                    Set<Long> scope = new java.util.TreeSet<>(em.createQuery("SELECT s.id FROM Standard s WHERE s.code IN "
                            + "('ISO27001', 'NIS2-ART21', 'BSIG-30')", Long.class).getResultList());
                    profile.define(profile.getCompany(), scope, Set.of());
                    em.persist(profile);
                    em.flush();
                    audit.updated("User", auditor.getId(), userBefore, auditor);
                    audit.created("AuditorProfile", auditor.getId(), profile);
                });

        List<Requirement> iso = em.createQuery("SELECT r FROM Requirement r WHERE r.standard.code = 'ISO27001' "
                + "AND r.refId IN ('A.5.1', 'A.8.13', 'A.5.24')", Requirement.class).getResultList();
        for (Requirement r : iso) {
            switch (r.getRefId()) {
                case "A.5.1" -> {
                    raci(r, Raci.ACCOUNTABLE, null, roles.get("TOP_MANAGEMENT"));
                    raci(r, Raci.RESPONSIBLE, "Ingo Sicher", null);
                    raci(r, Raci.CONSULTED, "Dr. Jana Weiß", null);
                    raci(r, Raci.INFORMED, null, roles.get("IT_LEAD"));
                }
                case "A.8.13" -> {
                    raci(r, Raci.ACCOUNTABLE, "Thomas Neumann", null);
                    raci(r, Raci.RESPONSIBLE, "Jonas Keller", null);
                    raci(r, Raci.INFORMED, "Ingo Sicher", null);
                }
                default -> {
                    raci(r, Raci.ACCOUNTABLE, "Ingo Sicher", null);
                    raci(r, Raci.RESPONSIBLE, "Sabine Krüger", null);
                    raci(r, Raci.CONSULTED, "Peter Wagner", null);
                }
            }
        }
    }

    private void person(Organisation org, String name, String function, String mailbox, OrgUnit unit, String username) {
        Person p = new Person(org, name);
        UserAccount user = username == null ? null : em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :n",
                UserAccount.class).setParameter("n", username).getResultStream().findFirst().orElse(null);
        p.describe(name, function, mailbox + "@klinikum-musterstadt.example", unit, user, true);
        em.persist(p);
        em.flush();
        audit.created("Person", p.getId(), p);
        people.put(name, p);
    }

    private void head(OrgUnit unit, String name) {
        var before = unit.auditState();
        unit.describe(unit.getName(), unit.getKind(), unit.getParent(), people.get(name));
        em.flush();
        audit.updated("OrgUnit", unit.getId(), before, unit);
    }

    private void appoint(IsmsRole role, String holder, String deputy, String appointer, LocalDate start, LocalDate end,
            Set<OrgUnit> scope, boolean active) {
        Appointment a = new Appointment(people.get(holder), role, Instant.now(), "system");
        a.define(people.get(holder), role, scope, null, null, start, end, deputy == null ? null : people.get(deputy),
                appointer == null ? null : people.get(appointer));
        if (active) {
            a.activate();
        }
        em.persist(a);
        em.flush();
        audit.created("Appointment", a.getId(), a);
    }

    private void raci(Requirement r, Raci raci, String person, IsmsRole role) {
        RaciAssignment a = new RaciAssignment("REQUIREMENT", r.getId(), raci, person == null ? null : people.get(person),
                role, Instant.now(), "system");
        em.persist(a);
        em.flush();
        audit.created("RaciAssignment", a.getId(), a);
    }
}
