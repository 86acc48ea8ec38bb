package org.custos.organisation.entity;

/** The sectors an organisation works in; they decide which sector standards and duties apply. */
public enum Sector {
    HOSPITAL, WATER, ENERGY, AUTOMOTIVE_SUPPLIER, OTHER
}
