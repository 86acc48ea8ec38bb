package org.custos.roles.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.custos.roles.entity.Appointment;
import org.custos.roles.entity.IsmsRole;

/**
 * Whether a user holds the top-management appointment on a day: what the guideline, the scope statement
 * and the risk criteria need from their approver besides four eyes.
 */
@Dependent
public class TopManagement {

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    public boolean heldBy(String username) {
        return heldBy(username, LocalDate.now());
    }

    public boolean heldBy(String username, LocalDate day) {
        return em.createNamedQuery("Appointment.activeOn", Appointment.class).setParameter("day", day)
                .getResultStream().anyMatch(a -> IsmsRole.TOP_MANAGEMENT.equals(a.getRole().getCode())
                        && a.getPerson().getUser() != null && a.getPerson().getUser().getUsername().equals(username));
    }
}
