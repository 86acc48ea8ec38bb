package org.custos.platform.security.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.CurrentActor;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.platform.security.control.SecretTokens;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.ApiToken;
import org.custos.platform.security.entity.UserAccount;

/** Personal API tokens: each user creates, lists and revokes their own. */
@Stateless
public class ApiTokenService {

    public static final int MAX_DAYS = 365;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    UserRules rules;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    /** A new token; the returned secret is shown once and never stored in clear. */
    public record Created(ApiToken token, String secret) {
    }

    @RequiresPermission
    public Created create(String name, int validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new ValidationException("token.name.invalid");
        }
        if (validDays < 1 || validDays > MAX_DAYS) {
            throw new ValidationException("token.days.invalid", MAX_DAYS);
        }
        UserAccount user = rules.findByUsername(actor.name());
        String secret = "cst_" + SecretTokens.random(40);
        Instant now = Instant.now();
        ApiToken token = new ApiToken(user, name.strip(), secret.substring(0, 10), SecretTokens.sha256(secret), now,
                now.plus(Duration.ofDays(validDays)));
        em.persist(token);
        em.flush();
        audit.created("ApiToken", token.getId(), token);
        return new Created(token, secret);
    }

    @RequiresPermission
    public List<ApiToken> mine() {
        return em.createNamedQuery("ApiToken.findByUser", ApiToken.class)
                .setParameter("username", actor.name())
                .getResultList();
    }

    @RequiresPermission
    public void revoke(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null || !token.getUser().getUsername().equals(actor.name())) {
            throw new NotFoundException("ApiToken", id);
        }
        Map<String, Object> before = token.auditState();
        token.revoke(Instant.now());
        audit.updated("ApiToken", token.getId(), before, token);
    }
}
