package org.custos.platform.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.control.SecondFactor;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.entity.RecoveryCode;
import org.custos.platform.security.entity.UserAccount;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The optional TOTP second factor of one's own account: enrol with a QR code, confirm with a first
 * code (which hands out ten one-time recovery codes), remove it again unless one's role requires it.
 * Administrators can reset it for someone who lost both phone and codes.
 */
@Stateless
public class SecondFactorService {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    @ConfigProperty(name = "custos.totp.required-roles", defaultValue = "ADMINISTRATOR,EXTERNAL_AUDITOR")
    String requiredRoles;

    public record Status(boolean enabled, boolean enrolling, boolean required, long recoveryCodesLeft) {
    }

    public record Enrolment(String secret, String uri, String qrDataUri) {
    }

    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public Status status() {
        UserAccount me = me();
        long left = em.createNamedQuery("RecoveryCode.ofUser", RecoveryCode.class).setParameter("user", me.getId())
                .getResultStream().filter(c -> !c.isUsed()).count();
        return new Status(me.isTotpEnabled(), !me.isTotpEnabled() && me.getTotpSecret() != null, requiredFor(me), left);
    }

    /** Whether the roles of this account require a second factor (configuration {@code custos.totp.required-roles}). */
    public boolean requiredFor(UserAccount user) {
        Set<String> required = Arrays.stream(requiredRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
        return user.roleCodes().stream().anyMatch(required::contains);
    }

    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public Enrolment startEnrolment() {
        UserAccount me = me();
        if (me.isTotpEnabled()) {
            throw new ValidationException("totp.alreadyEnabled");
        }
        String secret = SecondFactor.newSecret();
        Map<String, Object> before = me.auditState();
        me.startSecondFactor(secret);
        Edits.flush(em, "User");
        audit.updated("User", me.getId(), before, me);
        return new Enrolment(secret, SecondFactor.uri(me.getUsername(), secret), SecondFactor.qrDataUri(me.getUsername(), secret));
    }

    /** Turns the second factor on with a first valid code; returns the recovery codes, shown once. */
    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public List<String> confirm(String code) {
        UserAccount me = me();
        if (me.isTotpEnabled() || me.getTotpSecret() == null) {
            throw new ValidationException("totp.notEnrolling");
        }
        if (!SecondFactor.verify(me.getTotpSecret(), code)) {
            throw new ValidationException("totp.codeInvalid");
        }
        Map<String, Object> before = me.auditState();
        me.enableSecondFactor();
        em.createNamedQuery("RecoveryCode.deleteOfUser").setParameter("user", me.getId()).executeUpdate();
        List<String> codes = SecondFactor.recoveryCodes();
        codes.forEach(c -> em.persist(new RecoveryCode(me, SecretTokens.sha256(SecondFactor.normaliseRecoveryCode(c)))));
        Edits.flush(em, "User");
        audit.updated("User", me.getId(), before, me);
        return codes;
    }

    /** Removes one's own second factor, proven with a current code; not where the role requires it. */
    @RequiresPermission(RequiresPermission.AUTHENTICATED)
    public void disable(String code) {
        UserAccount me = me();
        if (requiredFor(me)) {
            throw new ValidationException("totp.required");
        }
        if (!me.isTotpEnabled() || !SecondFactor.verify(me.getTotpSecret(), code)) {
            throw new ValidationException("totp.codeInvalid");
        }
        remove(me);
    }

    /** For someone who lost phone and recovery codes: they enrol again at their next login. */
    @RequiresPermission(UserService.MANAGE)
    public void resetFor(long userId, long seenVersion) {
        UserAccount user = em.find(UserAccount.class, userId);
        if (user == null) {
            throw new NotFoundException("User", userId);
        }
        Edits.expectVersion(seenVersion, user.getVersion(), "User");
        remove(user);
    }

    private void remove(UserAccount user) {
        Map<String, Object> before = user.auditState();
        user.removeSecondFactor();
        em.createNamedQuery("RecoveryCode.deleteOfUser").setParameter("user", user.getId()).executeUpdate();
        Edits.flush(em, "User");
        audit.updated("User", user.getId(), before, user);
    }

    private UserAccount me() {
        return em.createNamedQuery("UserAccount.findByUsername", UserAccount.class).setParameter("username", actor.name())
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("User", actor.name()));
    }
}
