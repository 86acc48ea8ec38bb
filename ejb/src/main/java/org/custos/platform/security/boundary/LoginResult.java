package org.custos.platform.security.boundary;

/** What a login attempt came to. The two failures are deliberately told apart only by lockout. */
public enum LoginResult {
    SUCCESS, INVALID, LOCKED, EXPIRED, SECOND_FACTOR
}
