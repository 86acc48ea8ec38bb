package org.custos.standards.entity;

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
import org.custos.standards.control.Relationship;

/** One mapping of a source requirement to a target requirement within a {@link MappingSet}. */
@Entity
@Table(name = "requirement_mapping")
@NamedQuery(name = "RequirementMapping.touching",
        query = "SELECT m FROM RequirementMapping m WHERE m.source.id = :requirement OR m.target.id = :requirement")
@NamedQuery(name = "RequirementMapping.ofSet", query = "SELECT m FROM RequirementMapping m JOIN FETCH m.source "
        + "JOIN FETCH m.target WHERE m.mappingSet.id = :set ORDER BY m.id")
public class RequirementMapping implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mapping_set_id")
    private MappingSet mappingSet;

    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id")
    private Requirement source;

    @ManyToOne(optional = false)
    @JoinColumn(name = "target_id")
    private Requirement target;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    private Integer strength;

    @Column(length = 2000)
    private String rationale;

    @Version
    private long version;

    protected RequirementMapping() {
    }

    public RequirementMapping(MappingSet mappingSet, Requirement source, Requirement target, Relationship relationship,
            Integer strength, String rationale) {
        this.mappingSet = mappingSet;
        this.source = source;
        this.target = target;
        this.relationship = relationship;
        this.strength = strength;
        this.rationale = rationale == null || rationale.length() <= 2000 ? rationale : rationale.substring(0, 1999) + "…";
    }

    public Long getId() {
        return id;
    }

    public MappingSet getMappingSet() {
        return mappingSet;
    }

    public Requirement getSource() {
        return source;
    }

    public Requirement getTarget() {
        return target;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public Integer getStrength() {
        return strength;
    }

    public String getRationale() {
        return rationale;
    }

    public long getVersion() {
        return version;
    }
}
