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

/** One level of a criteria version's likelihood or impact scale; replaced as a whole while a draft is edited. */
@Entity
@Table(name = "risk_criteria_level")
@NamedQuery(name = "CriteriaLevel.ofCriteria", query = "SELECT l FROM CriteriaLevel l WHERE l.criteria.id = :criteria "
        + "ORDER BY l.scale, l.levelValue")
public class CriteriaLevel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "criteria_id")
    private RiskCriteria criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RiskScale scale;

    @Column(name = "level_value", nullable = false)
    private int levelValue;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 100)
    private String nameDe;

    @Column(name = "description_en", length = 1000)
    private String descriptionEn;

    @Column(name = "description_de", length = 1000)
    private String descriptionDe;

    protected CriteriaLevel() {
    }

    public CriteriaLevel(RiskCriteria criteria, RiskScale scale, int value, String nameEn, String nameDe,
            String descriptionEn, String descriptionDe) {
        this.criteria = criteria;
        this.scale = scale;
        this.levelValue = value;
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.descriptionEn = descriptionEn;
        this.descriptionDe = descriptionDe;
    }

    public Long getId() {
        return id;
    }

    public RiskScale getScale() {
        return scale;
    }

    public int getValue() {
        return levelValue;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }
}
