package org.custos.risk.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.organisation.entity.Person;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.custos.platform.audit.control.Auditable;

/**
 * An entry of the risk register: what could happen to which assets (threat, vulnerability), whose risk
 * it is, the measures in place and planned, and how it is treated. Assessments are separate records;
 * the owner's acceptance of the residual risk names the assessment it accepted. Collections and
 * references are fetched in batches: the register reads thousands of risks at once.
 */
@Entity
@Table(name = "risk")
@NamedQuery(name = "Risk.all", query = "SELECT r FROM Risk r ORDER BY r.code")
@NamedQuery(name = "Risk.byCode", query = "SELECT r FROM Risk r WHERE LOWER(r.code) = :code")
public class Risk implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    private String description;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "threat_id")
    private Threat threat;

    /** A threat in the risk's own words, when none of the catalog fits. */
    @Column(name = "threat_text", length = 300)
    private String threatText;

    @Column(length = 2000)
    private String vulnerability;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Treatment treatment;

    @Column(name = "treatment_plan", length = 4000)
    private String treatmentPlan;

    @ManyToOne
    @BatchFetch(BatchFetchType.IN)
    @JoinColumn(name = "treatment_owner_id")
    private Person treatmentOwner;

    @Column(name = "treatment_due")
    private LocalDate treatmentDue;

    @Column(name = "next_reassessment")
    private LocalDate nextReassessment;

    /** Why the risk must be looked at again before its date (a changed asset, an incident). */
    @Column(name = "reassessment_reason", length = 300)
    private String reassessmentReason;

    @Column(name = "flagged_at")
    private Instant flaggedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_reason", length = 1000)
    private String closedReason;

    @Column(name = "accepted_assessment_id")
    private Long acceptedAssessmentId;

    @Column(name = "accepted_by", length = 80)
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "acceptance_note", length = 1000)
    private String acceptanceNote;

    /** SHA-256 of what was accepted (the risk and its assessment), so a frozen acceptance can be checked. */
    @Column(name = "acceptance_hash", length = 64)
    private String acceptanceHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 80)
    private String changedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "risk_asset", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "asset_id")
    private Set<Long> assetIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "risk_existing_measure", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "measure_id")
    private Set<Long> existingMeasureIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchFetch(BatchFetchType.IN)
    @CollectionTable(name = "risk_treatment_measure", joinColumns = @JoinColumn(name = "risk_id"))
    @Column(name = "measure_id")
    private Set<Long> treatmentMeasureIds = new TreeSet<>();

    @Version
    private long version;

    protected Risk() {
    }

    public Risk(String code, String title, String createdBy, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(String code, String title, String description, Threat threat, String threatText,
            String vulnerability, Person owner, Collection<Long> assetIds, Collection<Long> existingMeasureIds) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.threat = threat;
        this.threatText = threatText;
        this.vulnerability = vulnerability;
        this.owner = owner;
        replace(this.assetIds, assetIds);
        replace(this.existingMeasureIds, existingMeasureIds);
    }

    public void treat(Treatment treatment, String plan, Person treatmentOwner, LocalDate due, Collection<Long> measureIds,
            LocalDate nextReassessment) {
        this.treatment = treatment;
        this.treatmentPlan = plan;
        this.treatmentOwner = treatmentOwner;
        this.treatmentDue = due;
        replace(this.treatmentMeasureIds, measureIds);
        this.nextReassessment = nextReassessment;
    }

    private static void replace(Set<Long> target, Collection<Long> values) {
        Set<Long> next = values == null ? Set.of() : new TreeSet<>(values);
        if (!target.equals(next)) {
            target.clear();
            target.addAll(next);
        }
    }

    public void changed(String username, Instant at) {
        this.changedBy = username;
        this.changedAt = at;
    }

    public void flag(String reason, Instant at) {
        this.reassessmentReason = reason;
        this.flaggedAt = at;
    }

    public void assessed(LocalDate nextReassessment) {
        this.reassessmentReason = null;
        this.flaggedAt = null;
        if (nextReassessment != null) {
            this.nextReassessment = nextReassessment;
        }
    }

    public void accepted(long assessmentId, String username, Instant at, String note, String hash) {
        this.acceptedAssessmentId = assessmentId;
        this.acceptedBy = username;
        this.acceptedAt = at;
        this.acceptanceNote = note;
        this.acceptanceHash = hash;
    }

    public void reopen() {
        this.acceptedAssessmentId = null;
        this.acceptedBy = null;
        this.acceptedAt = null;
        this.acceptanceNote = null;
        this.acceptanceHash = null;
    }

    public void close(String reason, Instant at) {
        this.closedReason = reason;
        this.closedAt = at;
    }

    public void reactivate() {
        this.closedReason = null;
        this.closedAt = null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The owner's user account name, if the owner has one. */
    public String ownerUsername() {
        return owner == null || owner.getUser() == null ? null : owner.getUser().getUsername();
    }

    /** What the risk says, without bookkeeping: the part an acceptance freezes. */
    public Map<String, Object> content() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("threat", threat == null ? null : threat.getCode());
        s.put("threatText", threatText);
        s.put("vulnerability", vulnerability);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("assets", join(assetIds));
        s.put("existingMeasures", join(existingMeasureIds));
        s.put("treatment", treatment == null ? null : treatment.name());
        s.put("treatmentPlan", treatmentPlan);
        s.put("treatmentOwner", treatmentOwner == null ? null : treatmentOwner.getName());
        s.put("treatmentDue", treatmentDue == null ? null : treatmentDue.toString());
        s.put("treatmentMeasures", join(treatmentMeasureIds));
        s.put("nextReassessment", nextReassessment == null ? null : nextReassessment.toString());
        return s;
    }

    /** Sorted: a reloaded collection need not keep the order it was stored in, and the seal must not change. */
    private static String join(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = content();
        s.put("reassessmentReason", reassessmentReason);
        s.put("closedReason", closedReason);
        s.put("closedAt", closedAt == null ? null : closedAt.toString());
        s.put("acceptedAssessment", acceptedAssessmentId);
        s.put("acceptedBy", acceptedBy);
        s.put("acceptedAt", acceptedAt == null ? null : acceptedAt.toString());
        s.put("acceptanceNote", acceptanceNote);
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Threat getThreat() {
        return threat;
    }

    public String getThreatText() {
        return threatText;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public Person getOwner() {
        return owner;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public String getTreatmentPlan() {
        return treatmentPlan;
    }

    public Person getTreatmentOwner() {
        return treatmentOwner;
    }

    public LocalDate getTreatmentDue() {
        return treatmentDue;
    }

    public LocalDate getNextReassessment() {
        return nextReassessment;
    }

    public String getReassessmentReason() {
        return reassessmentReason;
    }

    public Instant getFlaggedAt() {
        return flaggedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Long getAcceptedAssessmentId() {
        return acceptedAssessmentId;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptanceNote() {
        return acceptanceNote;
    }

    public String getAcceptanceHash() {
        return acceptanceHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Set<Long> getAssetIds() {
        return Collections.unmodifiableSet(assetIds);
    }

    public Set<Long> getExistingMeasureIds() {
        return Collections.unmodifiableSet(existingMeasureIds);
    }

    public Set<Long> getTreatmentMeasureIds() {
        return Collections.unmodifiableSet(treatmentMeasureIds);
    }

    public long getVersion() {
        return version;
    }
}
