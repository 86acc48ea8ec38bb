package org.custos.platform.error;

/** Someone else changed the record since it was loaded (optimistic locking) or a uniqueness rule failed. */
public class ConflictException extends CustosException {

    public ConflictException(String messageKey, Object... arguments) {
        super("conflict", messageKey, arguments);
    }

    public static ConflictException concurrentEdit(String entity) {
        return new ConflictException("error.concurrentEdit", entity);
    }
}
