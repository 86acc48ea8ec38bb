-- Feedback from interested parties (ISO 27001 9.3.2 e): what a party said, when and how it reached the
-- organisation, what kind of feedback it was, and how it was answered and closed.
CREATE TABLE feedback (
    id BIGINT NOT NULL AUTO_INCREMENT,
    party_id BIGINT NOT NULL,
    received_on DATE NOT NULL,
    channel VARCHAR(20) NOT NULL,
    kind VARCHAR(12) NOT NULL,
    summary VARCHAR(500) NOT NULL,
    details LONGTEXT,
    response LONGTEXT,
    status VARCHAR(10) NOT NULL,
    answered_at DATETIME(6),
    answered_by VARCHAR(80),
    closed_at DATETIME(6),
    closed_by VARCHAR(80),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_feedback_party FOREIGN KEY (party_id) REFERENCES interested_party (id)
);
CREATE INDEX ix_feedback_received ON feedback (received_on);
CREATE INDEX ix_feedback_status ON feedback (status);
