-- TISAX self-assessment against an imported VDA ISA catalog: the chosen labels decide which controls
-- and tiers apply; one answer (maturity 0-5, justification, linked measures) per control.
CREATE TABLE tisax_assessment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    standard_id BIGINT NOT NULL,
    title VARCHAR(300) NOT NULL,
    labels VARCHAR(400) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    updated_at DATETIME(6),
    updated_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_tisax_assessment_standard FOREIGN KEY (standard_id) REFERENCES standard (id)
);

CREATE TABLE tisax_answer (
    id BIGINT NOT NULL AUTO_INCREMENT,
    assessment_id BIGINT NOT NULL,
    requirement_id BIGINT NOT NULL,
    maturity INT,
    justification LONGTEXT,
    answered_at DATETIME(6),
    answered_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_tisax_answer UNIQUE (assessment_id, requirement_id),
    CONSTRAINT fk_tisax_answer_assessment FOREIGN KEY (assessment_id) REFERENCES tisax_assessment (id),
    CONSTRAINT fk_tisax_answer_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
);

-- Deleting a measure only unlinks it: the answer and its justification stay.
CREATE TABLE tisax_answer_measure (
    answer_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (answer_id, measure_id),
    CONSTRAINT fk_tisax_answer_measure_answer FOREIGN KEY (answer_id) REFERENCES tisax_answer (id),
    CONSTRAINT fk_tisax_answer_measure_measure FOREIGN KEY (measure_id) REFERENCES measure (id) ON DELETE CASCADE
);
CREATE INDEX ix_tisax_answer_measure ON tisax_answer_measure (measure_id);
