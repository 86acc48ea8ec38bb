-- Standards (catalogs) with their requirement trees, and mapping sets between standards.
CREATE TABLE standard (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(60) NOT NULL,
    edition VARCHAR(40) NOT NULL,
    name VARCHAR(300) NOT NULL,
    publisher VARCHAR(300),
    source VARCHAR(1000),
    licence LONGTEXT,
    languages VARCHAR(40),
    origin VARCHAR(20) NOT NULL,
    bundle_revision INT,
    imported_at DATETIME(6) NOT NULL,
    imported_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_standard_code_edition UNIQUE (code, edition)
);

CREATE TABLE requirement (
    id BIGINT NOT NULL AUTO_INCREMENT,
    standard_id BIGINT NOT NULL,
    parent_id BIGINT,
    ref_id VARCHAR(100) NOT NULL,
    title_en VARCHAR(2000),
    title_de VARCHAR(2000),
    description_en LONGTEXT,
    description_de LONGTEXT,
    assessable BOOLEAN DEFAULT TRUE NOT NULL,
    depth INT NOT NULL,
    sort_order INT NOT NULL,
    attributes LONGTEXT,
    implementation_groups VARCHAR(400),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_requirement_ref UNIQUE (standard_id, ref_id),
    CONSTRAINT fk_requirement_standard FOREIGN KEY (standard_id) REFERENCES standard (id),
    CONSTRAINT fk_requirement_parent FOREIGN KEY (parent_id) REFERENCES requirement (id)
);
CREATE INDEX ix_requirement_tree ON requirement (standard_id, parent_id, sort_order);

CREATE TABLE mapping_set (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(300) NOT NULL,
    source_standard_id BIGINT NOT NULL,
    target_standard_id BIGINT NOT NULL,
    origin VARCHAR(20) NOT NULL,
    provenance VARCHAR(1000),
    imported_at DATETIME(6) NOT NULL,
    imported_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_mapping_set_source FOREIGN KEY (source_standard_id) REFERENCES standard (id),
    CONSTRAINT fk_mapping_set_target FOREIGN KEY (target_standard_id) REFERENCES standard (id)
);

CREATE TABLE requirement_mapping (
    id BIGINT NOT NULL AUTO_INCREMENT,
    mapping_set_id BIGINT NOT NULL,
    source_id BIGINT NOT NULL,
    target_id BIGINT NOT NULL,
    relationship VARCHAR(20) NOT NULL,
    strength INT,
    rationale VARCHAR(2000),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_requirement_mapping_set FOREIGN KEY (mapping_set_id) REFERENCES mapping_set (id),
    CONSTRAINT fk_requirement_mapping_source FOREIGN KEY (source_id) REFERENCES requirement (id),
    CONSTRAINT fk_requirement_mapping_target FOREIGN KEY (target_id) REFERENCES requirement (id)
);
CREATE INDEX ix_requirement_mapping_source ON requirement_mapping (source_id);
CREATE INDEX ix_requirement_mapping_target ON requirement_mapping (target_id);

