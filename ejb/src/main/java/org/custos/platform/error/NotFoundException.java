package org.custos.platform.error;

public class NotFoundException extends CustosException {

    public NotFoundException(String entity, Object id) {
        super("not-found", "error.notFound", entity, id);
    }
}
