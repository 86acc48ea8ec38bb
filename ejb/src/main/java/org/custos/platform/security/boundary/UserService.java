package org.custos.platform.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.PasswordPolicy;
import org.custos.platform.security.control.Passwords;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;

/** User administration (Administrator) and each user's own password and preferences. */
@Stateless
public class UserService {

    public static final String READ = "user:read";
    public static final String MANAGE = "user:manage";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    UserRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @RequiresPermission(READ)
    public List<UserAccount> list() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    @RequiresPermission(READ)
    public List<Role> roles() {
        return em.createNamedQuery("Role.findAll", Role.class).getResultList();
    }

    @RequiresPermission(READ)
    public UserAccount find(long id) {
        UserAccount user = em.find(UserAccount.class, id);
        if (user == null) {
            throw new NotFoundException("User", id);
        }
        return user;
    }

    /** Creates an account whose password must be changed at first login. */
    @RequiresPermission(MANAGE)
    public UserAccount create(String username, String displayName, String email, String initialPassword,
            Set<String> roleCodes) {
        return rules.create(username, displayName, email, initialPassword, roleCodes, true);
    }

    @RequiresPermission(MANAGE)
    public UserAccount update(long id, long seenVersion, String displayName, String email, boolean enabled,
            Set<String> roleCodes) {
        UserAccount user = find(id);
        UserRules.expectVersion(seenVersion, user.getVersion(), "User");
        rules.validateProfile(displayName, email);
        boolean self = user.getUsername().equals(actor.name());
        if (self && (!enabled || !roleCodes.contains(Role.ADMINISTRATOR)) && user.roleCodes().contains(Role.ADMINISTRATOR)) {
            throw new ValidationException("user.cannotDemoteSelf");
        }
        Map<String, Object> before = user.auditState();
        user.updateProfile(displayName, email);
        user.setEnabled(enabled);
        user.replaceRoles(rules.roles(roleCodes));
        rules.flush("User");
        audit.updated("User", user.getId(), before, user);
        return user;
    }

    @RequiresPermission(MANAGE)
    public UserAccount resetPassword(long id, long seenVersion, String temporaryPassword) {
        UserAccount user = find(id);
        UserRules.expectVersion(seenVersion, user.getVersion(), "User");
        if (user.isDirectory()) {
            throw new ValidationException("user.directoryPassword");
        }
        PasswordPolicy.violation(user.getUsername(), temporaryPassword).ifPresent(key -> {
            throw new ValidationException(key, PasswordPolicy.MIN_LENGTH);
        });
        Map<String, Object> before = user.auditState();
        user.changePassword(Passwords.hash(temporaryPassword), true);
        rules.flush("User");
        audit.updated("User", user.getId(), before, user);
        return user;
    }

    @RequiresPermission
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = rules.findByUsername(actor.name());
        if (user == null || !Passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new ValidationException("password.currentWrong");
        }
        PasswordPolicy.violation(user.getUsername(), newPassword).ifPresent(key -> {
            throw new ValidationException(key, PasswordPolicy.MIN_LENGTH);
        });
        if (Passwords.matches(newPassword, user.getPasswordHash())) {
            throw new ValidationException("password.sameAsOld");
        }
        Map<String, Object> before = user.auditState();
        user.changePassword(Passwords.hash(newPassword), false);
        rules.flush("User");
        audit.updated("User", user.getId(), before, user);
    }

    @RequiresPermission
    public void setPreferredLocale(String languageTag) {
        if (!"en".equals(languageTag) && !"de".equals(languageTag)) {
            throw new ValidationException("user.locale.invalid");
        }
        UserAccount user = rules.findByUsername(actor.name());
        if (user != null && !languageTag.equals(user.getPreferredLocale())) {
            Map<String, Object> before = user.auditState();
            user.setPreferredLocale(languageTag);
            audit.updated("User", user.getId(), before, user);
        }
    }

    /** The caller's account, roles and permissions. */
    @RequiresPermission
    public Authorization me() {
        UserAccount user = rules.findByUsername(actor.name());
        if (user == null) {
            throw new NotFoundException("User", actor.name());
        }
        return new Authorization(user.getUsername(), user.getDisplayName(), user.roleCodes(), user.permissions(),
                user.isMustChangePassword());
    }
}
