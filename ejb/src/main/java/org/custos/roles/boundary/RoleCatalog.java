package org.custos.roles.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.roles.entity.IsmsRole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The ISMS roles shipped with Custos (resources {@code isms-roles.yaml}), present after the first
 * start. A start adds the roles missing; roles already present are never overwritten, so an
 * organisation may adapt the default texts.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class RoleCatalog {

    private static final Logger LOG = Logger.getLogger(RoleCatalog.class.getName());
    static final String RESOURCE = "/org/custos/roles/bundled/isms-roles.yaml";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** One bundled role as the YAML file holds it. */
    public record BundledRole(String code, String iso, boolean mandatory, boolean critical, Map<String, String> name,
            Map<String, String> description, Map<String, String> tasks, Map<String, String> powers) {
    }

    @PostConstruct
    void ensure() {
        int order = 0;
        int added = 0;
        for (BundledRole b : read()) {
            order += 10;
            if (!em.createNamedQuery("IsmsRole.findByCode", IsmsRole.class).setParameter("code", b.code())
                    .getResultList().isEmpty()) {
                continue;
            }
            IsmsRole role = new IsmsRole(b.code(), true, order);
            role.describe(b.name().get("en"), b.name().get("de"), b.description().get("en"), b.description().get("de"));
            role.define(b.tasks().get("en"), b.tasks().get("de"), b.powers().get("en"), b.powers().get("de"),
                    b.mandatory(), b.critical(), b.iso());
            em.persist(role);
            em.flush();
            audit.created("IsmsRole", role.getId(), role);
            added++;
        }
        if (added > 0) {
            LOG.info("Custos ISMS roles: " + added + " bundled roles added");
        }
    }

    /** The bundled roles in file order. */
    @SuppressWarnings("unchecked")
    public static List<BundledRole> read() {
        try (InputStream in = RoleCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return ((List<Map<String, Object>>) root.get("roles")).stream().map(m -> new BundledRole(
                    (String) m.get("code"), (String) m.get("iso"), Boolean.TRUE.equals(m.get("mandatory")),
                    Boolean.TRUE.equals(m.get("critical")), (Map<String, String>) m.get("name"),
                    (Map<String, String>) m.get("description"), (Map<String, String>) m.get("tasks"),
                    (Map<String, String>) m.get("powers"))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
