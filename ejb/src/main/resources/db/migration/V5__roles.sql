-- Role assignment: organisation profile, persons, ISMS roles, appointments with deputies, RACI.

ALTER TABLE organisation ADD COLUMN sectors VARCHAR(200);
ALTER TABLE organisation ADD COLUMN regulatory_category VARCHAR(30) DEFAULT 'NONE' NOT NULL;

-- People of the organisation; most never log in, some are linked to a user account.
CREATE TABLE person (
    id BIGINT NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    job_function VARCHAR(200),
    email VARCHAR(254),
    org_unit_id BIGINT,
    user_id BIGINT,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_person_user UNIQUE (user_id),
    CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_person_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_person_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_person_unit ON person (org_unit_id);

-- The head of a unit (for segregation of duties: an internal auditor must not audit their own unit).
ALTER TABLE org_unit ADD COLUMN head_person_id BIGINT;
ALTER TABLE org_unit ADD CONSTRAINT fk_org_unit_head FOREIGN KEY (head_person_id) REFERENCES person (id);

-- The catalog of ISMS roles: bundled ones (upgradable by a release) and the organisation's own.
CREATE TABLE isms_role (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    name_de VARCHAR(200) NOT NULL,
    description_en LONGTEXT,
    description_de LONGTEXT,
    tasks_en LONGTEXT,
    tasks_de LONGTEXT,
    powers_en LONGTEXT,
    powers_de LONGTEXT,
    mandatory BOOLEAN DEFAULT FALSE NOT NULL,
    critical BOOLEAN DEFAULT FALSE NOT NULL,
    iso_reference VARCHAR(100),
    bundled BOOLEAN DEFAULT FALSE NOT NULL,
    sort_order INT DEFAULT 0 NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_isms_role_code UNIQUE (code)
);

-- A person appointed to a role, for the whole organisation or some units, with a deputy.
CREATE TABLE appointment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    person_id BIGINT NOT NULL,
    role_id BIGINT NOT NULL,
    whole_organisation BOOLEAN DEFAULT TRUE NOT NULL,
    tasks LONGTEXT,
    powers LONGTEXT,
    start_date DATE NOT NULL,
    end_date DATE,
    deputy_id BIGINT,
    appointed_by_id BIGINT,
    status VARCHAR(10) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_appointment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_appointment_role FOREIGN KEY (role_id) REFERENCES isms_role (id),
    CONSTRAINT fk_appointment_deputy FOREIGN KEY (deputy_id) REFERENCES person (id),
    CONSTRAINT fk_appointment_appointer FOREIGN KEY (appointed_by_id) REFERENCES person (id)
);
CREATE INDEX ix_appointment_person ON appointment (person_id);
CREATE INDEX ix_appointment_role ON appointment (role_id);

CREATE TABLE appointment_unit (
    appointment_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    PRIMARY KEY (appointment_id, org_unit_id),
    CONSTRAINT fk_appointment_unit_appointment FOREIGN KEY (appointment_id) REFERENCES appointment (id),
    CONSTRAINT fk_appointment_unit_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);

-- RACI on any object of any feature, named by type and id (requirement, document, measure, ...).
CREATE TABLE raci_assignment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    subject_type VARCHAR(40) NOT NULL,
    subject_id BIGINT NOT NULL,
    raci VARCHAR(12) NOT NULL,
    person_id BIGINT,
    role_id BIGINT,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_raci_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_raci_role FOREIGN KEY (role_id) REFERENCES isms_role (id)
);
CREATE INDEX ix_raci_subject ON raci_assignment (subject_type, subject_id);

INSERT INTO role_permission (role_id, permission) SELECT id, 'people:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
INSERT INTO role_permission (role_id, permission) SELECT id, 'organisation:read' FROM app_role WHERE code = 'EXTERNAL_AUDITOR';
