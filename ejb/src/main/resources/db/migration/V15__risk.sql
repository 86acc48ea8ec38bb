-- Risk criteria (ISO 27001 6.1.2): versions approved by top management with four eyes. Each version
-- holds its scales, impact categories, matrix and acceptance threshold; an approved one never changes.
CREATE TABLE risk_criteria (
    id BIGINT NOT NULL AUTO_INCREMENT,
    number INT NOT NULL,
    status VARCHAR(12) NOT NULL,
    acceptance_threshold VARCHAR(12),
    change_note VARCHAR(1000),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    submitted_at DATETIME(6),
    submitted_by VARCHAR(80),
    approved_at DATETIME(6),
    approved_by VARCHAR(80),
    retired_at DATETIME(6),
    content_hash VARCHAR(64),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_criteria_number UNIQUE (number)
);

CREATE TABLE risk_criteria_editor (
    criteria_id BIGINT NOT NULL,
    username VARCHAR(80) NOT NULL,
    PRIMARY KEY (criteria_id, username),
    CONSTRAINT fk_risk_criteria_editor_criteria FOREIGN KEY (criteria_id) REFERENCES risk_criteria (id)
);

-- One level of the likelihood or the impact scale (values 1..n, n at most 6).
CREATE TABLE risk_criteria_level (
    id BIGINT NOT NULL AUTO_INCREMENT,
    criteria_id BIGINT NOT NULL,
    scale VARCHAR(12) NOT NULL,
    level_value INT NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    name_de VARCHAR(100) NOT NULL,
    description_en VARCHAR(1000),
    description_de VARCHAR(1000),
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_criteria_level UNIQUE (criteria_id, scale, level_value),
    CONSTRAINT fk_risk_criteria_level_criteria FOREIGN KEY (criteria_id) REFERENCES risk_criteria (id)
);

-- Confidentiality, integrity, availability and sector categories such as patient safety.
CREATE TABLE risk_impact_category (
    id BIGINT NOT NULL AUTO_INCREMENT,
    criteria_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    name_de VARCHAR(100) NOT NULL,
    sort_order INT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_impact_category UNIQUE (criteria_id, code),
    CONSTRAINT fk_risk_impact_category_criteria FOREIGN KEY (criteria_id) REFERENCES risk_criteria (id)
);

CREATE TABLE risk_matrix_cell (
    id BIGINT NOT NULL AUTO_INCREMENT,
    criteria_id BIGINT NOT NULL,
    likelihood INT NOT NULL,
    impact INT NOT NULL,
    risk_level VARCHAR(12) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_matrix_cell UNIQUE (criteria_id, likelihood, impact),
    CONSTRAINT fk_risk_matrix_cell_criteria FOREIGN KEY (criteria_id) REFERENCES risk_criteria (id)
);

-- Asset inventory (A.5.9) with own protection needs; effective needs are computed (maximum principle).
CREATE TABLE asset (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(300) NOT NULL,
    asset_type VARCHAR(16) NOT NULL,
    description LONGTEXT,
    owner_id BIGINT,
    location VARCHAR(300),
    org_unit_id BIGINT,
    in_scope BOOLEAN DEFAULT TRUE NOT NULL,
    criticality VARCHAR(60),
    need_confidentiality VARCHAR(12),
    need_integrity VARCHAR(12),
    need_availability VARCHAR(12),
    override_confidentiality BOOLEAN DEFAULT FALSE NOT NULL,
    override_integrity BOOLEAN DEFAULT FALSE NOT NULL,
    override_availability BOOLEAN DEFAULT FALSE NOT NULL,
    override_reason VARCHAR(1000),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_asset_code UNIQUE (code),
    CONSTRAINT fk_asset_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_asset_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_asset_type ON asset (asset_type);

-- asset_id depends on depends_on_id (a service on the systems that run it).
CREATE TABLE asset_dependency (
    asset_id BIGINT NOT NULL,
    depends_on_id BIGINT NOT NULL,
    PRIMARY KEY (asset_id, depends_on_id),
    CONSTRAINT fk_asset_dependency_asset FOREIGN KEY (asset_id) REFERENCES asset (id),
    CONSTRAINT fk_asset_dependency_depends_on FOREIGN KEY (depends_on_id) REFERENCES asset (id)
);
CREATE INDEX ix_asset_dependency_depends_on ON asset_dependency (depends_on_id);
