package org.custos.standards.entity;

/** Where a standard or mapping set came from: shipped with Custos, imported from a file, or entered. */
public enum Origin {
    BUNDLED, IMPORTED, USER
}
