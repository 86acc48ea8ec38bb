package org.custos.tisax.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/** The self-assessed maturity of one control, why, and the measures that implement it. */
@Entity
@Table(name = "tisax_answer")
@NamedQuery(name = "TisaxAnswer.ofAssessment", query = "SELECT a FROM TisaxAnswer a WHERE a.assessment.id = :assessment")
@NamedQuery(name = "TisaxAnswer.byRequirement",
        query = "SELECT a FROM TisaxAnswer a WHERE a.assessment.id = :assessment AND a.requirementId = :requirement")
public class TisaxAnswer implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id")
    private TisaxAssessment assessment;

    @Column(name = "requirement_id", nullable = false)
    private long requirementId;

    private Integer maturity;

    @Lob
    private String justification;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 80)
    private String answeredBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tisax_answer_measure", joinColumns = @JoinColumn(name = "answer_id"))
    @Column(name = "measure_id")
    private Set<Long> measureIds = new TreeSet<>();

    @Version
    private long version;

    protected TisaxAnswer() {
    }

    public TisaxAnswer(TisaxAssessment assessment, long requirementId) {
        this.assessment = assessment;
        this.requirementId = requirementId;
    }

    public void answer(Integer maturity, String justification, Set<Long> measureIds, String by, Instant at) {
        this.maturity = maturity;
        this.justification = justification;
        this.measureIds = new TreeSet<>(measureIds);
        this.answeredBy = by;
        this.answeredAt = at;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("assessment", assessment.getId());
        s.put("requirement", requirementId);
        s.put("maturity", maturity);
        s.put("justification", justification);
        s.put("measures", measureIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getId() {
        return id;
    }

    public TisaxAssessment getAssessment() {
        return assessment;
    }

    public long getRequirementId() {
        return requirementId;
    }

    public Integer getMaturity() {
        return maturity;
    }

    public String getJustification() {
        return justification;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Set<Long> getMeasureIds() {
        return measureIds;
    }

    public long getVersion() {
        return version;
    }
}
