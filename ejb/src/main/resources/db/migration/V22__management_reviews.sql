-- Management review (ISO 27001 9.3): a record whose inputs Custos compiles from its own data, the decisions
-- and actions it produces (tracked until done), approved by top management.
CREATE TABLE management_review (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    held_on DATE NOT NULL,
    period_from DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    minutes VARCHAR(8000),
    compiled_at DATETIME(6),
    approved_by VARCHAR(80),
    approved_at DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_management_review_code UNIQUE (code)
);

-- One row per required input (9.3.2 a–g): the facts Custos compiled (message keys with arguments, one per
-- line, so they read in either language) and what the meeting said about them.
CREATE TABLE review_input (
    id BIGINT NOT NULL AUTO_INCREMENT,
    review_id BIGINT NOT NULL,
    input_key VARCHAR(24) NOT NULL,
    facts LONGTEXT,
    review_comment VARCHAR(4000),
    PRIMARY KEY (id),
    CONSTRAINT uq_review_input UNIQUE (review_id, input_key),
    CONSTRAINT fk_review_input_review FOREIGN KEY (review_id) REFERENCES management_review (id)
);

CREATE TABLE review_decision (
    id BIGINT NOT NULL AUTO_INCREMENT,
    review_id BIGINT NOT NULL,
    decision VARCHAR(2000) NOT NULL,
    owner_id BIGINT,
    due_on DATE,
    status VARCHAR(8) NOT NULL,
    done_at DATETIME(6),
    done_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_review_decision_review FOREIGN KEY (review_id) REFERENCES management_review (id),
    CONSTRAINT fk_review_decision_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

CREATE INDEX ix_review_decision_review ON review_decision (review_id);
