package org.custos.platform.error;

/** The current user lacks the permission a boundary method requires. */
public class NotPermittedException extends CustosException {

    private final String permission;

    public NotPermittedException(String permission) {
        super("not-permitted", "error.notPermitted", permission);
        this.permission = permission;
    }

    public String permission() {
        return permission;
    }
}
