package org.custos.web.risk;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.custos.risk.boundary.RiskService;
import org.custos.risk.entity.Risk;
import org.custos.risk.entity.Treatment;

/** The fields of the risk form (new and edit). */
public class RiskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long seenVersion;
    private String code;
    private String title;
    private String description;
    private Long threatId;
    private String threatText;
    private String vulnerability;
    private Long ownerId;
    private List<Long> assetIds = new ArrayList<>();
    private List<Long> existingMeasureIds = new ArrayList<>();
    private Treatment treatment;
    private String treatmentPlan;
    private Long treatmentOwnerId;
    private LocalDate treatmentDue;
    private List<Long> treatmentMeasureIds = new ArrayList<>();
    private LocalDate nextReassessment;

    void fill(Risk r) {
        id = r == null ? null : r.getId();
        seenVersion = r == null ? 0 : r.getVersion();
        code = r == null ? null : r.getCode();
        title = r == null ? null : r.getTitle();
        description = r == null ? null : r.getDescription();
        threatId = r == null || r.getThreat() == null ? null : r.getThreat().getId();
        threatText = r == null ? null : r.getThreatText();
        vulnerability = r == null ? null : r.getVulnerability();
        ownerId = r == null || r.getOwner() == null ? null : r.getOwner().getId();
        assetIds = r == null ? new ArrayList<>() : new ArrayList<>(r.getAssetIds());
        existingMeasureIds = r == null ? new ArrayList<>() : new ArrayList<>(r.getExistingMeasureIds());
        treatment = r == null ? null : r.getTreatment();
        treatmentPlan = r == null ? null : r.getTreatmentPlan();
        treatmentOwnerId = r == null || r.getTreatmentOwner() == null ? null : r.getTreatmentOwner().getId();
        treatmentDue = r == null ? null : r.getTreatmentDue();
        treatmentMeasureIds = r == null ? new ArrayList<>() : new ArrayList<>(r.getTreatmentMeasureIds());
        nextReassessment = r == null ? null : r.getNextReassessment();
    }

    RiskService.RiskInput input() {
        return new RiskService.RiskInput(code, title, description, threatId, threatText, vulnerability, ownerId,
                set(assetIds), set(existingMeasureIds), treatment, treatmentPlan, treatmentOwnerId, treatmentDue,
                set(treatmentMeasureIds), nextReassessment);
    }

    private static LinkedHashSet<Long> set(List<Long> ids) {
        return new LinkedHashSet<>(ids == null ? List.of() : ids);
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getThreatId() {
        return threatId;
    }

    public void setThreatId(Long threatId) {
        this.threatId = threatId;
    }

    public String getThreatText() {
        return threatText;
    }

    public void setThreatText(String threatText) {
        this.threatText = threatText;
    }

    public String getVulnerability() {
        return vulnerability;
    }

    public void setVulnerability(String vulnerability) {
        this.vulnerability = vulnerability;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public List<Long> getAssetIds() {
        return assetIds;
    }

    public void setAssetIds(List<Long> assetIds) {
        this.assetIds = assetIds;
    }

    public List<Long> getExistingMeasureIds() {
        return existingMeasureIds;
    }

    public void setExistingMeasureIds(List<Long> existingMeasureIds) {
        this.existingMeasureIds = existingMeasureIds;
    }

    public Treatment getTreatment() {
        return treatment;
    }

    public void setTreatment(Treatment treatment) {
        this.treatment = treatment;
    }

    public String getTreatmentPlan() {
        return treatmentPlan;
    }

    public void setTreatmentPlan(String treatmentPlan) {
        this.treatmentPlan = treatmentPlan;
    }

    public Long getTreatmentOwnerId() {
        return treatmentOwnerId;
    }

    public void setTreatmentOwnerId(Long treatmentOwnerId) {
        this.treatmentOwnerId = treatmentOwnerId;
    }

    public LocalDate getTreatmentDue() {
        return treatmentDue;
    }

    public void setTreatmentDue(LocalDate treatmentDue) {
        this.treatmentDue = treatmentDue;
    }

    public List<Long> getTreatmentMeasureIds() {
        return treatmentMeasureIds;
    }

    public void setTreatmentMeasureIds(List<Long> treatmentMeasureIds) {
        this.treatmentMeasureIds = treatmentMeasureIds;
    }

    public LocalDate getNextReassessment() {
        return nextReassessment;
    }

    public void setNextReassessment(LocalDate nextReassessment) {
        this.nextReassessment = nextReassessment;
    }
}
