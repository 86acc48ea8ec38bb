package org.custos.platform.error;

import jakarta.ejb.ApplicationException;

/**
 * A failure the user can act on. It carries a message key (resolved in the UI language by the web
 * tier) and a stable code for the REST API; the transaction is rolled back so nothing half-done stays.
 */
@ApplicationException(rollback = true, inherited = true)
public class CustosException extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final transient Object[] arguments;

    public CustosException(String code, String messageKey, Object... arguments) {
        super(code + ": " + messageKey);
        this.code = code;
        this.messageKey = messageKey;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Stable, language-neutral identifier for API clients, e.g. {@code not-permitted}. */
    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
