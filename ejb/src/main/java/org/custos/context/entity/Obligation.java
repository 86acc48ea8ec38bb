package org.custos.context.entity;

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
 * Something the organisation must (or wants to) fulfil: a law, a sector standard such as a B3S, a
 * contract, a certification; from which interested party, covered by which standards, owned by whom,
 * and proven when (e.g. to the BSI every 3 years, TISAX label every 3 years, ISO surveillance yearly).
 */
@Entity
@Table(name = "obligation")
@NamedQuery(name = "Obligation.findAll", query = "SELECT o FROM Obligation o ORDER BY o.binding DESC, o.title")
@NamedQuery(name = "Obligation.dueBy", query = "SELECT o FROM Obligation o WHERE o.nextProofDue IS NOT NULL "
        + "AND o.nextProofDue <= :day ORDER BY o.nextProofDue")
public class Obligation implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum SourceType {
        LAW, REGULATION, SECTOR_STANDARD, CONTRACT, CERTIFICATION, MARKET, VOLUNTARY
    }

    /** "must" or "want" (ISO 27001 4.2 c: which requirements the ISMS addresses). */
    public enum Binding {
        MUST, WANT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Lob
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "source_type", nullable = false, length = 20)
    private SourceType sourceType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private Binding binding;

    @ManyToOne
    @JoinColumn(name = "party_id")
    private InterestedParty party;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Person owner;

    @Column(name = "proof_description", length = 500)
    private String proofDescription;

    @Column(name = "proof_cycle_months")
    private Integer proofCycleMonths;

    @Column(name = "last_proof_on")
    private LocalDate lastProofOn;

    @Column(name = "next_proof_due")
    private LocalDate nextProofDue;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "obligation_standard", joinColumns = @JoinColumn(name = "obligation_id"))
    @Column(name = "standard_id")
    private Set<Long> standardIds = new TreeSet<>();

    @Version
    private long version;

    protected Obligation() {
    }

    public Obligation(String title, SourceType sourceType, Binding binding) {
        this.title = title;
        this.sourceType = sourceType;
        this.binding = binding;
    }

    public void describe(String title, String description, SourceType sourceType, Binding binding, InterestedParty party,
            Person owner, Set<Long> standardIds) {
        this.title = title;
        this.description = description;
        this.sourceType = sourceType;
        this.binding = binding;
        this.party = party;
        this.owner = owner;
        this.standardIds = new TreeSet<>(standardIds);
    }

    /** Sets the proof cycle; the next due date follows from the last proof unless given explicitly. */
    public void proofCycle(String description, Integer months, LocalDate lastProof, LocalDate nextDue) {
        this.proofDescription = description;
        this.proofCycleMonths = months;
        this.lastProofOn = lastProof;
        this.nextProofDue = nextDue != null ? nextDue
                : (lastProof != null && months != null ? lastProof.plusMonths(months) : null);
    }

    /** A proof was delivered on that day: the next one is due a cycle later. */
    public void proven(LocalDate on) {
        this.lastProofOn = on;
        this.nextProofDue = proofCycleMonths == null ? null : on.plusMonths(proofCycleMonths);
    }

    public boolean overdue(LocalDate today) {
        return nextProofDue != null && nextProofDue.isBefore(today);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", title);
        s.put("description", description);
        s.put("sourceType", sourceType.name());
        s.put("binding", binding.name());
        s.put("party", party == null ? null : party.getId());
        s.put("owner", owner == null ? null : owner.getId());
        s.put("standards", standardIds.stream().map(String::valueOf).collect(Collectors.joining(",")));
        s.put("proof", proofDescription);
        s.put("proofCycleMonths", proofCycleMonths);
        s.put("lastProofOn", lastProofOn == null ? null : lastProofOn.toString());
        s.put("nextProofDue", nextProofDue == null ? null : nextProofDue.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public SourceType getSourceType() {
        return sourceType;
    }

    public Binding getBinding() {
        return binding;
    }

    public InterestedParty getParty() {
        return party;
    }

    public Person getOwner() {
        return owner;
    }

    public String getProofDescription() {
        return proofDescription;
    }

    public Integer getProofCycleMonths() {
        return proofCycleMonths;
    }

    public LocalDate getLastProofOn() {
        return lastProofOn;
    }

    public LocalDate getNextProofDue() {
        return nextProofDue;
    }

    public Set<Long> getStandardIds() {
        return standardIds;
    }

    public long getVersion() {
        return version;
    }
}
