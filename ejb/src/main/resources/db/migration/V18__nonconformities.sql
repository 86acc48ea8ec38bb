-- Nonconformities and corrective actions (ISO 27001 10.2): what did not conform and where it came from (a
-- finding, an incident, a missed KPI or entered directly), its correction and root cause, the corrective
-- actions with owner and due date, the documents and measures they changed, and an effectiveness check by
-- someone other than the action's owner before the nonconformity can be closed.
CREATE TABLE nonconformity (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description LONGTEXT,
    source VARCHAR(12) NOT NULL,
    incident_id BIGINT,
    grade VARCHAR(8) NOT NULL,
    owner_id BIGINT,
    detected_on DATE NOT NULL,
    correction VARCHAR(4000),
    root_cause VARCHAR(4000),
    status VARCHAR(12) NOT NULL,
    closed_at DATETIME(6),
    closed_by VARCHAR(80),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_nonconformity_code UNIQUE (code),
    CONSTRAINT fk_nonconformity_incident FOREIGN KEY (incident_id) REFERENCES incident (id),
    CONSTRAINT fk_nonconformity_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

-- The requirements the nonconformity is against.
CREATE TABLE nonconformity_requirement (
    nonconformity_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    PRIMARY KEY (nonconformity_id, requirement_id),
    CONSTRAINT fk_nc_requirement_nc FOREIGN KEY (nonconformity_id) REFERENCES nonconformity (id),
    CONSTRAINT fk_nc_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

CREATE TABLE corrective_action (
    id BIGINT NOT NULL AUTO_INCREMENT,
    nonconformity_id BIGINT NOT NULL,
    description VARCHAR(2000) NOT NULL,
    owner_id BIGINT NOT NULL,
    due_on DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    done_at DATETIME(6),
    done_by VARCHAR(80),
    done_note VARCHAR(2000),
    checked_on DATE,
    checked_by VARCHAR(80),
    check_note VARCHAR(2000),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_corrective_action_nc FOREIGN KEY (nonconformity_id) REFERENCES nonconformity (id),
    CONSTRAINT fk_corrective_action_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

-- What the action changed: when implementation differs from what is regulated, the regulation changes too.
CREATE TABLE corrective_action_document (
    action_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (action_id, document_id),
    CONSTRAINT fk_ca_document_action FOREIGN KEY (action_id) REFERENCES corrective_action (id),
    CONSTRAINT fk_ca_document_document FOREIGN KEY (document_id) REFERENCES document (id)
);

CREATE TABLE corrective_action_measure (
    action_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (action_id, measure_id),
    CONSTRAINT fk_ca_measure_action FOREIGN KEY (action_id) REFERENCES corrective_action (id),
    CONSTRAINT fk_ca_measure_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);

CREATE INDEX ix_corrective_action_nc ON corrective_action (nonconformity_id);
CREATE INDEX ix_nonconformity_status ON nonconformity (status, grade);
