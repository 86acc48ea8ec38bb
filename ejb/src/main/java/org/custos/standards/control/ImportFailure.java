package org.custos.standards.control;

import org.custos.platform.error.ValidationException;

/**
 * A file that cannot be imported. The message key is shown to the user with the place in the file
 * (a JSON path, a sheet and row, a YAML path) and what is wrong there.
 */
public class ImportFailure extends ValidationException {

    private final String where;

    public ImportFailure(String where, String problem) {
        super("import.failed", where, problem);
        this.where = where;
    }

    public String where() {
        return where;
    }

    @Override
    public String getMessage() {
        return where + ": " + arguments()[1];
    }
}
