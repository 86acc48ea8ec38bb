package org.custos.readiness.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.documents.entity.DocumentType;
import org.custos.measures.entity.Measure;
import org.custos.standards.control.Relationship;

/**
 * Loads what the readiness engine needs in a handful of plain queries (no entities, no per-row
 * lookups), so a whole organisation is computed in one go.
 */
@Dependent
public class ReadinessFacts {

    public static final String ISO_CODE = "ISO27001";
    public static final String ISO_EDITION = "2022";

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    /** The engine over every requirement, mapping, measure, document in force and the approved SoA, as of the day. */
    public ReadinessEngine engine(LocalDate day) {
        List<ReadinessEngine.Req> reqs = new ArrayList<>();
        for (Object[] r : rows("SELECT r.id, r.standard_id, s.code, r.ref_id, r.assessable FROM requirement r "
                + "JOIN standard s ON s.id = r.standard_id")) {
            reqs.add(new ReadinessEngine.Req(id(r[0]), id(r[1]), (String) r[2], (String) r[3], bool(r[4])));
        }
        List<ReadinessEngine.Link> links = new ArrayList<>();
        for (Object[] m : rows("SELECT source_id, target_id, relationship FROM requirement_mapping")) {
            links.add(new ReadinessEngine.Link(id(m[0]), id(m[1]), Relationship.valueOf((String) m[2])));
        }
        Map<Long, int[]> evidence = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> counted = em.createNativeQuery("SELECT measure_id, SUM(CASE WHEN valid_from <= ?1 AND (valid_until IS NULL "
                + "OR valid_until >= ?1) THEN 1 ELSE 0 END), COUNT(*) FROM evidence GROUP BY measure_id")
                .setParameter(1, java.sql.Date.valueOf(day)).getResultList();
        for (Object[] e : counted) {
            int valid = ((Number) e[1]).intValue();
            evidence.put(id(e[0]), new int[] {valid, ((Number) e[2]).intValue() - valid});
        }
        List<ReadinessEngine.MeasureLink> measures = new ArrayList<>();
        for (Object[] m : rows("SELECT mr.requirement_id, m.id, m.code, m.title, m.status FROM measure_requirement mr "
                + "JOIN measure m ON m.id = mr.measure_id")) {
            int[] counts = evidence.getOrDefault(id(m[1]), new int[2]);
            measures.add(new ReadinessEngine.MeasureLink(id(m[0]), id(m[1]), (String) m[2], (String) m[3],
                    Measure.Status.valueOf((String) m[4]), counts[0], counts[1]));
        }
        List<ReadinessEngine.DocumentLink> documents = new ArrayList<>();
        for (Object[] d : rows("SELECT dvr.requirement_id, d.id, d.code, d.title, d.doc_type, d.review_overdue, d.review_needed "
                + "FROM document_version_requirement dvr JOIN document_version v ON v.id = dvr.version_id "
                + "JOIN document d ON d.id = v.document_id WHERE v.status = 'PUBLISHED' AND d.status = 'PUBLISHED'")) {
            documents.add(new ReadinessEngine.DocumentLink(id(d[0]), id(d[1]), (String) d[2], (String) d[3],
                    DocumentType.valueOf((String) d[4]), bool(d[5]), bool(d[6])));
        }
        List<ReadinessEngine.Exclusion> exclusions = new ArrayList<>();
        for (Object[] e : rows("SELECT e.requirement_id, v.id, e.justification FROM soa_entry e "
                + "JOIN soa_version v ON v.id = e.soa_version_id WHERE v.status = 'APPROVED' AND e.applicable = FALSE")) {
            exclusions.add(new ReadinessEngine.Exclusion(id(e[0]), id(e[1]), (String) e[2]));
        }
        return new ReadinessEngine(reqs, measures, documents, exclusions, links, iso27001());
    }

    /**
     * Counts and sums of ids and versions of every row readiness depends on: any insert, delete or
     * versioned update changes it, so it tells whether a computed readiness is still current.
     */
    public String fingerprint() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT "
                + "(SELECT COUNT(*) FROM standard), "
                + "(SELECT COUNT(*) FROM requirement), (SELECT COALESCE(SUM(version), 0) FROM requirement), "
                + "(SELECT COUNT(*) FROM requirement_mapping), (SELECT COALESCE(SUM(id + version), 0) FROM requirement_mapping), "
                + "(SELECT COUNT(*) FROM measure), (SELECT COALESCE(SUM(id + version), 0) FROM measure), "
                + "(SELECT COUNT(*) FROM measure_requirement), "
                + "(SELECT COALESCE(SUM(measure_id + 3 * requirement_id), 0) FROM measure_requirement), "
                + "(SELECT COUNT(*) FROM evidence), (SELECT COALESCE(SUM(id + version), 0) FROM evidence), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM document), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM document_version), "
                + "(SELECT COUNT(*) FROM document_version_requirement), "
                + "(SELECT COALESCE(SUM(version_id + 3 * requirement_id), 0) FROM document_version_requirement), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM soa_version), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM soa_entry), "
                + "(SELECT COUNT(*) FROM obligation_standard), "
                + "(SELECT COALESCE(SUM(obligation_id + 3 * standard_id), 0) FROM obligation_standard), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM obligation), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM appointment), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM isms_role), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM risk_criteria), "
                // the risk rules (8.2, 8.3) read assets, their dependencies, risks and assessments
                + "(SELECT COUNT(*) FROM asset), (SELECT COALESCE(SUM(id + version), 0) FROM asset), "
                + "(SELECT COUNT(*) FROM asset_dependency), "
                + "(SELECT COALESCE(SUM(asset_id + 3 * depends_on_id), 0) FROM asset_dependency), "
                + "(SELECT COUNT(*) FROM risk), (SELECT COALESCE(SUM(id + version), 0) FROM risk), "
                + "(SELECT COUNT(*) FROM risk_asset), (SELECT COALESCE(SUM(risk_id + 3 * asset_id), 0) FROM risk_asset), "
                + "(SELECT COUNT(*) FROM risk_assessment), (SELECT COALESCE(SUM(id + version), 0) FROM risk_assessment), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM incident), (SELECT COUNT(*) FROM incident_report), "
                + "(SELECT COUNT(*) FROM nonconformity), (SELECT COALESCE(SUM(id + version), 0) FROM nonconformity), "
                + "(SELECT COUNT(*) FROM audit), (SELECT COALESCE(SUM(id + version), 0) FROM audit), "
                // the audit programme's coverage (9.2) reads checklists, audited units and the unit tree
                + "(SELECT COUNT(*) FROM audit_item), (SELECT COALESCE(SUM(id + 3 * requirement_id), 0) FROM audit_item), "
                + "(SELECT COUNT(*) FROM audit_unit), (SELECT COALESCE(SUM(audit_id + 3 * unit_id), 0) FROM audit_unit), "
                + "(SELECT COUNT(*) FROM org_unit), (SELECT COALESCE(SUM(id + version), 0) FROM org_unit), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM objective), (SELECT COALESCE(SUM(id + version), 0) FROM kpi), "
                + "(SELECT COUNT(*) FROM kpi_measurement), (SELECT COALESCE(MAX(id), 0) FROM kpi_measurement), "
                + "(SELECT COALESCE(SUM(id + version), 0) FROM management_review), (SELECT COUNT(*) FROM review_input)")
                .getSingleResult();
        StringBuilder key = new StringBuilder();
        for (Object o : row) {
            key.append(o).append('/');
        }
        return key.toString();
    }

    /** Standards the organisation works with: named by an obligation, addressed by a measure or a document in force, or in an SoA. */
    public Set<Long> standardsInUse() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : em.createNativeQuery("SELECT standard_id FROM obligation_standard "
                + "UNION SELECT r.standard_id FROM measure_requirement mr JOIN requirement r ON r.id = mr.requirement_id "
                + "UNION SELECT r.standard_id FROM document_version_requirement dvr JOIN requirement r ON r.id = dvr.requirement_id "
                + "JOIN document_version v ON v.id = dvr.version_id WHERE v.status = 'PUBLISHED' "
                + "UNION SELECT standard_id FROM soa_version").getResultList()) {
            ids.add(id(id));
        }
        return ids;
    }

    /** The bundled ISO/IEC 27001:2022, the hub of mappings and the catalog of the SoA; null if absent. */
    public Long iso27001() {
        return em.createQuery("SELECT s.id FROM Standard s WHERE s.code = :code AND s.edition = :edition", Long.class)
                .setParameter("code", ISO_CODE).setParameter("edition", ISO_EDITION).getResultStream().findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }

    static long id(Object o) {
        return ((Number) o).longValue();
    }

    /** MariaDB may hand BOOLEAN columns back as numbers. */
    static boolean bool(Object o) {
        if (o instanceof Boolean b) {
            return b;
        }
        return o instanceof Number n && n.intValue() != 0;
    }
}
