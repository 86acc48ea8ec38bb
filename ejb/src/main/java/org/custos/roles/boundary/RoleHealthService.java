package org.custos.roles.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks that the organisation does not depend on single people and keeps duties apart: vacant
 * mandatory roles, missing or unfit deputies, people holding too many critical roles,
 * segregation-of-duties conflicts and appointments about to end. Each finding has a stable code.
 */
@Stateless
public class RoleHealthService {

    /** Pseudo-role in segregation-of-duties pairs: head of a unit within the other appointment's scope. */
    public static final String UNIT_HEAD = "UNIT_HEAD";

    public enum Severity {
        ERROR, WARNING
    }

    public enum Code {
        MANDATORY_ROLE_VACANT(Severity.ERROR),
        NO_DEPUTY(Severity.WARNING),
        DEPUTY_IS_HOLDER(Severity.ERROR),
        DEPUTY_INACTIVE(Severity.ERROR),
        TOO_MANY_CRITICAL_ROLES(Severity.WARNING),
        SEGREGATION_OF_DUTIES(Severity.ERROR),
        APPOINTMENT_ENDING(Severity.WARNING);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    /**
     * One finding: what, how bad, about which role, appointment or person, and the values its
     * message shows ({@code health.<code>} with arguments in this order).
     */
    public record Finding(Code code, Severity severity, Long roleId, Long appointmentId, Long personId,
            List<String> arguments) {
    }

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AccessScope scope;

    @Inject
    @ConfigProperty(name = "custos.roles.max-critical-roles", defaultValue = "2")
    int maxCriticalRoles;

    @Inject
    @ConfigProperty(name = "custos.roles.sod-pairs", defaultValue = "ISO:IT_LEAD,INTERNAL_AUDITOR:UNIT_HEAD")
    String sodPairs;

    @Inject
    @ConfigProperty(name = "custos.roles.ending-within-days", defaultValue = "30")
    int endingWithinDays;

    @RequiresPermission(RoleService.READ)
    public List<Finding> check() {
        return check(LocalDate.now());
    }

    @RequiresPermission(RoleService.READ)
    public List<Finding> check(LocalDate today) {
        List<IsmsRole> roles = em.createNamedQuery("IsmsRole.findAll", IsmsRole.class).getResultList();
        List<Appointment> active = em.createNamedQuery("Appointment.activeOn", Appointment.class)
                .setParameter("day", today).getResultList();
        List<Finding> findings = new ArrayList<>();

        for (IsmsRole role : roles) {
            if (role.isMandatory() && active.stream().noneMatch(a -> a.getRole().getId().equals(role.getId()))) {
                findings.add(finding(Code.MANDATORY_ROLE_VACANT, role.getId(), null, null, role.getCode()));
            }
        }
        for (Appointment a : active) {
            String who = a.getPerson().getName();
            String role = a.getRole().getCode();
            if (a.getDeputy() == null) {
                findings.add(finding(Code.NO_DEPUTY, a.getRole().getId(), a.getId(), a.getPerson().getId(), role, who));
            } else if (a.getDeputy().getId().equals(a.getPerson().getId())) {
                findings.add(finding(Code.DEPUTY_IS_HOLDER, a.getRole().getId(), a.getId(), a.getPerson().getId(), role, who));
            } else if (!a.getDeputy().isActive()) {
                findings.add(finding(Code.DEPUTY_INACTIVE, a.getRole().getId(), a.getId(), a.getDeputy().getId(), role,
                        who, a.getDeputy().getName()));
            }
            if (a.getEndDate() != null && !a.getEndDate().isAfter(today.plusDays(endingWithinDays))) {
                findings.add(finding(Code.APPOINTMENT_ENDING, a.getRole().getId(), a.getId(), a.getPerson().getId(), role,
                        who, a.getEndDate().toString(), Long.toString(ChronoUnit.DAYS.between(today, a.getEndDate()))));
            }
        }

        Map<Long, List<Appointment>> byPerson = new LinkedHashMap<>();
        active.forEach(a -> byPerson.computeIfAbsent(a.getPerson().getId(), k -> new ArrayList<>()).add(a));
        for (List<Appointment> held : byPerson.values()) {
            Person person = held.get(0).getPerson();
            List<String> critical = held.stream().filter(a -> a.getRole().isCritical()).map(a -> a.getRole().getCode())
                    .distinct().sorted().toList();
            if (critical.size() > maxCriticalRoles) {
                findings.add(finding(Code.TOO_MANY_CRITICAL_ROLES, null, null, person.getId(), person.getName(),
                        Integer.toString(critical.size()), Integer.toString(maxCriticalRoles), String.join(", ", critical)));
            }
        }

        List<OrgUnit> units = em.createNamedQuery("OrgUnit.findAll", OrgUnit.class).getResultList();
        for (String[] pair : pairs()) {
            for (Appointment a : active) {
                if (!a.getRole().getCode().equals(pair[0])) {
                    continue;
                }
                Person person = a.getPerson();
                if (UNIT_HEAD.equals(pair[1])) {
                    for (OrgUnit unit : units) {
                        if (unit.getHead() != null && unit.getHead().getId().equals(person.getId()) && a.covers(unit)) {
                            findings.add(finding(Code.SEGREGATION_OF_DUTIES, a.getRole().getId(), a.getId(), person.getId(),
                                    person.getName(), pair[0], UNIT_HEAD, unit.getName()));
                        }
                    }
                    continue;
                }
                for (Appointment other : byPerson.getOrDefault(person.getId(), List.of())) {
                    if (other.getRole().getCode().equals(pair[1])) {
                        findings.add(finding(Code.SEGREGATION_OF_DUTIES, a.getRole().getId(), a.getId(), person.getId(),
                                person.getName(), pair[0], pair[1], ""));
                    }
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> f.severity()).thenComparing(f -> f.code()));
        AccessScope.Scope visible = scope.current();
        if (visible.restricted()) {
            // Auditors see vacancies and findings about appointments in their scope; findings about a
            // person across appointments (too many critical roles) may reach outside it.
            Set<Long> inScope = active.stream().filter(a -> RoleService.visible(visible, a)).map(Appointment::getId)
                    .collect(Collectors.toSet());
            findings.removeIf(f -> f.appointmentId() != null ? !inScope.contains(f.appointmentId()) : f.personId() != null);
        }
        return findings;
    }

    /** The configured pairs, e.g. {@code ISO:IT_LEAD}; malformed entries are ignored. */
    List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        for (String entry : sodPairs.split(",")) {
            String[] p = entry.strip().split(":");
            if (p.length == 2 && !p[0].isBlank() && !p[1].isBlank()) {
                pairs.add(new String[] {p[0].strip(), p[1].strip()});
            }
        }
        return pairs;
    }

    private static Finding finding(Code code, Long roleId, Long appointmentId, Long personId, String... args) {
        return new Finding(code, code.severity(), roleId, appointmentId, personId, List.of(args));
    }
}
