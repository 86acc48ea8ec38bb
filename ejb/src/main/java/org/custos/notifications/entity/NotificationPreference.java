package org.custos.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.custos.platform.audit.control.Auditable;

/** How one user wants to hear about notifications by e-mail; without a row: e-mail on, daily digest. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference implements Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    /** IMMEDIATE: one mail per notification; DAILY: one digest a day; NONE: inbox only. */
    public enum Digest {
        IMMEDIATE, DAILY, NONE
    }

    @Id
    @Column(length = 80)
    private String username;

    @Column(name = "email_enabled", nullable = false)
    private boolean emailEnabled = true;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Digest digest = Digest.DAILY;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username) {
        this.username = username;
    }

    public void choose(boolean emailEnabled, Digest digest) {
        this.emailEnabled = emailEnabled;
        this.digest = digest;
    }

    public void digestSent(Instant at) {
        this.lastDigestAt = at;
    }

    /** Whether this user gets mail of the given way at all. */
    public boolean wants(Digest way) {
        return emailEnabled && digest == way;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("emailEnabled", emailEnabled);
        s.put("digest", digest.name());
        return s;
    }

    public String getUsername() {
        return username;
    }

    public boolean isEmailEnabled() {
        return emailEnabled;
    }

    public Digest getDigest() {
        return digest;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public long getVersion() {
        return version;
    }
}
