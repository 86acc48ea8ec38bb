package org.custos.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One assessment of a risk, kept for good: inherent and residual likelihood and impact with the levels
 * the named criteria version gave them, and the threshold that applied. Its acceptance by the risk owner
 * is recorded here too, and stays recorded when a later change reopens the risk.
 */
@Entity
@Table(name = "risk_assessment")
@NamedQuery(name = "RiskAssessment.ofRisk", query = "SELECT a FROM RiskAssessment a WHERE a.riskId = :risk ORDER BY a.number DESC")
@NamedQuery(name = "RiskAssessment.latest", query = "SELECT a FROM RiskAssessment a WHERE a.number = "
        + "(SELECT MAX(b.number) FROM RiskAssessment b WHERE b.riskId = a.riskId)")
public class RiskAssessment implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The risk by id, not as a reference: the register reads thousands of assessments beside their risks. */
    @Column(name = "risk_id", nullable = false)
    private Long riskId;

    @Column(nullable = false)
    private int number;

    @ManyToOne(optional = false)
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "criteria_id")
    private RiskCriteria criteria;

    @Column(name = "inherent_likelihood", nullable = false)
    private int inherentLikelihood;

    @Column(name = "inherent_impact", nullable = false)
    private int inherentImpact;

    @Enumerated(EnumType.STRING)
    @Column(name = "inherent_level", nullable = false, length = 12)
    private RiskLevel inherentLevel;

    @Column(name = "residual_likelihood", nullable = false)
    private int residualLikelihood;

    @Column(name = "residual_impact", nullable = false)
    private int residualImpact;

    @Enumerated(EnumType.STRING)
    @Column(name = "residual_level", nullable = false, length = 12)
    private RiskLevel residualLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_threshold", nullable = false, length = 12)
    private RiskLevel threshold;

    @Column(name = "impact_category", length = 40)
    private String impactCategory;

    @Column(length = 4000)
    private String rationale;

    @Column(name = "assessed_at", nullable = false)
    private Instant assessedAt;

    @Column(name = "assessed_by", nullable = false, length = 80)
    private String assessedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by", length = 80)
    private String acceptedBy;

    @Column(name = "acceptance_note", length = 1000)
    private String acceptanceNote;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Version
    private long version;

    protected RiskAssessment() {
    }

    public RiskAssessment(Risk risk, int number, RiskCriteria criteria, int inherentLikelihood, int inherentImpact,
            RiskLevel inherentLevel, int residualLikelihood, int residualImpact, RiskLevel residualLevel,
            String impactCategory, String rationale, String assessedBy, Instant assessedAt) {
        this.riskId = risk.getId();
        this.number = number;
        this.criteria = criteria;
        this.inherentLikelihood = inherentLikelihood;
        this.inherentImpact = inherentImpact;
        this.inherentLevel = inherentLevel;
        this.residualLikelihood = residualLikelihood;
        this.residualImpact = residualImpact;
        this.residualLevel = residualLevel;
        this.threshold = criteria.getAcceptanceThreshold();
        this.impactCategory = impactCategory;
        this.rationale = rationale;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
    }

    /** Whether the residual risk lies above the threshold, so that its owner must accept it explicitly. */
    public boolean needsAcceptance() {
        return residualLevel.compareTo(threshold) > 0;
    }

    public void accepted(String username, Instant at, String note) {
        this.acceptedBy = username;
        this.acceptedAt = at;
        this.acceptanceNote = note;
        this.reopenedAt = null;
    }

    public void reopened(Instant at) {
        this.reopenedAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("risk", riskId);
        s.put("number", number);
        s.put("criteria", criteria.getNumber());
        s.put("inherent", inherentLikelihood + "×" + inherentImpact + " " + inherentLevel);
        s.put("residual", residualLikelihood + "×" + residualImpact + " " + residualLevel);
        s.put("threshold", threshold.name());
        s.put("impactCategory", impactCategory);
        s.put("rationale", rationale);
        s.put("acceptedBy", acceptedBy);
        s.put("acceptedAt", acceptedAt == null ? null : acceptedAt.toString());
        s.put("acceptanceNote", acceptanceNote);
        s.put("reopenedAt", reopenedAt == null ? null : reopenedAt.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getRiskId() {
        return riskId;
    }

    public int getNumber() {
        return number;
    }

    public RiskCriteria getCriteria() {
        return criteria;
    }

    public int getInherentLikelihood() {
        return inherentLikelihood;
    }

    public int getInherentImpact() {
        return inherentImpact;
    }

    public RiskLevel getInherentLevel() {
        return inherentLevel;
    }

    public int getResidualLikelihood() {
        return residualLikelihood;
    }

    public int getResidualImpact() {
        return residualImpact;
    }

    public RiskLevel getResidualLevel() {
        return residualLevel;
    }

    public RiskLevel getThreshold() {
        return threshold;
    }

    public String getImpactCategory() {
        return impactCategory;
    }

    public String getRationale() {
        return rationale;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }

    public String getAssessedBy() {
        return assessedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public String getAcceptanceNote() {
        return acceptanceNote;
    }

    public Instant getReopenedAt() {
        return reopenedAt;
    }

    public long getVersion() {
        return version;
    }
}
