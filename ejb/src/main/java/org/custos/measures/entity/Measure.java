package org.custos.measures.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.Auditable;

/**
 * The organisation's own control: what it does (e.g. "two-stage firewall with yearly rule review"),
 * who owns it, how far it is implemented, and which requirements of any standard it addresses, so
 * that one measure counts everywhere it applies.
 */
@Entity
@Table(name = "measure")
@NamedQuery(name = "Measure.findAll", query = "SELECT m FROM Measure m ORDER BY m.code")
@NamedQuery(name = "Measure.byCode", query = "SELECT m FROM Measure m WHERE LOWER(m.code) = :code")
public class Measure implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Status {
        PLANNED, IN_PROGRESS, IMPLEMENTED, NOT_APPLICABLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    private String description;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.PLANNED;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_requirement", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "requirement_id")
    private Set<Long> requirementIds = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "measure_document", joinColumns = @JoinColumn(name = "measure_id"))
    @Column(name = "document_id")
    private Set<Long> documentIds = new TreeSet<>();

    @Version
    private long version;

    protected Measure() {
    }

    public Measure(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public void describe(String code, String title, String description, Person owner, Status status, LocalDate dueOn,
            Set<Long> requirementIds, Set<Long> documentIds) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.owner = owner;
        this.status = status;
        this.dueOn = dueOn;
        this.requirementIds = new TreeSet<>(requirementIds);
        this.documentIds = new TreeSet<>(documentIds);
    }

    /** Planned or in progress and past its due date. */
    public boolean overdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && (status == Status.PLANNED || status == Status.IN_PROGRESS);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("title", title);
        s.put("description", description);
        s.put("owner", owner == null ? null : owner.getName());
        s.put("status", status.name());
        s.put("dueOn", dueOn == null ? null : dueOn.toString());
        s.put("requirements", requirementIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("documents", documentIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Person getOwner() {
        return owner;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Set<Long> getRequirementIds() {
        return requirementIds;
    }

    public Set<Long> getDocumentIds() {
        return documentIds;
    }

    public long getVersion() {
        return version;
    }
}
