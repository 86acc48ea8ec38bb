package org.custos.web.nonconformities;

import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;

/** The tag colours of nonconformities and corrective actions, the same on every page. */
final class NonconformityLabels {

    private NonconformityLabels() {
    }

    static String gradeClass(Nonconformity.Grade g) {
        return g == Nonconformity.Grade.MAJOR ? "tag danger" : "tag warn";
    }

    static String statusClass(Nonconformity.Status s) {
        return s == Nonconformity.Status.CLOSED ? "tag ok" : "tag warn";
    }

    static String actionClass(CorrectiveAction.Status s) {
        if (s == null) {
            return "tag";
        }
        return switch (s) {
            case OPEN -> "tag";
            case DONE -> "tag warn";
            case EFFECTIVE -> "tag ok";
            case INEFFECTIVE -> "tag danger";
        };
    }
}
