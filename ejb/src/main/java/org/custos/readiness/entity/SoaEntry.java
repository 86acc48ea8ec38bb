package org.custos.readiness.entity;

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
import jakarta.persistence.Version;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;
import org.custos.standards.entity.Requirement;

/**
 * One Annex A control in one SoA version: applicable or not ({@code null} while undecided), the
 * justification either way, and, once approved, the implementation status and its basis as they were.
 */
@Entity
@Table(name = "soa_entry")
@NamedQuery(name = "SoaEntry.ofVersion", query = "SELECT e FROM SoaEntry e JOIN FETCH e.requirement "
        + "WHERE e.soaVersion.id = :version ORDER BY e.sortOrder")
public class SoaEntry implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "soa_version_id")
    private SoaVersion soaVersion;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requirement_id")
    private Requirement requirement;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    private Boolean applicable;

    @Column(length = 2000)
    private String justification;

    @Column(name = "approved_status", length = 16)
    private String approvedStatus;

    @Column(name = "approved_basis", length = 2000)
    private String approvedBasis;

    @Version
    private long version;

    protected SoaEntry() {
    }

    public SoaEntry(SoaVersion soaVersion, Requirement requirement, int sortOrder, Boolean applicable, String justification) {
        this.soaVersion = soaVersion;
        this.requirement = requirement;
        this.sortOrder = sortOrder;
        this.applicable = applicable;
        this.justification = justification;
    }

    public void decide(Boolean applicable, String justification) {
        this.applicable = applicable;
        this.justification = justification;
    }

    public void frozen(String status, String basis) {
        this.approvedStatus = status;
        this.approvedBasis = basis;
    }

    public boolean decided() {
        return applicable != null;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("control", requirement.getRefId());
        s.put("applicable", applicable);
        s.put("justification", justification);
        return s;
    }

    public Long getId() {
        return id;
    }

    public SoaVersion getSoaVersion() {
        return soaVersion;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Boolean getApplicable() {
        return applicable;
    }

    public String getJustification() {
        return justification;
    }

    public String getApprovedStatus() {
        return approvedStatus;
    }

    public String getApprovedBasis() {
        return approvedBasis;
    }

    public long getVersion() {
        return version;
    }
}
