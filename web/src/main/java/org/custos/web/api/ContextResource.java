package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.custos.context.boundary.ContextService;
import org.custos.context.entity.InterestedParty;
import org.custos.context.entity.Obligation;

/** Interested parties and the obligations register for integrations. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class ContextResource {

    @Inject
    ContextService context;

    public record PartyJson(long id, String name, String category, String requirements, String contact) {
    }

    public record ObligationJson(long id, String title, String sourceType, String binding, Long partyId, Long ownerId,
            List<Long> standardIds, String proof, Integer proofCycleMonths, String lastProofOn, String nextProofDue,
            boolean overdue) {
    }

    @GET
    @Path("interested-parties")
    public List<PartyJson> parties() {
        return context.parties().stream().map(ContextResource::json).toList();
    }

    /** The register; {@code dueWithinDays} lists only proofs overdue or due within that many days. */
    @GET
    @Path("obligations")
    public List<ObligationJson> obligations(@QueryParam("dueWithinDays") Integer dueWithinDays) {
        List<Obligation> list = dueWithinDays == null ? context.obligations()
                : context.proofsDue(LocalDate.now(), Math.max(0, Math.min(dueWithinDays, 3650)));
        return list.stream().map(ContextResource::json).toList();
    }

    private static PartyJson json(InterestedParty p) {
        return new PartyJson(p.getId(), p.getName(), p.getCategory().name(), p.getRequirements(), p.getContact());
    }

    private static ObligationJson json(Obligation o) {
        return new ObligationJson(o.getId(), o.getTitle(), o.getSourceType().name(), o.getBinding().name(),
                o.getParty() == null ? null : o.getParty().getId(), o.getOwner() == null ? null : o.getOwner().getId(),
                List.copyOf(o.getStandardIds()), o.getProofDescription(), o.getProofCycleMonths(),
                o.getLastProofOn() == null ? null : o.getLastProofOn().toString(),
                o.getNextProofDue() == null ? null : o.getNextProofDue().toString(), o.overdue(LocalDate.now()));
    }
}
