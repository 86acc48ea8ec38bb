package org.custos.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/**
 * Something falling due, told to one user: what kind, which item (its label and the page it is on), when it
 * is due; read and e-mailed once each. The text is rendered in the reader's language from kind and label.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.inbox", query = "SELECT n FROM Notification n WHERE n.username = :user "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unread", query = "SELECT n FROM Notification n WHERE n.username = :user "
        + "AND n.readAt IS NULL ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notification.unreadCount", query = "SELECT COUNT(n) FROM Notification n WHERE n.username = :user "
        + "AND n.readAt IS NULL")
@NamedQuery(name = "Notification.keysOf", query = "SELECT n.dedupKey FROM Notification n WHERE n.username = :user")
@NamedQuery(name = "Notification.unmailed", query = "SELECT n FROM Notification n WHERE n.emailedAt IS NULL "
        + "AND n.readAt IS NULL AND n.createdAt >= :since ORDER BY n.username, n.dueAt, n.id")
@NamedQuery(name = "Notification.readOf", query = "SELECT n FROM Notification n WHERE n.username = :user "
        + "AND n.readAt IS NOT NULL")
@NamedQuery(name = "Notification.createdBefore", query = "SELECT n FROM Notification n WHERE n.createdAt < :before")
@NamedQuery(name = "Notification.markAllRead", query = "UPDATE Notification n SET n.readAt = :at WHERE n.username = :user "
        + "AND n.readAt IS NULL")
public class Notification implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** What fell due; each kind has its text and its source. */
    public enum Kind {
        DOCUMENT_REVIEW, CORRECTIVE_ACTION, EVIDENCE_EXPIRY, RISK_REASSESSMENT, OBLIGATION_PROOF, INCIDENT_REPORTING,
        KPI_MEASUREMENT, REVIEW_DECISION, MANAGEMENT_REVIEW
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Kind kind;

    @Column(name = "item_label", nullable = false, length = 400)
    private String itemLabel;

    @Column(nullable = false, length = 300)
    private String link;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    public Notification(String username, Kind kind, String itemLabel, String link, Instant dueAt, String dedupKey,
            Instant createdAt) {
        this.username = username;
        this.kind = kind;
        this.itemLabel = itemLabel.length() > 400 ? itemLabel.substring(0, 399) + "…" : itemLabel;
        this.link = link;
        this.dueAt = dueAt;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public void emailed(Instant at) {
        emailedAt = at;
    }

    public boolean isRead() {
        return readAt != null;
    }

    /** Past its due time at {@code now}. */
    public boolean overdue(Instant now) {
        return dueAt.isBefore(now);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("username", username);
        s.put("kind", kind.name());
        s.put("item", itemLabel);
        s.put("dueAt", dueAt.toString());
        s.put("readAt", readAt == null ? null : readAt.toString());
        return s;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Kind getKind() {
        return kind;
    }

    public String getItemLabel() {
        return itemLabel;
    }

    public String getLink() {
        return link;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }
}
