-- The organisation that runs this ISMS and its units (sites, departments) as a tree.
CREATE TABLE organisation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

CREATE TABLE org_unit (
    id BIGINT NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT NOT NULL,
    parent_id BIGINT,
    kind VARCHAR(20) NOT NULL,
    name VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_org_unit_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);
