-- Controlled documents: guideline -> regulations -> concepts, scope statement and records,
-- each with versions that go through review and four-eyes approval before they are published.
CREATE TABLE document (
    id BIGINT NOT NULL AUTO_INCREMENT,
    doc_type VARCHAR(12) NOT NULL,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    parent_id BIGINT,
    owner_id BIGINT,
    role_id BIGINT,
    status VARCHAR(12) NOT NULL,
    published_number INT,
    working_number INT,
    review_months INT NOT NULL,
    next_review_on DATE,
    review_overdue BOOLEAN DEFAULT FALSE NOT NULL,
    review_needed BOOLEAN DEFAULT FALSE NOT NULL,
    review_needed_cause VARCHAR(500),
    review_needed_since DATETIME(6),
    last_review_on DATE,
    last_reviewed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_code UNIQUE (code),
    CONSTRAINT fk_document_parent FOREIGN KEY (parent_id) REFERENCES document (id),
    CONSTRAINT fk_document_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_document_role FOREIGN KEY (role_id) REFERENCES isms_role (id)
);
CREATE INDEX ix_document_parent ON document (parent_id);
CREATE INDEX ix_document_review ON document (next_review_on);

-- One version of a document. Published versions never change again; the metadata of the document
-- as it was when the version was last saved is kept with it, so versions can be compared.
CREATE TABLE document_version (
    id BIGINT NOT NULL AUTO_INCREMENT,
    document_id BIGINT NOT NULL,
    number INT NOT NULL,
    status VARCHAR(12) NOT NULL,
    title VARCHAR(300) NOT NULL,
    content LONGTEXT,
    change_note VARCHAR(1000),
    parent_code VARCHAR(40),
    owner_name VARCHAR(200),
    role_name VARCHAR(200),
    review_months INT NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    submitted_at DATETIME(6),
    submitted_by VARCHAR(80),
    approved_at DATETIME(6),
    approved_by VARCHAR(80),
    published_at DATETIME(6),
    published_by VARCHAR(80),
    retired_at DATETIME(6),
    retired_by VARCHAR(80),
    content_hash VARCHAR(64),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_document_version UNIQUE (document_id, number),
    CONSTRAINT fk_document_version_document FOREIGN KEY (document_id) REFERENCES document (id)
);

-- Everyone who changed a version: none of them may approve it.
CREATE TABLE document_version_editor (
    version_id BIGINT NOT NULL,
    username VARCHAR(80) NOT NULL,
    PRIMARY KEY (version_id, username),
    CONSTRAINT fk_document_editor_version FOREIGN KEY (version_id) REFERENCES document_version (id)
);

CREATE TABLE document_version_requirement (
    version_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    PRIMARY KEY (version_id, requirement_id),
    CONSTRAINT fk_document_requirement_version FOREIGN KEY (version_id) REFERENCES document_version (id),
    CONSTRAINT fk_document_requirement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);
CREATE INDEX ix_document_requirement ON document_version_requirement (requirement_id);

CREATE TABLE document_attachment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    version_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 VARCHAR(64) NOT NULL,
    data LONGBLOB NOT NULL,
    uploaded_at DATETIME(6) NOT NULL,
    uploaded_by VARCHAR(80) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_document_attachment_version FOREIGN KEY (version_id) REFERENCES document_version (id)
);
