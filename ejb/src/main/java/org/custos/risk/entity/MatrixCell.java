package org.custos.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One cell of a criteria version's risk matrix: (likelihood, impact) → level. */
@Entity
@Table(name = "risk_matrix_cell")
@NamedQuery(name = "MatrixCell.ofCriteria", query = "SELECT c FROM MatrixCell c WHERE c.criteria.id = :criteria "
        + "ORDER BY c.likelihood, c.impact")
public class MatrixCell implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "criteria_id")
    private RiskCriteria criteria;

    @Column(nullable = false)
    private int likelihood;

    @Column(nullable = false)
    private int impact;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 12)
    private RiskLevel level;

    protected MatrixCell() {
    }

    public MatrixCell(RiskCriteria criteria, int likelihood, int impact, RiskLevel level) {
        this.criteria = criteria;
        this.likelihood = likelihood;
        this.impact = impact;
        this.level = level;
    }

    public Long getId() {
        return id;
    }

    public int getLikelihood() {
        return likelihood;
    }

    public int getImpact() {
        return impact;
    }

    public RiskLevel getLevel() {
        return level;
    }
}
