package org.custos.standards.entity;

import jakarta.persistence.Column;
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
import java.util.Locale;

/** A node of a standard's tree: a heading or an assessable requirement/control. */
@Entity
@Table(name = "requirement")
@NamedQuery(name = "Requirement.ofStandard",
        query = "SELECT r FROM Requirement r WHERE r.standard.id = :standard ORDER BY r.depth, r.sortOrder, r.id")
@NamedQuery(name = "Requirement.children",
        query = "SELECT r FROM Requirement r WHERE r.standard.id = :standard AND r.parent.id = :parent ORDER BY r.sortOrder")
@NamedQuery(name = "Requirement.roots",
        query = "SELECT r FROM Requirement r WHERE r.standard.id = :standard AND r.parent IS NULL ORDER BY r.sortOrder")
@NamedQuery(name = "Requirement.countAssessable",
        query = "SELECT COUNT(r) FROM Requirement r WHERE r.standard.id = :standard AND r.assessable = TRUE")
@NamedQuery(name = "Requirement.search",
        query = "SELECT r FROM Requirement r WHERE r.standard.id = :standard AND (LOWER(r.refId) LIKE :q "
                + "OR LOWER(r.titleEn) LIKE :q OR LOWER(r.titleDe) LIKE :q) ORDER BY r.depth, r.sortOrder")
public class Requirement implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "standard_id")
    private Standard standard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Requirement parent;

    @Column(name = "ref_id", nullable = false, length = 100)
    private String refId;

    @Column(name = "title_en", length = 2000)
    private String titleEn;

    @Column(name = "title_de", length = 2000)
    private String titleDe;

    @Lob
    @Column(name = "description_en")
    private String descriptionEn;

    @Lob
    @Column(name = "description_de")
    private String descriptionDe;

    private boolean assessable;

    private int depth;

    @Column(name = "sort_order")
    private int sortOrder;

    @Lob
    private String attributes;

    @Column(name = "implementation_groups", length = 400)
    private String implementationGroups;

    @Version
    private long version;

    protected Requirement() {
    }

    public Requirement(Standard standard, Requirement parent, String refId, boolean assessable, int sortOrder) {
        this.standard = standard;
        this.parent = parent;
        this.refId = refId;
        this.assessable = assessable;
        this.depth = parent == null ? 0 : parent.depth + 1;
        this.sortOrder = sortOrder;
    }

    public void describe(String titleEn, String titleDe, String descriptionEn, String descriptionDe) {
        this.titleEn = cut(titleEn, 2000);
        this.titleDe = cut(titleDe, 2000);
        this.descriptionEn = descriptionEn;
        this.descriptionDe = descriptionDe;
    }

    public void classify(String attributesJson, String implementationGroups) {
        this.attributes = attributesJson;
        this.implementationGroups = cut(implementationGroups, 400);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The title in the wanted language, else in the other one. */
    public String title(Locale locale) {
        boolean german = locale != null && "de".equals(locale.getLanguage());
        String preferred = german ? titleDe : titleEn;
        return preferred != null && !preferred.isBlank() ? preferred : (german ? titleEn : titleDe);
    }

    public String description(Locale locale) {
        boolean german = locale != null && "de".equals(locale.getLanguage());
        String preferred = german ? descriptionDe : descriptionEn;
        return preferred != null && !preferred.isBlank() ? preferred : (german ? descriptionEn : descriptionDe);
    }

    public Long getId() {
        return id;
    }

    public Standard getStandard() {
        return standard;
    }

    public Requirement getParent() {
        return parent;
    }

    public String getRefId() {
        return refId;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public boolean isAssessable() {
        return assessable;
    }

    public int getDepth() {
        return depth;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getAttributes() {
        return attributes;
    }

    public String getImplementationGroups() {
        return implementationGroups;
    }

    public long getVersion() {
        return version;
    }
}
