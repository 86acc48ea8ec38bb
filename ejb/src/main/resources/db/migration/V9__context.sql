-- Context of the organisation (ISO 27001 4.1-4.3): interested parties and the obligations register.
CREATE TABLE interested_party (
    id BIGINT NOT NULL AUTO_INCREMENT,
    name VARCHAR(200) NOT NULL,
    category VARCHAR(20) NOT NULL,
    requirements LONGTEXT,
    contact VARCHAR(300),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);

-- What the organisation must or wants to fulfil, from whom, and when it must prove it.
CREATE TABLE obligation (
    id BIGINT NOT NULL AUTO_INCREMENT,
    title VARCHAR(300) NOT NULL,
    description LONGTEXT,
    source_type VARCHAR(20) NOT NULL,
    binding VARCHAR(4) NOT NULL,
    party_id BIGINT,
    owner_id BIGINT,
    proof_description VARCHAR(500),
    proof_cycle_months INT,
    last_proof_on DATE,
    next_proof_due DATE,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_obligation_party FOREIGN KEY (party_id) REFERENCES interested_party (id),
    CONSTRAINT fk_obligation_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);
CREATE INDEX ix_obligation_due ON obligation (next_proof_due);

CREATE TABLE obligation_standard (
    obligation_id BIGINT NOT NULL,
    standard_id BIGINT NOT NULL,
    PRIMARY KEY (obligation_id, standard_id),
    CONSTRAINT fk_obligation_standard_obligation FOREIGN KEY (obligation_id) REFERENCES obligation (id),
    CONSTRAINT fk_obligation_standard_standard FOREIGN KEY (standard_id) REFERENCES standard (id)
);
