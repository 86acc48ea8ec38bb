package org.custos.risk.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.boundary.RiskService.Acceptance;
import org.custos.risk.boundary.RiskService.RiskView;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.RiskReport;
import org.custos.risk.control.RiskReportPdf;
import org.custos.risk.control.RiskReportRow;
import org.custos.risk.control.RiskReportSheet;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.RiskAssessment;
import org.custos.risk.entity.RiskCriteria;
import org.custos.risk.entity.Threat;

/**
 * The risk register (ISO 27001 6.1.2, 8.2) and the risk treatment plan (6.1.3 e, 8.3) as PDF and XLSX, in
 * English or German: the open risks the caller may see, with the criteria in force. Reading only; like the
 * SoA exports, an export is not recorded in the audit trail.
 */
@Stateless
@jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.SUPPORTS)
public class RiskReportService {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    RiskService risks;

    @RequiresPermission(RiskService.READ)
    public byte[] registerPdf(Locale locale) {
        return new RiskReportPdf().register(report(), locale);
    }

    @RequiresPermission(RiskService.READ)
    public byte[] registerXlsx(Locale locale) {
        return new RiskReportSheet().register(report(), locale);
    }

    @RequiresPermission(RiskService.READ)
    public byte[] treatmentPlanPdf(Locale locale) {
        return new RiskReportPdf().treatmentPlan(report(), locale);
    }

    @RequiresPermission(RiskService.READ)
    public byte[] treatmentPlanXlsx(Locale locale) {
        return new RiskReportSheet().treatmentPlan(report(), locale);
    }

    // ---------------------------------------------------------------- internals

    /** The open risks visible to the caller (the register's own scope rules) with the criteria in force. */
    private RiskReport report() {
        List<RiskView> views = risks.risks(RiskService.Filter.OPEN);
        CriteriaContent content = risks.criteriaInForce().orElse(null);
        RiskCriteria approved = content == null ? null : em.createNamedQuery("RiskCriteria.withStatus", RiskCriteria.class)
                .setParameter("statuses", List.of(RiskCriteria.Status.APPROVED)).getResultStream().findFirst().orElse(null);
        Set<Long> assetIds = new TreeSet<>();
        Set<Long> measureIds = new TreeSet<>();
        for (RiskView v : views) {
            assetIds.addAll(v.risk().getAssetIds());
            measureIds.addAll(v.risk().getTreatmentMeasureIds());
        }
        Map<Long, String> assetCodes = new HashMap<>();
        if (!assetIds.isEmpty()) {
            em.createQuery("SELECT a FROM Asset a WHERE a.id IN :ids", Asset.class).setParameter("ids", assetIds)
                    .getResultList().forEach(a -> assetCodes.put(a.getId(), a.getCode()));
        }
        Map<Long, RiskReportRow.PlannedMeasure> measures = new HashMap<>();
        if (!measureIds.isEmpty()) {
            em.createQuery("SELECT m FROM Measure m WHERE m.id IN :ids", Measure.class).setParameter("ids", measureIds)
                    .getResultList().forEach(m -> measures.put(m.getId(),
                            new RiskReportRow.PlannedMeasure(m.getCode(), m.getTitle(), m.getStatus())));
        }
        ZoneId zone = ZoneId.systemDefault();
        return new RiskReport(rows(views, assetCodes, measures), approved == null ? null : approved.getNumber(),
                approved == null ? null : approved.getApprovedAt(), content, LocalDate.now(zone), Instant.now(), zone);
    }

    /** The views as rows: names for people and threats, codes for assets, the plan's measures (known ones). */
    static List<RiskReportRow> rows(List<RiskView> views, Map<Long, String> assetCodes,
            Map<Long, RiskReportRow.PlannedMeasure> measures) {
        return views.stream().map(v -> row(v, assetCodes, measures)).toList();
    }

    static RiskReportRow row(RiskView v, Map<Long, String> assetCodes, Map<Long, RiskReportRow.PlannedMeasure> measures) {
        Risk r = v.risk();
        Threat t = r.getThreat();
        RiskAssessment a = v.latest();
        int criteria = a == null || a.getCriteria() == null ? 0 : a.getCriteria().getNumber();
        boolean accepted = v.acceptance() == Acceptance.ACCEPTED;
        return new RiskReportRow(r.getCode(), r.getTitle(),
                t == null ? null : new RiskReportRow.ThreatRef(t.getCode(), t.getNameEn(), t.getNameDe()),
                r.getThreatText(), r.getVulnerability(),
                r.getAssetIds().stream().map(id -> assetCodes.getOrDefault(id, "#" + id)).sorted().toList(),
                name(r.getOwner()),
                a == null ? null : new RiskReportRow.Score(a.getInherentLikelihood(), a.getInherentImpact(),
                        a.getInherentLevel(), criteria),
                a == null ? null : new RiskReportRow.Score(a.getResidualLikelihood(), a.getResidualImpact(),
                        a.getResidualLevel(), criteria),
                r.getTreatment(), r.getTreatmentPlan(), name(r.getTreatmentOwner()), r.getTreatmentDue(),
                r.getTreatmentMeasureIds().stream().map(measures::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(RiskReportRow.PlannedMeasure::code)).toList(),
                v.planComplete(), v.acceptance(), accepted ? r.getAcceptedBy() : null, accepted ? r.getAcceptedAt() : null,
                r.getNextReassessment(), v.reassessmentDue());
    }

    private static String name(Person p) {
        return p == null ? null : p.getName();
    }
}
