-- Information security objectives and how they are measured (ISO 27001 6.2, 9.1): an objective with its
-- owner and deadline, KPIs with direction, target and alarm thresholds, and the measurements taken.
CREATE TABLE objective (
    id BIGINT NOT NULL AUTO_INCREMENT,
    code VARCHAR(40) NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(4000),
    owner_id BIGINT NOT NULL,
    deadline DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_objective_code UNIQUE (code),
    CONSTRAINT fk_objective_owner FOREIGN KEY (owner_id) REFERENCES person (id)
);

-- Thresholds are kept as entered; the state of a measurement is derived when read, so a corrected
-- threshold re-evaluates the whole history.
CREATE TABLE kpi (
    id BIGINT NOT NULL AUTO_INCREMENT,
    objective_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    name VARCHAR(300) NOT NULL,
    metric VARCHAR(2000),
    unit VARCHAR(40),
    direction VARCHAR(20) NOT NULL,
    target_value DECIMAL(19,4) NOT NULL,
    warning_threshold DECIMAL(19,4) NOT NULL,
    failure_threshold DECIMAL(19,4) NOT NULL,
    frequency VARCHAR(12) NOT NULL,
    responsible_id BIGINT NOT NULL,
    source VARCHAR(40) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    created_by VARCHAR(80) NOT NULL,
    changed_at DATETIME(6),
    changed_by VARCHAR(80),
    version BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_kpi_code UNIQUE (code),
    CONSTRAINT fk_kpi_objective FOREIGN KEY (objective_id) REFERENCES objective (id),
    CONSTRAINT fk_kpi_responsible FOREIGN KEY (responsible_id) REFERENCES person (id)
);

-- One measurement per KPI and day; measurements are kept as recorded.
CREATE TABLE kpi_measurement (
    id BIGINT NOT NULL AUTO_INCREMENT,
    kpi_id BIGINT NOT NULL,
    measured_on DATE NOT NULL,
    measured_value DECIMAL(19,4) NOT NULL,
    note VARCHAR(2000),
    recorded_by VARCHAR(80) NOT NULL,
    recorded_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_kpi_measurement_day UNIQUE (kpi_id, measured_on),
    CONSTRAINT fk_kpi_measurement_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id)
);
