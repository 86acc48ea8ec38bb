package org.custos.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.Map;
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

    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String name) {
        this.name = name;
    }

    @Override
    public Map<String, Object> auditState() {
        return Map.of("name", name);
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
