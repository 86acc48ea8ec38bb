-- A nonconformity opened from a KPI that missed its target names the KPI.
ALTER TABLE nonconformity ADD kpi_id BIGINT;
ALTER TABLE nonconformity ADD CONSTRAINT fk_nonconformity_kpi FOREIGN KEY (kpi_id) REFERENCES kpi (id);
