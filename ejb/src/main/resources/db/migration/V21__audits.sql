-- Audits (ISO 27001 9.2) and certification audits: internal audits with scope, lead and team and a checklist
-- from the chosen requirements; external audits by the certification body (stage 1, stage 2, surveillance,
-- recertification), TISAX assessments and BSIG proof audits, whose auditors record their findings here.
CREATE TABLE audit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    kind VARCHAR(24) NOT NULL,
    programme_year INT NOT NULL,
    standard_id BIGINT,
    body VARCHAR(200),
    lead_id BIGINT,
    planned_from DATE,
    planned_to DATE,
    performed_on DATE,
    status VARCHAR(12) NOT NULL,
    conclusion VARCHAR(4000),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_code UNIQUE (code),
    CONSTRAINT fk_audit_standard FOREIGN KEY (standard_id) REFERENCES standard (id),
    CONSTRAINT fk_audit_lead FOREIGN KEY (lead_id) REFERENCES person (id)
);

CREATE TABLE audit_team (
    audit_id BIGINT NOT NULL,
    person_id BIGINT NOT NULL,
    PRIMARY KEY (audit_id, person_id),
    CONSTRAINT fk_audit_team_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_team_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE audit_unit (
    audit_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (audit_id, unit_id),
    CONSTRAINT fk_audit_unit_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- The checklist: one item per requirement in scope, with its result.
CREATE TABLE audit_item (
    id BIGINT NOT NULL AUTO_INCREMENT,
    audit_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    result VARCHAR(16) NOT NULL,
    note VARCHAR(2000),
    checked_by VARCHAR(80),
    checked_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_audit_item UNIQUE (audit_id, requirement_id),
    CONSTRAINT fk_audit_item_audit FOREIGN KEY (audit_id) REFERENCES audit (id),
    CONSTRAINT fk_audit_item_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

CREATE TABLE finding (
    id BIGINT NOT NULL AUTO_INCREMENT,
    audit_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    statement VARCHAR(4000) NOT NULL,
    recorded_by VARCHAR(80) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_finding_code UNIQUE (audit_id, code),
    CONSTRAINT fk_finding_audit FOREIGN KEY (audit_id) REFERENCES audit (id)
);

CREATE TABLE finding_requirement (
    finding_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    PRIMARY KEY (finding_id, requirement_id),
    CONSTRAINT fk_finding_requirement_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_finding_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

CREATE TABLE finding_evidence (
    finding_id BIGINT NOT NULL,
    evidence_id BIGINT NOT NULL,
    PRIMARY KEY (finding_id, evidence_id),
    CONSTRAINT fk_finding_evidence_finding FOREIGN KEY (finding_id) REFERENCES finding (id),
    CONSTRAINT fk_finding_evidence_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);

-- A finding that is a nonconformity opens one.
ALTER TABLE nonconformity ADD finding_id BIGINT;
ALTER TABLE nonconformity ADD CONSTRAINT fk_nonconformity_finding FOREIGN KEY (finding_id) REFERENCES finding (id);

CREATE INDEX ix_audit_item_audit ON audit_item (audit_id);
CREATE INDEX ix_finding_audit ON finding (audit_id);
