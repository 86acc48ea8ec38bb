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
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.standards.control.CatalogDraft;
import org.custos.standards.control.CatalogStore;
import org.custos.standards.control.NodeDraft;
import org.custos.standards.control.MappingSetDraft;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.standards.control.TemplateMappingParser;
import org.custos.standards.entity.MappingSet;
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

    static final String LAW_NOTE = "Short titles of the measures; the binding text is the law as published "
            + "(Directive (EU) 2022/2555, Official Journal; BSIG as amended by the NIS2UmsuCG, in force since 6 Dec 2025).";
    static final String BUNDLED_MAPPING = "Bundled with Custos: relations set where they are clear, conservatively as "
            + "intersect (partial coverage) unless the texts are identical.";

    @PostConstruct
    void ensure() {
        ensureIso27001();
        Standard nis2 = ensureLaw(new TemplateCatalogParser.Meta("NIS2-ART21", "NIS2 Directive, Article 21(2)", "2022/2555",
                "European Union", "Directive (EU) 2022/2555, Article 21(2)", LAW_NOTE), "nis2-art21.csv");
        Standard bsig = ensureLaw(new TemplateCatalogParser.Meta("BSIG-30", "BSIG § 30(2) minimum measures", "2025",
                "Federal Republic of Germany", "BSI-Gesetz § 30 Abs. 2 (NIS2UmsuCG)", LAW_NOTE), "bsig-30.csv");
        Standard iso = store.find("ISO27001", "2022").orElseThrow();
        ensureMappings("NIS2 Art. 21(2) → ISO/IEC 27001:2022", "nis2-art21-to-iso27001-2022.csv", nis2, iso);
        ensureMappings("BSIG § 30(2) → ISO/IEC 27001:2022", "bsig-30-to-iso27001-2022.csv", bsig, iso);
        ensureMappings("BSIG § 30(2) → NIS2 Art. 21(2)", "bsig-30-to-nis2-art21.csv", bsig, nis2);
    }

    private Standard ensureLaw(TemplateCatalogParser.Meta meta, String resource) {
        return store.find(meta.code(), meta.edition()).orElseGet(() -> {
            CatalogDraft draft = new TemplateCatalogParser().parse(resource(resource), resource, meta);
            return store.store(draft, Origin.BUNDLED, 1, "bundled");
        });
    }

    private void ensureMappings(String name, String resource, Standard source, Standard target) {
        if (!em.createNamedQuery("MappingSet.findByName", MappingSet.class).setParameter("name", name)
                .getResultList().isEmpty()) {
            return;
        }
        MappingSetDraft draft = new TemplateMappingParser().parse(resource(resource), resource, name,
                source.getCode(), source.getEdition(), target.getCode(), target.getEdition());
        MappingSetDraft bundled = new MappingSetDraft(name, draft.sourceCode(), draft.sourceVersion(), null,
                draft.targetCode(), draft.targetVersion(), null, BUNDLED_MAPPING, draft.mappings(), List.of());
        CatalogStore.StoredMappings stored = store.storeMappings(bundled, source, target, Origin.BUNDLED, "bundled");
        if (!stored.unresolved().isEmpty()) {
            throw new IllegalStateException("Bundled mapping " + resource + " does not resolve: " + stored.unresolved());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BundledCatalogs.class.getResourceAsStream("/org/custos/standards/bundled/" + name);
        if (in == null) {
            throw new IllegalStateException("Bundled resource missing: " + name);
        }
        return in;
    }

    private void ensureIso27001() {
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
            return new TemplateCatalogParser().parse(in, "iso27001-2022.csv", new TemplateCatalogParser.Meta("ISO27001",
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
