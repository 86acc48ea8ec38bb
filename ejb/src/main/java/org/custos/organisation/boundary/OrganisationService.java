package org.custos.organisation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Organisation;
import org.custos.organisation.entity.Person;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.entity.UserAccount;

/** The organisation's profile, its units (sites and departments) and its people. */
@Stateless
public class OrganisationService {

    public static final String READ = "organisation:read";
    public static final String EDIT = "organisation:edit";
    public static final String PEOPLE_READ = "people:read";
    public static final String PEOPLE_EDIT = "people:edit";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AccessScope scope;

    /** Whether the current user's scope covers this unit (external auditors see their scope only). */
    public static boolean visible(AccessScope.Scope scope, OrgUnit unit) {
        return unit == null ? scope.unitIds() == null : scope.anyUnit(unit.lineageIds());
    }

    @RequiresPermission(READ)
    public Optional<Organisation> organisation() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Creates the profile (seenVersion null) or updates it. */
    @RequiresPermission(EDIT)
    public Organisation saveProfile(Long seenVersion, String name, Set<Sector> sectors, RegulatoryCategory category) {
        String n = Checks.required(name, 200, "organisation.name.invalid");
        if (category == null) {
            throw new ValidationException("organisation.category.required");
        }
        Optional<Organisation> existing = organisation();
        if (existing.isEmpty()) {
            Organisation org = new Organisation(n);
            org.describe(n, sectors == null ? Set.of() : sectors, category);
            em.persist(org);
            em.flush();
            audit.created("Organisation", org.getId(), org);
            return org;
        }
        Organisation org = existing.get();
        Edits.expectVersion(seenVersion == null ? -1 : seenVersion, org.getVersion(), "Organisation");
        Map<String, Object> before = org.auditState();
        org.describe(n, sectors == null ? Set.of() : sectors, category);
        Edits.flush(em, "Organisation");
        audit.updated("Organisation", org.getId(), before, org);
        return org;
    }

    /** All units, parents before their children. */
    @RequiresPermission(READ)
    public List<OrgUnit> units() {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("OrgUnit.findAll", OrgUnit.class).getResultStream()
                .filter(u -> visible(visible, u)).toList();
    }

    @RequiresPermission(READ)
    public OrgUnit unit(long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw new NotFoundException("OrgUnit", id);
        }
        if (!visible(scope.current(), unit)) {
            throw new NotPermittedException("scope");
        }
        return unit;
    }

    @RequiresPermission(EDIT)
    public OrgUnit createUnit(String name, OrgUnit.Kind kind, Long parentId, Long headId) {
        Organisation org = requireOrganisation();
        OrgUnit unit = new OrgUnit(org, null, kind, "-");
        describeUnit(unit, name, kind, parentId, headId);
        em.persist(unit);
        em.flush();
        audit.created("OrgUnit", unit.getId(), unit);
        return unit;
    }

    @RequiresPermission(EDIT)
    public OrgUnit updateUnit(long id, long seenVersion, String name, OrgUnit.Kind kind, Long parentId, Long headId) {
        OrgUnit unit = unit(id);
        Edits.expectVersion(seenVersion, unit.getVersion(), "OrgUnit");
        Map<String, Object> before = unit.auditState();
        describeUnit(unit, name, kind, parentId, headId);
        Edits.flush(em, "OrgUnit");
        audit.updated("OrgUnit", unit.getId(), before, unit);
        return unit;
    }

    private void describeUnit(OrgUnit unit, String name, OrgUnit.Kind kind, Long parentId, Long headId) {
        String n = Checks.required(name, 200, "unit.name.invalid");
        if (kind == null) {
            throw new ValidationException("unit.kind.required");
        }
        OrgUnit parent = parentId == null ? null : unit(parentId);
        if (kind == OrgUnit.Kind.DEPARTMENT && parent == null) {
            throw new ValidationException("unit.parent.required");
        }
        if (kind == OrgUnit.Kind.SITE && parent != null) {
            throw new ValidationException("unit.site.topLevel");
        }
        if (parent != null && unit.getId() != null && unit.contains(parent)) {
            throw new ValidationException("unit.parent.cycle");
        }
        unit.describe(n, kind, parent, headId == null ? null : person(headId));
    }

    /** Deletes a unit nobody refers to; otherwise says what still refers to it. */
    @RequiresPermission(EDIT)
    public void deleteUnit(long id, long seenVersion) {
        OrgUnit unit = unit(id);
        Edits.expectVersion(seenVersion, unit.getVersion(), "OrgUnit");
        long children = count("SELECT COUNT(u) FROM OrgUnit u WHERE u.parent.id = :id", id);
        long people = count("SELECT COUNT(p) FROM Person p WHERE p.unit.id = :id", id);
        long appointments = count("SELECT COUNT(a) FROM Appointment a JOIN a.units u WHERE u.id = :id", id);
        if (children + people + appointments > 0) {
            throw new ValidationException("unit.inUse", children, people, appointments);
        }
        Map<String, Object> before = unit.auditState();
        em.remove(unit);
        Edits.flush(em, "OrgUnit");
        audit.deleted("OrgUnit", id, before);
    }

    @RequiresPermission(PEOPLE_READ)
    public List<Person> persons() {
        AccessScope.Scope visible = scope.current();
        return em.createNamedQuery("Person.findAll", Person.class).getResultStream()
                .filter(p -> visible(visible, p.getUnit())).toList();
    }

    @RequiresPermission(PEOPLE_READ)
    public Person person(long id) {
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException("Person", id);
        }
        if (!visible(scope.current(), p.getUnit())) {
            throw new NotPermittedException("scope");
        }
        return p;
    }

    /** The person linked to this user account, if any. */
    @RequiresPermission(PEOPLE_READ)
    public Optional<Person> personOfUser(long userId) {
        return em.createNamedQuery("Person.findByUser", Person.class).setParameter("user", userId)
                .getResultStream().findFirst();
    }

    @RequiresPermission(PEOPLE_EDIT)
    public Person createPerson(String name, String function, String email, Long unitId, Long userId) {
        Person p = new Person(requireOrganisation(), "-");
        describePerson(p, name, function, email, unitId, userId, true);
        em.persist(p);
        em.flush();
        audit.created("Person", p.getId(), p);
        return p;
    }

    @RequiresPermission(PEOPLE_EDIT)
    public Person updatePerson(long id, long seenVersion, String name, String function, String email, Long unitId,
            Long userId, boolean active) {
        Person p = person(id);
        Edits.expectVersion(seenVersion, p.getVersion(), "Person");
        Map<String, Object> before = p.auditState();
        describePerson(p, name, function, email, unitId, userId, active);
        Edits.flush(em, "Person");
        audit.updated("Person", p.getId(), before, p);
        return p;
    }

    private void describePerson(Person p, String name, String function, String email, Long unitId, Long userId,
            boolean active) {
        String n = Checks.required(name, 200, "person.name.invalid");
        String f = Checks.optional(function, 200, "person.function.invalid");
        String e = Checks.email(email, "person.email.invalid");
        UserAccount user = null;
        if (userId != null) {
            user = em.find(UserAccount.class, userId);
            if (user == null) {
                throw new NotFoundException("User", userId);
            }
            Optional<Person> linked = em.createNamedQuery("Person.findByUser", Person.class).setParameter("user", userId)
                    .getResultStream().filter(other -> !other.getId().equals(p.getId())).findFirst();
            if (linked.isPresent()) {
                throw new ValidationException("person.user.taken", user.getUsername(), linked.get().getName());
            }
        }
        p.describe(n, f, e, unitId == null ? null : unit(unitId), user, active);
    }

    /** Deletes a person nothing refers to; people with appointments or RACI entries are deactivated instead. */
    @RequiresPermission(PEOPLE_EDIT)
    public void deletePerson(long id, long seenVersion) {
        Person p = person(id);
        Edits.expectVersion(seenVersion, p.getVersion(), "Person");
        long refs = count("SELECT COUNT(a) FROM Appointment a WHERE a.person.id = :id OR a.deputy.id = :id "
                + "OR a.appointedBy.id = :id", id)
                + count("SELECT COUNT(r) FROM RaciAssignment r WHERE r.person.id = :id", id)
                + count("SELECT COUNT(u) FROM OrgUnit u WHERE u.head.id = :id", id);
        if (refs > 0) {
            throw new ValidationException("person.inUse", refs);
        }
        Map<String, Object> before = p.auditState();
        em.remove(p);
        Edits.flush(em, "Person");
        audit.deleted("Person", id, before);
    }

    private Organisation requireOrganisation() {
        return em.createNamedQuery("Organisation.findAll", Organisation.class).setMaxResults(1)
                .getResultStream().findFirst().orElseThrow(() -> new ValidationException("organisation.missing"));
    }

    private long count(String jpql, long id) {
        return em.createQuery(jpql, Long.class).setParameter("id", id).getSingleResult();
    }
}
