package org.custos.risk.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/** What an impact is judged by: confidentiality, integrity, availability, or a sector concern such as patient safety. */
@Entity
@Table(name = "risk_impact_category")
@NamedQuery(name = "ImpactCategory.ofCriteria", query = "SELECT c FROM ImpactCategory c WHERE c.criteria.id = :criteria "
        + "ORDER BY c.sortOrder")
public class ImpactCategory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "criteria_id")
    private RiskCriteria criteria;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "name_de", nullable = false, length = 100)
    private String nameDe;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ImpactCategory() {
    }

    public ImpactCategory(RiskCriteria criteria, String code, String nameEn, String nameDe, int sortOrder) {
        this.criteria = criteria;
        this.code = code;
        this.nameEn = nameEn;
        this.nameDe = nameDe;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameDe() {
        return nameDe;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
