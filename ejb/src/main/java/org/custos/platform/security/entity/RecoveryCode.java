package org.custos.platform.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A one-time code that stands in for the TOTP code when the phone is lost; only its hash is kept. */
@Entity
@Table(name = "recovery_code")
@NamedQuery(name = "RecoveryCode.ofUser", query = "SELECT c FROM RecoveryCode c WHERE c.user.id = :user")
@NamedQuery(name = "RecoveryCode.deleteOfUser", query = "DELETE FROM RecoveryCode c WHERE c.user.id = :user")
public class RecoveryCode implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "code_hash", nullable = false, length = 100)
    private String codeHash;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected RecoveryCode() {
    }

    public RecoveryCode(UserAccount user, String codeHash) {
        this.user = user;
        this.codeHash = codeHash;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public void use(Instant when) {
        this.usedAt = when;
    }

    public String getCodeHash() {
        return codeHash;
    }
}
