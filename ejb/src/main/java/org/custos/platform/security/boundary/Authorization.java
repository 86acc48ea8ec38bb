package org.custos.platform.security.boundary;

import java.io.Serializable;
import java.util.Set;

/** A user's roles and the permissions they grant. */
public record Authorization(String username, String displayName, Set<String> roles, Set<String> permissions,
        boolean mustChangePassword) implements Serializable {
}
