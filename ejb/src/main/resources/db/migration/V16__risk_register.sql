-- Threat catalog: the BSI elementary threats (IT-Grundschutz, G 0.1 to G 0.47), extendable by own threats.
CREATE TABLE threat (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    name_en VARCHAR(300) NOT NULL,
    name_de VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    source VARCHAR(12) NOT NULL,
    active BOOLEAN DEFAULT TRUE NOT NULL,
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_threat_code UNIQUE (code)
);

-- The risk register (ISO 27001 6.1.2, 8.2). The acceptance of the residual risk belongs to one assessment;
-- any later change of the risk clears it (the assessment keeps the record).
CREATE TABLE risk (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description LONGTEXT,
    threat_id BIGINT,
    threat_text VARCHAR(300),
    vulnerability VARCHAR(2000),
    owner_id BIGINT,
    treatment VARCHAR(12),
    treatment_plan VARCHAR(4000),
    treatment_owner_id BIGINT,
    treatment_due DATE,
    next_reassessment DATE,
    reassessment_reason VARCHAR(300),
    flagged_at DATETIME(6),
    closed_at DATETIME(6),
    closed_reason VARCHAR(1000),
    accepted_assessment_id BIGINT,
    accepted_by VARCHAR(80),
    accepted_at DATETIME(6),
    acceptance_note VARCHAR(1000),
    acceptance_hash VARCHAR(64),
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_code UNIQUE (code),
    CONSTRAINT fk_risk_threat FOREIGN KEY (threat_id) REFERENCES threat (id),
    CONSTRAINT fk_risk_owner FOREIGN KEY (owner_id) REFERENCES person (id),
    CONSTRAINT fk_risk_treatment_owner FOREIGN KEY (treatment_owner_id) REFERENCES person (id)
);
CREATE INDEX ix_risk_next_reassessment ON risk (next_reassessment);

CREATE TABLE risk_asset (
    risk_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    PRIMARY KEY (risk_id, asset_id),
    CONSTRAINT fk_risk_asset_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_asset_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
);
CREATE INDEX ix_risk_asset_asset ON risk_asset (asset_id);

-- Measures already in place when the risk was assessed.
CREATE TABLE risk_existing_measure (
    risk_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (risk_id, measure_id),
    CONSTRAINT fk_risk_existing_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_existing_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);

-- Measures of the treatment plan.
CREATE TABLE risk_treatment_measure (
    risk_id BIGINT NOT NULL,
    measure_id BIGINT NOT NULL,
    PRIMARY KEY (risk_id, measure_id),
    CONSTRAINT fk_risk_treatment_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_treatment_measure FOREIGN KEY (measure_id) REFERENCES measure (id)
);

-- Every assessment is kept: the trend of a risk. Levels are computed with the criteria version named.
CREATE TABLE risk_assessment (
    id BIGINT NOT NULL AUTO_INCREMENT,
    risk_id BIGINT NOT NULL,
    number INT NOT NULL,
    criteria_id BIGINT NOT NULL,
    inherent_likelihood INT NOT NULL,
    inherent_impact INT NOT NULL,
    inherent_level VARCHAR(12) NOT NULL,
    residual_likelihood INT NOT NULL,
    residual_impact INT NOT NULL,
    residual_level VARCHAR(12) NOT NULL,
    acceptance_threshold VARCHAR(12) NOT NULL,
    impact_category VARCHAR(40),
    rationale VARCHAR(4000),
    assessed_at DATETIME(6) NOT NULL,
    assessed_by VARCHAR(80) NOT NULL,
    accepted_at DATETIME(6),
    accepted_by VARCHAR(80),
    acceptance_note VARCHAR(1000),
    reopened_at DATETIME(6),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_risk_assessment_number UNIQUE (risk_id, number),
    CONSTRAINT fk_risk_assessment_risk FOREIGN KEY (risk_id) REFERENCES risk (id),
    CONSTRAINT fk_risk_assessment_criteria FOREIGN KEY (criteria_id) REFERENCES risk_criteria (id)
);

-- Opportunities (ISO 27001 6.1.1): a light register with owner and follow-up.
CREATE TABLE opportunity (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    benefit VARCHAR(2000),
    owner_id BIGINT,
    status VARCHAR(12) NOT NULL,
    follow_up DATE,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_opportunity_code UNIQUE (code),
    CONSTRAINT fk_opportunity_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

INSERT INTO threat (code, name_en, name_de, source) VALUES
('G 0.1', 'Fire', 'Feuer', 'BSI'),
('G 0.2', 'Unfavourable climatic conditions', 'Ungünstige klimatische Bedingungen', 'BSI'),
('G 0.3', 'Water', 'Wasser', 'BSI'),
('G 0.4', 'Pollution, dust, corrosion', 'Verschmutzung, Staub, Korrosion', 'BSI'),
('G 0.5', 'Natural disasters', 'Naturkatastrophen', 'BSI'),
('G 0.6', 'Catastrophes in the vicinity', 'Katastrophen im Umfeld', 'BSI'),
('G 0.7', 'Major events in the vicinity', 'Großereignisse im Umfeld', 'BSI'),
('G 0.8', 'Failure or disruption of the power supply', 'Ausfall oder Störung der Stromversorgung', 'BSI'),
('G 0.9', 'Failure or disruption of communication networks', 'Ausfall oder Störung von Kommunikationsnetzen', 'BSI'),
('G 0.10', 'Failure or disruption of supply networks', 'Ausfall oder Störung von Versorgungsnetzen', 'BSI'),
('G 0.11', 'Failure or disruption of service providers', 'Ausfall oder Störung von Dienstleistern', 'BSI'),
('G 0.12', 'Electromagnetic interference', 'Elektromagnetische Störstrahlung', 'BSI'),
('G 0.13', 'Interception of compromising emissions', 'Abfangen kompromittierender Strahlung', 'BSI'),
('G 0.14', 'Interception of information / espionage', 'Ausspähen von Informationen (Spionage)', 'BSI'),
('G 0.15', 'Eavesdropping', 'Abhören', 'BSI'),
('G 0.16', 'Theft of devices, storage media or documents', 'Diebstahl von Geräten, Datenträgern oder Dokumenten', 'BSI'),
('G 0.17', 'Loss of devices, storage media or documents', 'Verlust von Geräten, Datenträgern oder Dokumenten', 'BSI'),
('G 0.18', 'Poor planning or lack of adaptation', 'Fehlplanung oder fehlende Anpassung', 'BSI'),
('G 0.19', 'Disclosure of sensitive information', 'Offenlegung schützenswerter Informationen', 'BSI'),
('G 0.20', 'Information or products from an unreliable source', 'Informationen oder Produkte aus unzuverlässiger Quelle', 'BSI'),
('G 0.21', 'Manipulation of hardware or software', 'Manipulation von Hard- oder Software', 'BSI'),
('G 0.22', 'Manipulation of information', 'Manipulation von Informationen', 'BSI'),
('G 0.23', 'Unauthorised access to IT systems', 'Unbefugtes Eindringen in IT-Systeme', 'BSI'),
('G 0.24', 'Destruction of devices or storage media', 'Zerstörung von Geräten oder Datenträgern', 'BSI'),
('G 0.25', 'Failure of devices or systems', 'Ausfall von Geräten oder Systemen', 'BSI'),
('G 0.26', 'Malfunction of devices or systems', 'Fehlfunktion von Geräten oder Systemen', 'BSI'),
('G 0.27', 'Lack of resources', 'Ressourcenmangel', 'BSI'),
('G 0.28', 'Software vulnerabilities or errors', 'Software-Schwachstellen oder -Fehler', 'BSI'),
('G 0.29', 'Violation of laws or regulations', 'Verstoß gegen Gesetze oder Regelungen', 'BSI'),
('G 0.30', 'Unauthorised use or administration of devices and systems', 'Unberechtigte Nutzung oder Administration von Geräten und Systemen', 'BSI'),
('G 0.31', 'Incorrect use or administration of devices and systems', 'Fehlerhafte Nutzung oder Administration von Geräten und Systemen', 'BSI'),
('G 0.32', 'Misuse of authorisations', 'Missbrauch von Berechtigungen', 'BSI'),
('G 0.33', 'Shortage of personnel', 'Personalausfall', 'BSI'),
('G 0.34', 'Physical attack', 'Anschlag', 'BSI'),
('G 0.35', 'Coercion, blackmail or corruption', 'Nötigung, Erpressung oder Korruption', 'BSI'),
('G 0.36', 'Identity theft', 'Identitätsdiebstahl', 'BSI'),
('G 0.37', 'Repudiation of actions', 'Abstreiten von Handlungen', 'BSI'),
('G 0.38', 'Misuse of personal data', 'Missbrauch personenbezogener Daten', 'BSI'),
('G 0.39', 'Malware', 'Schadprogramme', 'BSI'),
('G 0.40', 'Denial of service', 'Verhinderung von Diensten (Denial of Service)', 'BSI'),
('G 0.41', 'Sabotage', 'Sabotage', 'BSI'),
('G 0.42', 'Social engineering', 'Social Engineering', 'BSI'),
('G 0.43', 'Replay of messages', 'Einspielen von Nachrichten', 'BSI'),
('G 0.44', 'Unauthorised entry to premises', 'Unbefugtes Eindringen in Räumlichkeiten', 'BSI'),
('G 0.45', 'Data loss', 'Datenverlust', 'BSI'),
('G 0.46', 'Loss of integrity of sensitive information', 'Integritätsverlust schützenswerter Informationen', 'BSI'),
('G 0.47', 'Harmful side effects of IT-supported attacks', 'Schädliche Seiteneffekte IT-gestützter Angriffe', 'BSI');

ALTER TABLE risk ADD CONSTRAINT fk_risk_accepted_assessment FOREIGN KEY (accepted_assessment_id) REFERENCES risk_assessment (id);

-- A risk owner accepts the residual risk of their own risks; the boundary checks that the caller owns it.
INSERT INTO role_permission (role_id, permission) SELECT id, 'risk:accept' FROM app_role WHERE code IN ('EDITOR', 'READER');
