package org.custos.readiness.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The readiness of one standard on one day: the points of the trend chart. */
@Entity
@Table(name = "readiness_snapshot")
@NamedQuery(name = "ReadinessSnapshot.since", query = "SELECT s FROM ReadinessSnapshot s WHERE s.takenOn >= :since "
        + "ORDER BY s.takenOn, s.standardId")
@NamedQuery(name = "ReadinessSnapshot.on", query = "SELECT s FROM ReadinessSnapshot s WHERE s.takenOn = :day")
public class ReadinessSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "standard_id", nullable = false)
    private long standardId;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(precision = 5, scale = 1)
    private BigDecimal score;

    @Column(nullable = false)
    private int fulfilled;

    @Column(nullable = false)
    private int partly;

    @Column(name = "not_fulfilled", nullable = false)
    private int notFulfilled;

    @Column(name = "not_applicable", nullable = false)
    private int notApplicable;

    protected ReadinessSnapshot() {
    }

    public ReadinessSnapshot(long standardId, LocalDate takenOn) {
        this.standardId = standardId;
        this.takenOn = takenOn;
    }

    public void counts(Double score, int fulfilled, int partly, int notFulfilled, int notApplicable) {
        this.score = score == null ? null : BigDecimal.valueOf(score);
        this.fulfilled = fulfilled;
        this.partly = partly;
        this.notFulfilled = notFulfilled;
        this.notApplicable = notApplicable;
    }

    public Long getId() {
        return id;
    }

    public long getStandardId() {
        return standardId;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public BigDecimal getScore() {
        return score;
    }

    public int getFulfilled() {
        return fulfilled;
    }

    public int getPartly() {
        return partly;
    }

    public int getNotFulfilled() {
        return notFulfilled;
    }

    public int getNotApplicable() {
        return notApplicable;
    }
}
