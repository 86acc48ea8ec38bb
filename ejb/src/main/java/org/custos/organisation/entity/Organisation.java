package org.custos.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/** The organisation that runs this ISMS (one per installation). */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.findAll", query = "SELECT o FROM Organisation o ORDER BY o.id")
public class Organisation implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** Sector codes, comma-separated (see {@link Sector}). */
    @Column(length = 200)
    private String sectors;

    @Enumerated(EnumType.STRING)
    @Column(name = "regulatory_category", nullable = false, length = 30)
    private RegulatoryCategory regulatoryCategory = RegulatoryCategory.NONE;

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name) {
        this.name = name;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("sectors", sectors);
        state.put("regulatoryCategory", regulatoryCategory.name());
        return state;
    }

    public void describe(String name, Set<Sector> sectors, RegulatoryCategory category) {
        this.name = name;
        this.sectors = sectors.isEmpty() ? null : sectors.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.regulatoryCategory = category;
    }

    public Set<Sector> getSectors() {
        if (sectors == null || sectors.isBlank()) {
            return EnumSet.noneOf(Sector.class);
        }
        return Arrays.stream(sectors.split(",")).map(Sector::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class)));
    }

    public RegulatoryCategory getRegulatoryCategory() {
        return regulatoryCategory;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
