-- Statement of Applicability: versions approved with four eyes, one entry per Annex A control.
CREATE TABLE soa_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    standard_id BIGINT NOT NULL,
    number INT NOT NULL,
    status VARCHAR(12) NOT NULL,
    change_note VARCHAR(1000),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    submitted_at DATETIME(6),
    submitted_by VARCHAR(80),
    approved_at DATETIME(6),
    approved_by VARCHAR(80),
    retired_at DATETIME(6),
    content_hash VARCHAR(64),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_soa_version UNIQUE (standard_id, number),
    CONSTRAINT fk_soa_version_standard FOREIGN KEY (standard_id) REFERENCES standard (id)
);

CREATE TABLE soa_version_editor (
    version_id BIGINT NOT NULL,
    username VARCHAR(80) NOT NULL,
    PRIMARY KEY (version_id, username),
    CONSTRAINT fk_soa_editor_version FOREIGN KEY (version_id) REFERENCES soa_version (id)
);

-- applicable NULL = not decided yet; the status at approval is frozen with the approved version.
CREATE TABLE soa_entry (
    id BIGINT NOT NULL AUTO_INCREMENT,
    soa_version_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    sort_order INT NOT NULL,
    applicable BOOLEAN,
    justification VARCHAR(2000),
    approved_status VARCHAR(16),
    approved_basis VARCHAR(2000),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_soa_entry UNIQUE (soa_version_id, requirement_id),
    CONSTRAINT fk_soa_entry_version FOREIGN KEY (soa_version_id) REFERENCES soa_version (id),
    CONSTRAINT fk_soa_entry_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

-- One row per standard and day: the trend on the readiness dashboard.
CREATE TABLE readiness_snapshot (
    id BIGINT NOT NULL AUTO_INCREMENT,
    standard_id BIGINT NOT NULL,
    taken_on DATE NOT NULL,
    score DECIMAL(5,1),
    fulfilled INT NOT NULL,
    partly INT NOT NULL,
    not_fulfilled INT NOT NULL,
    not_applicable INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_readiness_snapshot UNIQUE (standard_id, taken_on),
    CONSTRAINT fk_readiness_snapshot_standard FOREIGN KEY (standard_id) REFERENCES standard (id)
);

-- Editors maintain the SoA; approving it stays with the ISMS manager (readiness:*).
UPDATE role_permission SET permission = 'readiness:read,edit'
 WHERE permission = 'readiness:read' AND role_id = (SELECT id FROM app_role WHERE code = 'EDITOR');
