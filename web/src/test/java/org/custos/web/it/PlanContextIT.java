package org.custos.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.custos.context.boundary.ContextService;
import org.custos.context.boundary.ContextService.ObligationInput;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.Obligation;
import org.custos.context.entity.Obligation.Binding;
import org.custos.context.entity.Obligation.SourceType;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.RegulatoryCategory;
import org.custos.organisation.entity.Sector;
import org.custos.platform.error.ConflictException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.security.control.UserRules;
import org.custos.platform.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs after FirstRunJourneyIT (alphabetical), which needs an empty database. Interested parties and the obligations register: proof cycles, due lists, rules, permissions. */
@ExtendWith(ArquillianExtension.class)
public class PlanContextIT {

    @Deployment
    public static WebArchive deployment() {
        return Deployments.inContainer(PlanContextIT.class, Deployments.class, ItUsers.class);
    }

    @Inject
    ContextService context;

    @Inject
    OrganisationService organisation;

    @Inject
    UserRules rules;

    @Resource
    UserTransaction tx;

    @AfterEach
    void logout() {
        SecurityUtils.getSubject().logout();
    }

    private static ObligationInput input(String title, Integer months, LocalDate last, LocalDate next) {
        return new ObligationInput(title, null, SourceType.LAW, Binding.MUST, null, null, Set.of(), "Nachweis an das BSI",
                months, last, next);
    }

    @Test
    public void proofCyclesGiveDueDatesAndTheDueListShowsOverdueAndUpcoming() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        String id = UUID.randomUUID().toString().substring(0, 6);
        InterestedParty bsi = context.saveParty(null, 0, "BSI " + id, InterestedParty.Category.AUTHORITY,
                "Nachweise alle 3 Jahre", null);
        Obligation kritis = context.saveObligation(null, 0, new ObligationInput("BSIG § 39 " + id, null, SourceType.LAW,
                Binding.MUST, bsi.getId(), null, Set.of(), "Nachweis an das BSI", 36, today.minusMonths(36).minusDays(3), null));
        assertEquals(today.minusDays(3), kritis.getNextProofDue(), "36 months after the last proof");
        assertTrue(kritis.overdue(today));
        Obligation soon = context.saveObligation(null, 0, input("ISO surveillance " + id, 12, today.minusMonths(12).plusDays(30), null));
        Obligation later = context.saveObligation(null, 0, input("TISAX label " + id, 36, today.minusMonths(1), null));
        Obligation explicit = context.saveObligation(null, 0, input("Own date " + id, 12, null, today.plusDays(10)));
        assertEquals(today.plusDays(10), explicit.getNextProofDue());

        var due = context.proofsDue(today, 90).stream().map(Obligation::getId).toList();
        assertTrue(due.contains(kritis.getId()) && due.contains(soon.getId()) && due.contains(explicit.getId()), due.toString());
        assertTrue(!due.contains(later.getId()), "due in 35 months");
        assertTrue(due.indexOf(kritis.getId()) < due.indexOf(explicit.getId()), "soonest first");

        Obligation proven = context.recordProof(kritis.getId(), kritis.getVersion(), today);
        assertEquals(today.plusMonths(36), proven.getNextProofDue());
        assertTrue(!proven.overdue(today));
        assertThrows(ConflictException.class, () -> context.recordProof(kritis.getId(), kritis.getVersion(), today),
                "a stale version is a conflict");
    }

    @Test
    public void rulesGiveClearErrors() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.ISMS_MANAGER);
        LocalDate today = LocalDate.now();
        assertEquals("obligation.title.invalid", assertThrows(ValidationException.class,
                () -> context.saveObligation(null, 0, input(" ", null, null, null))).messageKey());
        assertEquals("obligation.cycle.invalid", assertThrows(ValidationException.class,
                () -> context.saveObligation(null, 0, input("X", 0, null, null))).messageKey());
        assertEquals("obligation.lastProof.future", assertThrows(ValidationException.class,
                () -> context.saveObligation(null, 0, input("X", 12, today.plusDays(1), null))).messageKey());
        assertEquals("obligation.nextDue.beforeLast", assertThrows(ValidationException.class,
                () -> context.saveObligation(null, 0, input("X", 12, today.minusDays(5), today.minusDays(6)))).messageKey());
        Obligation noCycle = context.saveObligation(null, 0, input("DSGVO Art. 32", null, null, null));
        assertEquals("obligation.noCycle", assertThrows(ValidationException.class,
                () -> context.recordProof(noCycle.getId(), noCycle.getVersion(), today)).messageKey());
        InterestedParty party = context.saveParty(null, 0, "Versicherer", InterestedParty.Category.INSURER, null, null);
        context.saveObligation(null, 0, new ObligationInput("Fragebogen", null, SourceType.CONTRACT, Binding.MUST,
                party.getId(), null, Set.of(), null, null, null, null));
        assertEquals("party.inUse", assertThrows(ValidationException.class,
                () -> context.deleteParty(party.getId(), party.getVersion())).messageKey());
    }

    @Test
    public void readersSeeButDoNotChange() throws Exception {
        ItUsers.loginAsNew(rules, tx, Role.READER);
        context.obligations();
        context.parties();
        assertThrows(NotPermittedException.class, () -> context.saveObligation(null, 0, input("X", null, null, null)));
        assertThrows(NotPermittedException.class, () -> context.saveParty(null, 0, "X", InterestedParty.Category.OTHER, null, null));
    }
}
