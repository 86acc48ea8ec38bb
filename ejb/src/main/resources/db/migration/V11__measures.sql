-- Do: the organisation's own controls (measures), the requirements they address in any standard,
-- the documents that regulate them, and the evidence that they work.
CREATE TABLE measure (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description LONGTEXT,
    owner_id BIGINT,
    status VARCHAR(16) NOT NULL,
    due_on DATE,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_measure_code UNIQUE (code),
    CONSTRAINT fk_measure_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

CREATE TABLE measure_requirement (
    measure_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    PRIMARY KEY (measure_id, requirement_id),
    CONSTRAINT fk_measure_requirement_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT fk_measure_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);
CREATE INDEX ix_measure_requirement ON measure_requirement (requirement_id);

CREATE TABLE measure_document (
    measure_id BIGINT NOT NULL,
    document_id BIGINT NOT NULL,
    PRIMARY KEY (measure_id, document_id),
    CONSTRAINT fk_measure_document_measure FOREIGN KEY (measure_id) REFERENCES measure (id),
    CONSTRAINT fk_measure_document_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- A file or a link showing that a measure works, valid for a period; a file's SHA-256 and the result
-- of the virus scan hook are kept with it, its bytes in evidence_file (read only for a download).
CREATE TABLE evidence (
    id BIGINT NOT NULL AUTO_INCREMENT,
    measure_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    kind VARCHAR(8) NOT NULL,
    url VARCHAR(2000),
    file_name VARCHAR(255),
    content_type VARCHAR(100),
    size_bytes BIGINT,
    sha256 VARCHAR(64),
    scan_result VARCHAR(16) NOT NULL,
    valid_from DATE NOT NULL,
    valid_until DATE,
    added_at DATETIME(6) NOT NULL,
    added_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_evidence_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);
CREATE INDEX ix_evidence_measure ON evidence (measure_id);
CREATE INDEX ix_evidence_valid_until ON evidence (valid_until);

CREATE TABLE evidence_file (
    evidence_id BIGINT NOT NULL,
    data LONGBLOB NOT NULL,
    PRIMARY KEY (evidence_id),
    CONSTRAINT fk_evidence_file_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id)
);
