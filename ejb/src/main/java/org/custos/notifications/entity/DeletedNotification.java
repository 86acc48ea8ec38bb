package org.custos.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The dedup key of a deleted notification, kept while its thing is still due so that the daily run does not
 * tell it again; nothing else of the notification is kept. Written once and removed, never changed: no version.
 */
@Entity
@Table(name = "notification_deleted")
@NamedQuery(name = "DeletedNotification.keysOf", query = "SELECT d.dedupKey FROM DeletedNotification d WHERE d.username = :user")
@NamedQuery(name = "DeletedNotification.find", query = "SELECT d FROM DeletedNotification d WHERE d.username = :user "
        + "AND d.dedupKey = :key")
@NamedQuery(name = "DeletedNotification.all", query = "SELECT d FROM DeletedNotification d")
public class DeletedNotification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80)
    private String username;

    @Column(name = "dedup_key", nullable = false, length = 200)
    private String dedupKey;

    @Column(name = "deleted_at", nullable = false)
    private Instant deletedAt;

    protected DeletedNotification() {
    }

    public DeletedNotification(String username, String dedupKey, Instant deletedAt) {
        this.username = username;
        this.dedupKey = dedupKey;
        this.deletedAt = deletedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }
}
