-- Information security incidents (ISO 27001 A.5.24–A.5.28, BSIG §32, GDPR Art. 33). Reporting duties and
-- their deadlines are computed from the organisation's category; what was reported, when and by whom is kept.
CREATE TABLE incident (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description LONGTEXT,
    category VARCHAR(20) NOT NULL,
    severity VARCHAR(12) NOT NULL,
    occurred_at DATETIME(6),
    detected_at DATETIME(6) NOT NULL,
    significant BOOLEAN DEFAULT FALSE NOT NULL,
    personal_data BOOLEAN DEFAULT FALSE NOT NULL,
    status VARCHAR(12) NOT NULL,
    lessons_learned VARCHAR(4000),
    closed_at DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_incident_code UNIQUE (code)
);

CREATE TABLE incident_asset (
    incident_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    PRIMARY KEY (incident_id, asset_id),
    CONSTRAINT fk_incident_asset_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_incident_asset_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
);

-- The handling as a timeline.
CREATE TABLE incident_step (
    id BIGINT NOT NULL AUTO_INCREMENT,
    incident_id BIGINT NOT NULL,
    happened_at DATETIME(6) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    recorded_by VARCHAR(80) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_incident_step_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);

-- A report made to an authority: which duty, when, by whom, the authority's reference.
CREATE TABLE incident_report (
    id BIGINT NOT NULL AUTO_INCREMENT,
    incident_id BIGINT NOT NULL,
    duty VARCHAR(24) NOT NULL,
    reported_at DATETIME(6) NOT NULL,
    reported_by VARCHAR(80) NOT NULL,
    reference VARCHAR(200),
    PRIMARY KEY (id),
    CONSTRAINT uq_incident_report UNIQUE (incident_id, duty),
    CONSTRAINT fk_incident_report_incident FOREIGN KEY (incident_id) REFERENCES incident (id)
);
