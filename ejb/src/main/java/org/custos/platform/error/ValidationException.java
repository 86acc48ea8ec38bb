package org.custos.platform.error;

/** Input breaks a business rule that Bean Validation cannot express (HTTP 422). */
public class ValidationException extends CustosException {

    public ValidationException(String messageKey, Object... arguments) {
        super("invalid", messageKey, arguments);
    }
}
