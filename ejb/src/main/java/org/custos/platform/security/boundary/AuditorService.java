package org.custos.platform.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.AuditorProfile;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;

/**
 * Accounts for auditors of certification bodies: created by an administrator with company, a
 * mandatory expiry date and a scope (standards, org units); every page they open is recorded.
 */
@Stateless
public class AuditorService {

    /** The longest an auditor account may run at a time; certification audits take days, not years. */
    static final int MAX_VALIDITY_DAYS = 366;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    UserRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @RequiresPermission(UserService.READ)
    public List<AuditorProfile> auditors() {
        return em.createNamedQuery("AuditorProfile.findAll", AuditorProfile.class).getResultList();
    }

    @RequiresPermission(UserService.MANAGE)
    public AuditorProfile create(String username, String displayName, String email, String company, LocalDate expiresOn,
            String temporaryPassword, Set<Long> standardIds, Set<Long> unitIds) {
        String c = check(company, expiresOn, standardIds);
        UserAccount user = rules.create(username, displayName, email, temporaryPassword, List.of(Role.EXTERNAL_AUDITOR), true);
        Map<String, Object> before = user.auditState();
        user.expireAfter(expiresOn);
        AuditorProfile profile = new AuditorProfile(user, c);
        profile.define(c, standardIds, unitIds == null ? Set.of() : unitIds);
        em.persist(profile);
        em.flush();
        audit.updated("User", user.getId(), before, user);
        audit.created("AuditorProfile", user.getId(), profile);
        return profile;
    }

    @RequiresPermission(UserService.MANAGE)
    public AuditorProfile update(long userId, long seenVersion, String company, LocalDate expiresOn, Set<Long> standardIds,
            Set<Long> unitIds, boolean enabled) {
        AuditorProfile profile = em.find(AuditorProfile.class, userId);
        if (profile == null) {
            throw new NotFoundException("AuditorProfile", userId);
        }
        Edits.expectVersion(seenVersion, profile.getVersion(), "AuditorProfile");
        String c = check(company, expiresOn, standardIds);
        UserAccount user = profile.getUser();
        Map<String, Object> userBefore = user.auditState();
        Map<String, Object> before = profile.auditState();
        user.expireAfter(expiresOn);
        user.setEnabled(enabled);
        profile.define(c, standardIds, unitIds == null ? Set.of() : unitIds);
        Edits.flush(em, "AuditorProfile");
        audit.updated("User", user.getId(), userBefore, user);
        audit.updated("AuditorProfile", userId, before, profile);
        return profile;
    }

    private static String check(String company, LocalDate expiresOn, Set<Long> standardIds) {
        String c = Checks.required(company, 200, "auditor.company.invalid");
        if (expiresOn == null) {
            throw new ValidationException("auditor.expiry.required");
        }
        LocalDate today = LocalDate.now();
        if (expiresOn.isBefore(today) || expiresOn.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw new ValidationException("auditor.expiry.range", MAX_VALIDITY_DAYS);
        }
        if (standardIds == null || standardIds.isEmpty()) {
            throw new ValidationException("auditor.scope.required");
        }
        return c;
    }

    /**
     * Records that the current user, if an external auditor, opened a page or API resource: one
     * audit record per request, and the account's last access.
     */
    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public void recordAccess(String path) {
        em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", actor.name())
                .getResultStream().findFirst()
                .filter(u -> u.roleCodes().contains(Role.EXTERNAL_AUDITOR))
                .ifPresent(u -> {
                    u.recordAccess(Instant.now());
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("path", path.length() > 1000 ? path.substring(0, 1000) : path);
                    audit.event("PageView", u.getUsername(), "VIEW", details);
                });
    }
}
