package org.custos.reviews.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/**
 * One required input of a management review: the facts Custos compiled, one per line as a message key with
 * its arguments ({@code key|arg|arg}) so that they read in either language, and the meeting's comment.
 */
@Entity
@Table(name = "review_input")
@NamedQuery(name = "ReviewInput.of", query = "SELECT i FROM ReviewInput i WHERE i.reviewId = :review ORDER BY i.id")
public class ReviewInput implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** The inputs ISO 27001 9.3.2 requires, in its order. */
    public enum Key {
        PREVIOUS_ACTIONS, CONTEXT_CHANGES, NONCONFORMITIES, MONITORING, AUDITS, OBJECTIVES, FEEDBACK, RISKS, IMPROVEMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "review_id", nullable = false)
    private Long reviewId;

    @Enumerated(EnumType.STRING)
    @Column(name = "input_key", nullable = false, length = 24)
    private Key inputKey;

    @Lob
    private String facts;

    @Column(name = "review_comment", length = 4000)
    private String comment;

    protected ReviewInput() {
    }

    public ReviewInput(long reviewId, Key inputKey) {
        this.reviewId = reviewId;
        this.inputKey = inputKey;
    }

    public void facts(List<String> lines) {
        this.facts = String.join("\n", lines);
    }

    public void comment(String comment) {
        this.comment = comment;
    }

    /** Each fact as its message key followed by its arguments. */
    public List<List<String>> factList() {
        if (facts == null || facts.isBlank()) {
            return List.of();
        }
        return Arrays.stream(facts.split("\n")).map(l -> List.of(l.split("\\|", -1))).toList();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("review", reviewId);
        s.put("input", inputKey.name());
        s.put("facts", facts);
        s.put("comment", comment);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Long getReviewId() {
        return reviewId;
    }

    public Key getInputKey() {
        return inputKey;
    }

    public String getFacts() {
        return facts;
    }

    public String getComment() {
        return comment;
    }
}
