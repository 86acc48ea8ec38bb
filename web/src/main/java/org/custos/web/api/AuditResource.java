package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.custos.platform.audit.boundary.AuditQuery;
import org.custos.platform.audit.boundary.AuditService;
import org.custos.platform.audit.boundary.ChainVerification;
import org.custos.platform.audit.entity.AuditRecord;
import org.custos.platform.error.ValidationException;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    public record Page(long total, int offset, int limit, List<Entry> items) {
    }

    public record Entry(long seq, String occurredAt, String actor, String entityType, String entityId, String action,
            String changes, String hash) {

        static Entry of(AuditRecord r) {
            return new Entry(r.getSeq(), r.getOccurredAt().toString(), r.getActor(), r.getEntityType(),
                    r.getEntityId(), r.getAction(), r.getChanges(), r.getHash());
        }
    }

    /** Audit records, newest first; filter by actor, entity type and id, and time range (ISO-8601). */
    @GET
    public Page search(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new ValidationException("api.paging.invalid");
        }
        AuditQuery query = new AuditQuery(actor, entityType, entityId, instant(from), instant(to));
        List<Entry> items = audit.search(query, offset, limit).stream().map(Entry::of).toList();
        return new Page(audit.count(query), offset, limit, items);
    }

    @POST
    @Path("verify")
    public ChainVerification verify() {
        return audit.verify();
    }

    private static Instant instant(String value) {
        return ApiValues.instant(value, "api.instant.invalid");
    }
}
