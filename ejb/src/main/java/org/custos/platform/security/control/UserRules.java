package org.custos.platform.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.entity.Role;
import org.custos.platform.security.entity.UserAccount;

/** Creating accounts under the same rules wherever it happens: admin page, setup, demo data. */
@Dependent
public class UserRules {

    private static final Pattern USERNAME = Pattern.compile(UserAccount.USERNAME_PATTERN);
    private static final Pattern EMAIL = org.custos.platform.error.Checks.EMAIL;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public UserAccount create(String username, String displayName, String email, String password,
            Collection<String> roleCodes, boolean temporaryPassword) {
        String name = UserAccount.normalise(username);
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw new ValidationException("user.username.invalid");
        }
        validateProfile(displayName, email);
        PasswordPolicy.violation(name, password).ifPresent(key -> {
            throw new ValidationException(key, PasswordPolicy.MIN_LENGTH);
        });
        if (findByUsername(name) != null) {
            throw new ConflictException("user.username.taken", name);
        }
        UserAccount user = new UserAccount(name, displayName, email, Passwords.hash(password), Instant.now());
        user.changePassword(user.getPasswordHash(), temporaryPassword);
        user.replaceRoles(roles(roleCodes));
        em.persist(user);
        em.flush();
        audit.created("User", user.getId(), user);
        return user;
    }

    public void validateProfile(String displayName, String email) {
        if (displayName == null || displayName.isBlank() || displayName.length() > 200) {
            throw new ValidationException("user.displayName.invalid");
        }
        if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            throw new ValidationException("user.email.invalid");
        }
    }

    public List<Role> roles(Collection<String> codes) {
        List<Role> result = new ArrayList<>();
        for (String code : codes == null ? Set.<String>of() : codes) {
            Role role = em.createNamedQuery("Role.findByCode", Role.class).setParameter("code", code)
                    .getResultStream().findFirst()
                    .orElseThrow(() -> new ValidationException("user.role.unknown", code));
            result.add(role);
        }
        return result;
    }

    public UserAccount findByUsername(String username) {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst().orElse(null);
    }

    public long countUsers() {
        return em.createNamedQuery("UserAccount.count", Long.class).getSingleResult();
    }

    /** Compares the version the client saw with the current one, then flushes to catch races. */
    public static void expectVersion(long seen, long current, String entity) {
        org.custos.platform.persistence.Edits.expectVersion(seen, current, entity);
    }

    public void flush(String entity) {
        org.custos.platform.persistence.Edits.flush(em, entity);
    }
}
