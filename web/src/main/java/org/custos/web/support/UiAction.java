package org.custos.web.support;

import jakarta.faces.context.FacesContext;
import org.custos.platform.error.CustosException;

/**
 * Runs a boundary call from a page action: a refused or invalid call becomes an error message in
 * the UI language and marks the request as failed, so dialogs stay open and nothing typed is lost.
 */
public final class UiAction {

    private UiAction() {
    }

    public static boolean attempt(Runnable action, String successKey, Object... args) {
        try {
            action.run();
            if (successKey != null) {
                Messages.info(successKey, args);
            }
            return true;
        } catch (CustosException e) {
            Messages.error(e);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }
}
