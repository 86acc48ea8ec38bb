-- Accounts that expire (mandatory for certification-body auditors), last access, and auditors' company and scope.
ALTER TABLE app_user ADD COLUMN expires_on DATE;
ALTER TABLE app_user ADD COLUMN last_access_at DATETIME(6);

CREATE TABLE auditor_profile (
    user_id BIGINT NOT NULL,
    company VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_auditor_profile_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- The standards an auditor may read (at least one) and the units (none = the whole organisation).
CREATE TABLE auditor_scope_standard (
    user_id BIGINT NOT NULL,
    standard_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, standard_id),
    CONSTRAINT fk_auditor_scope_standard_user FOREIGN KEY (user_id) REFERENCES auditor_profile (user_id),
    CONSTRAINT fk_auditor_scope_standard_standard FOREIGN KEY (standard_id) REFERENCES standard (id)
);

CREATE TABLE auditor_scope_unit (
    user_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, org_unit_id),
    CONSTRAINT fk_auditor_scope_unit_user FOREIGN KEY (user_id) REFERENCES auditor_profile (user_id),
    CONSTRAINT fk_auditor_scope_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
