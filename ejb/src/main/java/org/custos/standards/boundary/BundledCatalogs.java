package org.custos.standards.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.CatalogStore;
import org.custos.standards.control.NodeDraft;
import org.custos.standards.control.TemplateCsvParser;
import org.custos.standards.entity.Origin;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;

/**
 * The catalogs shipped with Custos, present after the first start. Idempotent: a start finds them
 * at their bundle revision and does nothing; a release with a higher revision updates titles and
 * adds new nodes in place, so links from measures and documents stay valid.
 */
@Singleton
@Startup
@DependsOn("DatabaseSetup")
public class BundledCatalogs {

    private static final Logger LOG = Logger.getLogger(BundledCatalogs.class.getName());
    static final int ISO27001_REVISION = 1;
    static final String ISO_LICENCE = "Clause and control numbers and titles of ISO/IEC 27001:2022 (English) and "
            + "DIN EN ISO/IEC 27001:2024 (German), cited for reference. The standard itself is © ISO/IEC and DIN; "
            + "obtain it from ISO, IEC or DIN Media. Custos ships no requirement text of the standard.";

    @Inject
    CatalogStore store;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @PostConstruct
    void ensure() {
        CatalogDraft iso = iso27001();
        Standard existing = store.find(iso.code(), iso.version()).orElse(null);
        if (existing == null) {
            store.store(iso, Origin.BUNDLED, ISO27001_REVISION, "bundled");
            LOG.info(() -> "Bundled catalog ISO/IEC 27001:2022 installed (" + iso.nodes().size() + " nodes)");
        } else if (existing.getOrigin() == Origin.BUNDLED && existing.getBundleRevision() != null
                && existing.getBundleRevision() < ISO27001_REVISION) {
            upgrade(existing, iso, ISO27001_REVISION);
        }
    }

    public static CatalogDraft iso27001() {
        try (InputStream in = BundledCatalogs.class.getResourceAsStream("/org/custos/standards/bundled/iso27001-2022.csv")) {
            return new TemplateCsvParser().parse(in, "iso27001-2022.csv", new TemplateCsvParser.Meta("ISO27001",
                    "ISO/IEC 27001", "2022", "ISO/IEC", "ISO/IEC 27001:2022 with Amd 1:2024", ISO_LICENCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void upgrade(Standard standard, CatalogDraft draft, int revision) {
        Map<String, Requirement> index = store.index(standard);
        for (NodeDraft node : draft.nodes()) {
            Requirement r = index.get(node.refId());
            if (r != null) {
                r.describe(node.titleEn(), node.titleDe(), node.descriptionEn(), node.descriptionDe());
            } else {
                Requirement parent = node.parentRefId() == null ? null : index.get(node.parentRefId());
                Requirement added = new Requirement(standard, parent, node.refId(), node.assessable(), node.order());
                added.describe(node.titleEn(), node.titleDe(), node.descriptionEn(), node.descriptionDe());
                em.persist(added);
                index.put(node.refId(), added);
            }
        }
        Map<String, Object> before = standard.auditState();
        standard.upgradeBundle(standard.getName(), ISO_LICENCE, revision);
        audit.updated("Standard", standard.getId(), before, standard);
        LOG.info(() -> "Bundled catalog " + standard.label() + " upgraded to revision " + revision);
    }
}
