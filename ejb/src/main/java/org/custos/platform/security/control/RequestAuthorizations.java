package org.custos.platform.security.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.shiro.authz.AuthorizationInfo;

/**
 * Roles and permissions read once per HTTP request instead of once per check. A request asks several
 * times (URL rule, boundary interceptor, scope); the next request reads them afresh, so a changed role
 * still takes effect at once. Outside a request (timers, tests calling boundaries) nothing is kept.
 */
public final class RequestAuthorizations {

    private static final ThreadLocal<Map<String, AuthorizationInfo>> CURRENT = new ThreadLocal<>();

    private RequestAuthorizations() {
    }

    /** Starts keeping authorizations on this thread; returns false if a request here already does. */
    public static boolean begin() {
        if (CURRENT.get() != null) {
            return false;
        }
        CURRENT.set(new HashMap<>());
        return true;
    }

    public static void end() {
        CURRENT.remove();
    }

    static AuthorizationInfo get(String principal, Supplier<AuthorizationInfo> load) {
        Map<String, AuthorizationInfo> kept = CURRENT.get();
        if (kept == null) {
            return load.get();
        }
        return kept.computeIfAbsent(principal, p -> load.get());
    }
}
