package org.custos.context.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/**
 * What an interested party told the organisation about its information security (ISO 27001 9.3.2 e): a
 * complaint, a new requirement, a suggestion, praise or a question, how it arrived, and how it was answered.
 * The management review reads the feedback of its period from here.
 */
@Entity
@Table(name = "feedback")
@NamedQuery(name = "Feedback.all", query = "SELECT f FROM Feedback f JOIN FETCH f.party ORDER BY f.receivedOn DESC, f.id DESC")
@NamedQuery(name = "Feedback.openByParty", query = "SELECT f.party.id, COUNT(f) FROM Feedback f "
        + "WHERE f.status = :status GROUP BY f.party.id")
public class Feedback implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public enum Channel {
        MEETING, EMAIL, LETTER, PHONE, AUDIT, SURVEY, COMPLAINT_FORM, OTHER
    }

    public enum Kind {
        COMPLAINT, REQUIREMENT, SUGGESTION, PRAISE, QUESTION
    }

    /** Open until answered; closed when nothing more is to be done (praise may be closed without an answer). */
    public enum Status {
        OPEN, ANSWERED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    private InterestedParty party;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, length = 500)
    private String summary;

    @Lob
    private String details;

    @Lob
    private String response;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.OPEN;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 80)
    private String answeredBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by", length = 80)
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected Feedback() {
    }

    public Feedback(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void describe(InterestedParty party, LocalDate receivedOn, Channel channel, Kind kind, String summary,
            String details) {
        this.party = party;
        this.receivedOn = receivedOn;
        this.channel = channel;
        this.kind = kind;
        this.summary = summary;
        this.details = details;
    }

    /** The answer given to the party; answering again replaces the text and who gave it. */
    public void answer(String response, String username, Instant at) {
        this.response = response;
        this.answeredBy = username;
        this.answeredAt = at;
        this.status = Status.ANSWERED;
    }

    public void close(String username, Instant at) {
        this.closedBy = username;
        this.closedAt = at;
        this.status = Status.CLOSED;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public boolean isClosed() {
        return status == Status.CLOSED;
    }

    /** Only feedback nobody has answered yet may disappear: an answered one is part of the record. */
    public boolean isDeletable() {
        return status == Status.OPEN;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("party", party == null ? null : party.getName());
        s.put("receivedOn", receivedOn == null ? null : receivedOn.toString());
        s.put("channel", channel == null ? null : channel.name());
        s.put("kind", kind == null ? null : kind.name());
        s.put("summary", summary);
        s.put("details", details);
        s.put("response", response);
        s.put("status", status.name());
        s.put("answeredBy", answeredBy);
        s.put("answeredAt", answeredAt == null ? null : answeredAt.toString());
        s.put("closedBy", closedBy);
        s.put("closedAt", closedAt == null ? null : closedAt.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public InterestedParty getParty() {
        return party;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Channel getChannel() {
        return channel;
    }

    public Kind getKind() {
        return kind;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetails() {
        return details;
    }

    public String getResponse() {
        return response;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}
