package org.custos.organisation.entity;

/**
 * How German law classifies the organisation (BSIG as amended by the NIS2 implementation act):
 * operator of a critical facility, particularly important entity, important entity, or none. It
 * decides the reporting duties and proof cycles.
 */
public enum RegulatoryCategory {
    CRITICAL_FACILITY, PARTICULARLY_IMPORTANT, IMPORTANT, NONE
}
