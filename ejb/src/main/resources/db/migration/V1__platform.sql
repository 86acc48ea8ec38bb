-- Platform tables: accounts, roles and permissions, login throttling, API tokens, audit trail.
-- Vendor-neutral SQL for H2 2.x and MariaDB 10.11: lower-case identifiers, timestamps in UTC.

CREATE TABLE app_role (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_role_code UNIQUE (code)
);

CREATE TABLE role_permission (
    role_id BIGINT NOT NULL,
    permission VARCHAR(120) NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_role_permission_role FOREIGN KEY (role_id) REFERENCES app_role (id)
);

CREATE TABLE app_user (
    id BIGINT NOT NULL AUTO_INCREMENT,
    username VARCHAR(80) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email VARCHAR(254),
    password_hash VARCHAR(400),
    enabled BOOLEAN DEFAULT TRUE NOT NULL,
    must_change_password BOOLEAN DEFAULT FALSE NOT NULL,
    preferred_locale VARCHAR(10),
    created_at DATETIME(6) NOT NULL,
    last_login_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE app_user_role (
    user_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_app_user_role_role FOREIGN KEY (role_id) REFERENCES app_role (id)
);

-- Failed-login counters per entered user name, also for names without an account, so that the
-- lockout does not reveal which accounts exist.
CREATE TABLE login_throttle (
    username VARCHAR(80) NOT NULL,
    failures INT NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6),
    locked_until DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (username)
);

CREATE TABLE api_token (
    id BIGINT NOT NULL AUTO_INCREMENT,
    user_id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(12) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6),
    last_used_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Append-only, hash-chained audit trail. seq is gap-free: it comes from audit_head, which each
-- writer locks, so the chain never forks under concurrent transactions.
CREATE TABLE audit_record (
    seq BIGINT NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    actor VARCHAR(80) NOT NULL,
    entity_type VARCHAR(80) NOT NULL,
    entity_id VARCHAR(80),
    action VARCHAR(40) NOT NULL,
    changes LONGTEXT,
    prev_hash VARCHAR(64) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_record_entity ON audit_record (entity_type, entity_id);
CREATE INDEX ix_audit_record_actor ON audit_record (actor);
CREATE INDEX ix_audit_record_time ON audit_record (occurred_at);

CREATE TABLE audit_head (
    id BIGINT NOT NULL,
    last_seq BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
INSERT INTO audit_head (id, last_seq, last_hash, version)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', 0);
