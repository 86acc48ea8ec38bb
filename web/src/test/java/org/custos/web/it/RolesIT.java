package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.roles.boundary.RaciService;
import org.custos.roles.boundary.RoleHealthService;
import org.custos.roles.boundary.RoleHealthService.Code;
import org.custos.roles.boundary.RoleHealthService.Finding;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.boundary.RoleService.AppointmentInput;
import org.custos.roles.control.RaciSubject;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.custos.roles.entity.RaciAssignment.Raci;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Role assignment inside Payara Micro: the role catalog, appointment rules, role health, RACI, the letter. */
@ExtendWith(ArquillianExtension.class)
public class RolesIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(RolesIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    OrganisationService organisation;

    @Inject
    RoleService roles;

    @Inject
    RoleHealthService health;

    @Inject
    RaciService raci;

    @Inject
    StandardsService standards;

    @Inject
    AuditService audit;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private void loginAs(String role) throws Exception {
        ItUsers.loginAsNew(rules, tx, role);
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    /** The organisation exists (created here if this is the first test to need it). */
    private void ensureOrganisation() {
        if (organisation.organisation().isEmpty()) {
            organisation.saveProfile(null, "Stadtwerke Teststadt", EnumSet.of(Sector.WATER, Sector.ENERGY),
                    RegulatoryCategory.CRITICAL_FACILITY);
        }
    }

    private IsmsRole role(String code) {
        return roles.roles().stream().filter(r -> r.getCode().equals(code)).findFirst().orElseThrow();
    }

    /** A person holding top management from today, able to appoint. */
    private Person topManager() {
        Person boss = organisation.createPerson(unique("Geschäftsführer"), "Geschäftsführung", null, null, null);
        roles.createActive(new AppointmentInput(boss.getId(), role(IsmsRole.TOP_MANAGEMENT).getId(), Set.of(), null, null,
                LocalDate.now().minusDays(1), null, null, null));
        return boss;
    }

    private List<Finding> findingsFor(Code code, Long appointmentId, Long personId) {
        return health.check().stream().filter(f -> f.code() == code
                && (appointmentId == null || appointmentId.equals(f.appointmentId()))
                && (personId == null || personId.equals(f.personId()))).toList();
    }

    @Test
    public void theTenBundledRolesArePresentInBothLanguages() throws Exception {
        loginAs(Role.READER);
        List<IsmsRole> all = roles.roles();
        for (String code : List.of("TOP_MANAGEMENT", "ISO", "DEPUTY_ISO", "RISK_OWNER", "ASSET_OWNER", "PROCESS_OWNER",
                "INTERNAL_AUDITOR", "DPO", "IT_LEAD", "CRISIS_MANAGER")) {
            IsmsRole r = all.stream().filter(x -> x.getCode().equals(code)).findFirst().orElseThrow(() -> new AssertionError(code));
            assertTrue(r.isBundled());
            assertFalse(r.getNameEn().isBlank());
            assertFalse(r.getNameDe().isBlank());
            assertTrue(r.getTasksEn() != null && r.getTasksDe() != null, code);
        }
        IsmsRole iso = role("ISO");
        assertEquals("Informationssicherheitsbeauftragte(r)", iso.name(Locale.GERMAN));
        assertEquals("5.3, A.5.2", iso.getIsoReference());
        assertTrue(iso.isMandatory() && iso.isCritical());
    }

    @Test
    public void appointmentRulesGiveClearErrorsAndOnlyTopManagementAppoints() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        ensureOrganisation();
        Person holder = organisation.createPerson(unique("Ina Sicher"), "ISB", null, null, null);
        Person deputy = organisation.createPerson(unique("Dirk Vertreter"), null, null, null, null);
        Person colleague = organisation.createPerson(unique("Kai Kollege"), null, null, null, null);
        long iso = role("ISO").getId();
        LocalDate today = LocalDate.now();

        ValidationException endsEarly = assertThrows(ValidationException.class, () -> roles.createDraft(
                new AppointmentInput(holder.getId(), iso, Set.of(), null, null, today, today.minusDays(1), null, null)));
        assertEquals("appointment.endBeforeStart", endsEarly.messageKey());
        ValidationException ownDeputy = assertThrows(ValidationException.class, () -> roles.createDraft(
                new AppointmentInput(holder.getId(), iso, Set.of(), null, null, today, null, holder.getId(), null)));
        assertEquals("appointment.deputySame", ownDeputy.messageKey());

        Appointment draft = roles.createDraft(new AppointmentInput(holder.getId(), iso, Set.of(), null, null, today, null,
                deputy.getId(), null));
        assertEquals(Appointment.Status.DRAFT, draft.getStatus());
        ValidationException noAppointer = assertThrows(ValidationException.class,
                () -> roles.activate(draft.getId(), draft.getVersion()));
        assertEquals("appointment.appointer.required", noAppointer.messageKey());

        Appointment byColleague = roles.update(draft.getId(), draft.getVersion(), new AppointmentInput(holder.getId(), iso,
                Set.of(), null, null, today, null, deputy.getId(), colleague.getId()));
        ValidationException notBoss = assertThrows(ValidationException.class,
                () -> roles.activate(byColleague.getId(), byColleague.getVersion()));
        assertEquals("appointment.appointer.notTopManagement", notBoss.messageKey());

        Person boss = topManager();
        Appointment byBoss = roles.update(draft.getId(), byColleague.getVersion(), new AppointmentInput(holder.getId(), iso,
                Set.of(), "Steer the ISMS", "Report to management", today, null, deputy.getId(), boss.getId()));
        Appointment active = roles.activate(byBoss.getId(), byBoss.getVersion());
        assertTrue(active.activeOn(today));
        ValidationException fixed = assertThrows(ValidationException.class, () -> roles.update(active.getId(),
                active.getVersion(), new AppointmentInput(colleague.getId(), iso, Set.of(), null, null, today, null,
                        deputy.getId(), boss.getId())));
        assertEquals("appointment.activeFixed", fixed.messageKey());

        Appointment ended = roles.end(active.getId(), active.getVersion(), today);
        assertEquals(Appointment.Status.ENDED, ended.getStatus());
        assertThrows(ValidationException.class, () -> roles.update(ended.getId(), ended.getVersion(),
                new AppointmentInput(holder.getId(), iso, Set.of(), null, null, today, null, deputy.getId(), boss.getId())));
        assertTrue(audit.search(new AuditQuery(null, "Appointment", String.valueOf(active.getId()), null, null), 0, 10)
                .size() >= 4, "create, updates, activation and end are audited");
    }

    @Test
    public void roleHealthFindsVacanciesDeputiesCriticalRolesSegregationAndEndings() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        ensureOrganisation();
        Person boss = topManager();
        LocalDate today = LocalDate.now();

        // a mandatory role of our own is vacant until someone holds it
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        IsmsRole own = roles.createRole(code, new RoleService.RoleInput("Test role", "Testrolle", null, null, null, null,
                null, null, true, false, "A.5.2"));
        assertEquals(1, health.check().stream().filter(f -> f.code() == Code.MANDATORY_ROLE_VACANT
                && own.getId().equals(f.roleId())).count());

        // one person as ISO and IT lead: segregation of duties, and three critical roles are more than two
        Person many = organisation.createPerson(unique("Viele Hüte"), null, null, null, null);
        Person deputy = organisation.createPerson(unique("Stell Vertreter"), null, null, null, null);
        Appointment isoAppointment = roles.createActive(new AppointmentInput(many.getId(), role("ISO").getId(), Set.of(),
                null, null, today, null, deputy.getId(), boss.getId()));
        roles.createActive(new AppointmentInput(many.getId(), role("IT_LEAD").getId(), Set.of(), null, null, today, null,
                null, boss.getId()));
        Appointment ownAppointment = roles.createActive(new AppointmentInput(many.getId(), own.getId(), Set.of(), null,
                null, today, today.plusDays(10), deputy.getId(), boss.getId()));
        roles.createActive(new AppointmentInput(many.getId(), role("DPO").getId(), Set.of(), null, null, today, null,
                deputy.getId(), boss.getId()));

        assertTrue(health.check().stream().noneMatch(f -> f.code() == Code.MANDATORY_ROLE_VACANT
                && own.getId().equals(f.roleId())), "filled now");
        assertEquals(1, findingsFor(Code.SEGREGATION_OF_DUTIES, isoAppointment.getId(), many.getId()).size());
        Finding tooMany = findingsFor(Code.TOO_MANY_CRITICAL_ROLES, null, many.getId()).get(0);
        assertEquals(List.of(many.getName(), "3", "2", "DPO, ISO, IT_LEAD"), tooMany.arguments());
        assertEquals(1, findingsFor(Code.NO_DEPUTY, null, many.getId()).size(), "the IT lead appointment has no deputy");
        Finding ending = findingsFor(Code.APPOINTMENT_ENDING, ownAppointment.getId(), null).get(0);
        assertEquals("10", ending.arguments().get(3));

        // the deputy leaves: every appointment they stand in for is flagged
        Person left = organisation.updatePerson(deputy.getId(), deputy.getVersion(), deputy.getName(), null, null, null,
                null, false);
        assertFalse(left.isActive());
        assertEquals(3, findingsFor(Code.DEPUTY_INACTIVE, null, deputy.getId()).size());

        // an internal auditor who heads a unit in their audit scope
        OrgUnit site = organisation.createUnit(unique("Wasserwerk"), OrgUnit.Kind.SITE, null, null);
        Person auditor = organisation.createPerson(unique("Anna Auditorin"), null, null, null, null);
        OrgUnit lab = organisation.createUnit(unique("Labor"), OrgUnit.Kind.DEPARTMENT, site.getId(), auditor.getId());
        Appointment audits = roles.createActive(new AppointmentInput(auditor.getId(), role("INTERNAL_AUDITOR").getId(),
                Set.of(site.getId()), null, null, today, null, many.getId(), boss.getId()));
        Finding sod = findingsFor(Code.SEGREGATION_OF_DUTIES, audits.getId(), auditor.getId()).get(0);
        assertEquals(RoleHealthService.UNIT_HEAD, sod.arguments().get(2));
        assertEquals(lab.getName(), sod.arguments().get(3));
    }

    @Test
    public void raciOnARequirementFollowsTheStandardsPermissionsAndAllowsOneAccountable() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        ensureOrganisation();
        Person owner = organisation.createPerson(unique("Olaf Owner"), null, null, null, null);
        Person helper = organisation.createPerson(unique("Hilde Helper"), null, null, null, null);
        long isoId = standards.list().stream().filter(s -> s.standard().getCode().equals("ISO27001")).findFirst()
                .orElseThrow().standard().getId();
        Requirement backup = standards.requirements(isoId).stream().filter(r -> r.getRefId().equals("A.8.7")).findFirst()
                .orElseThrow();
        raci.assign(RaciSubject.REQUIREMENT, backup.getId(), Raci.ACCOUNTABLE, owner.getId(), null);
        raci.assign(RaciSubject.REQUIREMENT, backup.getId(), Raci.RESPONSIBLE, helper.getId(), null);
        raci.assign(RaciSubject.REQUIREMENT, backup.getId(), Raci.INFORMED, null, role("ISO").getId());
        ValidationException second = assertThrows(ValidationException.class, () -> raci.assign(RaciSubject.REQUIREMENT,
                backup.getId(), Raci.ACCOUNTABLE, helper.getId(), null));
        assertEquals("raci.oneAccountable", second.messageKey());
        ValidationException twice = assertThrows(ValidationException.class, () -> raci.assign(RaciSubject.REQUIREMENT,
                backup.getId(), Raci.RESPONSIBLE, helper.getId(), null));
        assertEquals("raci.duplicate", twice.messageKey());
        assertThrows(ValidationException.class, () -> raci.assign(RaciSubject.REQUIREMENT, backup.getId(), Raci.CONSULTED,
                helper.getId(), role("ISO").getId()));
        assertEquals(3, raci.of(RaciSubject.REQUIREMENT, backup.getId()).size());
        logout();

        loginAs(Role.READER);
        assertEquals(3, raci.of(RaciSubject.REQUIREMENT, backup.getId()).size(), "readers see RACI");
        assertThrows(NotPermittedException.class, () -> raci.assign(RaciSubject.REQUIREMENT, backup.getId(),
                Raci.CONSULTED, helper.getId(), null));
        var first = raci.of(RaciSubject.REQUIREMENT, backup.getId()).get(0);
        assertThrows(NotPermittedException.class, () -> raci.remove(first.getId(), first.getVersion()));
    }

    @Test
    public void readersAndEditorsCannotAppoint() throws Exception {
        loginAs(Role.EDITOR);
        assertThrows(NotPermittedException.class, () -> roles.createDraft(new AppointmentInput(1, 1, Set.of(), null, null,
                LocalDate.now(), null, null, null)));
        logout();
        loginAs(Role.READER);
        assertThrows(NotPermittedException.class, () -> organisation.createPerson("X", null, null, null, null));
        assertThrows(NotPermittedException.class, () -> organisation.saveProfile(0L, "X", Set.of(), RegulatoryCategory.NONE));
    }

    @Test
    public void theAppointmentLetterIsAPdfWithNameTasksAndDeputyInTheChosenLanguage() throws Exception {
        loginAs(Role.ISMS_MANAGER);
        ensureOrganisation();
        Person boss = topManager();
        Person holder = organisation.createPerson(unique("Jürgen Brief"), "Leiter IT-Sicherheit", null, null, null);
        Person deputy = organisation.createPerson(unique("Petra Stellvertretung"), null, null, null, null);
        Appointment a = roles.createActive(new AppointmentInput(holder.getId(), role("ISO").getId(), Set.of(),
                "Koordiniert den Sicherheitsprozess\nBerichtet der Geschäftsführung", null, LocalDate.of(2026, 1, 1), null,
                deputy.getId(), boss.getId()));
        String german = text(roles.letter(a.getId(), Locale.GERMAN));
        assertTrue(german.contains(holder.getName()), german);
        assertTrue(german.contains(deputy.getName()), german);
        assertTrue(german.contains("Koordiniert den Sicherheitsprozess Berichtet der Geschäftsführung"), german);
        assertTrue(german.contains("Informationssicherheitsbeauftragte(r)"), german);
        assertTrue(german.contains("1. Januar 2026"), german);
        String english = text(roles.letter(a.getId(), Locale.ENGLISH));
        assertTrue(english.contains("Appointment as Information security officer"), english);
        assertTrue(english.contains("Acknowledged and accepted"), english);
    }

    static String text(byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }
}
