package org.custos.nonconformities.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.custos.nonconformities.entity.CorrectiveAction;
import org.custos.nonconformities.entity.Nonconformity;
import org.junit.jupiter.api.Test;

/** What keeps a nonconformity open, in the order one works through it. */
class OpenPointsTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static Nonconformity nc(String rootCause) {
        Nonconformity n = new Nonconformity(Nonconformity.Source.DIRECT, null, "isb", NOW);
        n.describe("NC-1", "t", null, Nonconformity.Grade.MAJOR, null, TODAY, null, rootCause, Set.of());
        return n;
    }

    private static CorrectiveAction action(CorrectiveAction.Status status) {
        CorrectiveAction a = new CorrectiveAction(1, "isb", NOW);
        a.describe("fix", null, TODAY.plusDays(3), Set.of(), Set.of());
        if (status != CorrectiveAction.Status.OPEN) {
            a.done("owner", NOW, "done");
        }
        if (status == CorrectiveAction.Status.EFFECTIVE || status == CorrectiveAction.Status.INEFFECTIVE) {
            a.checked(status == CorrectiveAction.Status.EFFECTIVE, "checker", TODAY, "checked");
        }
        return a;
    }

    @Test
    void nothingDoneYet() {
        assertEquals(List.of("nonconformity.close.rootCause", "nonconformity.close.noAction"),
                NonconformityService.openPoints(nc(null), List.of()));
    }

    @Test
    void everyActionMustBeDoneAndChecked() {
        assertEquals(List.of("nonconformity.close.actionOpen", "nonconformity.close.unchecked",
                "nonconformity.close.noneEffective"), NonconformityService.openPoints(nc("cause"),
                        List.of(action(CorrectiveAction.Status.OPEN), action(CorrectiveAction.Status.DONE))));
    }

    @Test
    void anIneffectiveActionNeedsAnotherThatWorks() {
        assertEquals(List.of("nonconformity.close.noneEffective"), NonconformityService.openPoints(nc("cause"),
                List.of(action(CorrectiveAction.Status.INEFFECTIVE))));
        assertEquals(List.of(), NonconformityService.openPoints(nc("cause"),
                List.of(action(CorrectiveAction.Status.INEFFECTIVE), action(CorrectiveAction.Status.EFFECTIVE))));
    }

    @Test
    void overdueOnlyWhileOpenAfterItsDueDate() {
        CorrectiveAction open = action(CorrectiveAction.Status.OPEN);
        assertEquals(false, open.overdue(TODAY.plusDays(3)));
        assertEquals(true, open.overdue(TODAY.plusDays(4)));
        assertEquals(false, action(CorrectiveAction.Status.DONE).overdue(TODAY.plusDays(4)));
    }
}
