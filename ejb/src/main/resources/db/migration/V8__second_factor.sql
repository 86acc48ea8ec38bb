-- Optional TOTP second factor per account, with one-time recovery codes (stored as SHA-256 only).
ALTER TABLE app_user ADD COLUMN totp_secret VARCHAR(64);
ALTER TABLE app_user ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE recovery_code (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    code_hash VARCHAR(100) NOT NULL,
    used_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_recovery_code_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_recovery_code_user ON recovery_code (user_id);
