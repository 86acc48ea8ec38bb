package org.custos.context.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** Someone with a stake in the organisation's information security and what they require (ISO 27001 4.2). */
@Entity
@Table(name = "interested_party")
@NamedQuery(name = "InterestedParty.findAll", query = "SELECT p FROM InterestedParty p ORDER BY p.category, p.name")
public class InterestedParty implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Category {
        OWNER, CUSTOMER, PATIENT, AUTHORITY, INSURER, STAFF, SUPPLIER, PARTNER, PUBLIC, OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Category category;

    @Lob
    private String requirements;

    @Column(length = 300)
    private String contact;

    @Version
    private long version;

    protected InterestedParty() {
    }

    public InterestedParty(String name, Category category) {
        this.name = name;
        this.category = category;
    }

    public void describe(String name, Category category, String requirements, String contact) {
        this.name = name;
        this.category = category;
        this.requirements = requirements;
        this.contact = contact;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("category", category.name());
        s.put("requirements", requirements);
        s.put("contact", contact);
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public String getRequirements() {
        return requirements;
    }

    public String getContact() {
        return contact;
    }

    public long getVersion() {
        return version;
    }
}
