package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.custos.platform.error.ValidationException;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.boundary.RiskCriteriaService;
import org.custos.risk.control.CriteriaContent;
import org.custos.risk.control.ProtectionNeedCalculator.Effective;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.risk.entity.RiskCriteria;

/** Risk criteria and the asset inventory with effective protection needs, for integrations (e.g. a CMDB sync). */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class RiskResource {

    @Inject
    RiskCriteriaService criteria;

    @Inject
    AssetService assets;

    public record LevelJson(int value, String nameEn, String nameDe, String descriptionEn, String descriptionDe) {
    }

    public record CategoryJson(String code, String nameEn, String nameDe) {
    }

    public record CellJson(int likelihood, int impact, String level) {
    }

    public record CriteriaJson(long id, int number, String status, String acceptanceThreshold, List<LevelJson> likelihood,
            List<LevelJson> impact, List<CategoryJson> categories, List<CellJson> matrix, String createdBy,
            String submittedBy, String approvedBy, String approvedAt, String contentHash, long version) {
    }

    /** The working version (or the approved one, if none is in work) and the approved one in force. */
    public record CriteriaPairJson(CriteriaJson current, CriteriaJson approved) {
    }

    public record NeedJson(String need, String source, String from, String reason) {
    }

    public record AssetJson(long id, String code, String name, String type, String description, Long ownerId, String owner,
            String location, Long unitId, boolean inScope, String criticality, List<Long> dependsOnIds,
            Map<String, String> ownNeeds, List<String> overrides, String overrideReason, Map<String, NeedJson> effectiveNeeds,
            long version) {
    }

    /** Body of the criteria lifecycle actions: the version seen, and a note (change note or reason to return). */
    public record CriteriaActionRequest(Long version, String note) {
    }

    /** Body of POST /assets: needs by objective (confidentiality, integrity, availability), null or absent = inherit. */
    public record AssetRequest(String code, String name, String type, String description, Long ownerId, String location,
            Long unitId, Boolean inScope, String criticality, List<Long> dependsOnIds, Map<String, String> ownNeeds,
            List<String> overrides, String overrideReason, Long version) {
    }

    @GET
    @Path("risk-criteria")
    public CriteriaPairJson criteria() {
        RiskCriteria current = criteria.current();
        RiskCriteria approved = criteria.approved();
        return new CriteriaPairJson(current == null ? null : json(current), approved == null ? null : json(approved));
    }

    @GET
    @Path("assets")
    public List<AssetJson> list(@QueryParam("type") String type, @QueryParam("inScope") Boolean inScope,
            @QueryParam("needAtLeast") String need) {
        AssetService.Filter f = new AssetService.Filter(type == null || type.isBlank() ? null : type(type), inScope,
                need == null || need.isBlank() ? null : need(need));
        return assets.assets(f).stream().map(v -> json(v)).toList();
    }

    @GET
    @Path("assets/{id}")
    public AssetJson asset(@PathParam("id") long id) {
        return json(assets.asset(id));
    }

    @POST
    @Path("assets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AssetRequest body) {
        Asset a = assets.save(null, 0, input(body));
        return Response.status(Response.Status.CREATED).entity(json(assets.asset(a.getId()))).build();
    }

    /** Changes an asset; the body's version must be the one last read (else 409). */
    @PUT
    @Path("assets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssetJson update(@PathParam("id") long id, AssetRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.asset.invalid");
        }
        assets.save(id, body.version(), input(body));
        return json(assets.asset(id));
    }

    @DELETE
    @Path("assets/{id}")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new ValidationException("api.asset.invalid");
        }
        assets.delete(id, version);
        return Response.noContent().build();
    }

    /** Starts the next working version of the criteria (a copy of the approved one). */
    @POST
    @Path("risk-criteria")
    public Response startCriteria() {
        return Response.status(Response.Status.CREATED).entity(json(criteria.start())).build();
    }

    /** The lifecycle with exactly the UI's rules: submit, return to draft, approve (four eyes, top management). */
    @POST
    @Path("risk-criteria/{id}/{action: submit|return|approve}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CriteriaJson criteriaAction(@PathParam("id") long id, @PathParam("action") String action,
            CriteriaActionRequest body) {
        if (body == null || body.version() == null) {
            throw new ValidationException("api.criteria.invalid");
        }
        RiskCriteria c = switch (action) {
            case "submit" -> criteria.submit(id, body.version(), body.note());
            case "return" -> criteria.returnToDraft(id, body.version(), body.note());
            default -> criteria.approve(id, body.version());
        };
        return json(c);
    }

    @DELETE
    @Path("risk-criteria/{id}")
    public Response discardCriteria(@PathParam("id") long id, @QueryParam("version") Long version) {
        if (version == null) {
            throw new ValidationException("api.criteria.invalid");
        }
        criteria.discard(id, version);
        return Response.noContent().build();
    }

    // ---------------------------------------------------------------- mapping

    private CriteriaJson json(RiskCriteria c) {
        CriteriaContent content = criteria.content(c.getId());
        return new CriteriaJson(c.getId(), c.getNumber(), c.getStatus().name(),
                c.getAcceptanceThreshold() == null ? null : c.getAcceptanceThreshold().name(),
                levels(content.likelihood()), levels(content.impact()),
                content.categories().stream().map(x -> new CategoryJson(x.code(), x.nameEn(), x.nameDe())).toList(),
                content.cells().stream().map(x -> new CellJson(x.likelihood(), x.impact(), x.level() == null ? null
                        : x.level().name())).toList(),
                c.getCreatedBy(), c.getSubmittedBy(), c.getApprovedBy(),
                c.getApprovedAt() == null ? null : c.getApprovedAt().toString(), c.getContentHash(), c.getVersion());
    }

    private static List<LevelJson> levels(List<CriteriaContent.Level> levels) {
        return levels.stream().map(l -> new LevelJson(l.value(), l.nameEn(), l.nameDe(), l.descriptionEn(),
                l.descriptionDe())).toList();
    }

    static AssetJson json(AssetService.AssetView v) {
        Asset a = v.asset();
        Map<String, String> own = new LinkedHashMap<>();
        a.getNeeds().forEach((o, n) -> own.put(key(o), n.name()));
        Map<String, NeedJson> effective = new LinkedHashMap<>();
        for (Objective o : Objective.values()) {
            Effective e = v.effective(o);
            if (e != null) {
                effective.put(key(o), new NeedJson(e.need().name(), e.source().name(), e.from(), e.reason()));
            }
        }
        return new AssetJson(a.getId(), a.getCode(), a.getName(), a.getType().name(), a.getDescription(),
                a.getOwner() == null ? null : a.getOwner().getId(), a.getOwner() == null ? null : a.getOwner().getName(),
                a.getLocation(), a.getUnit() == null ? null : a.getUnit().getId(), a.isInScope(), a.getCriticality(),
                List.copyOf(a.getDependsOnIds()), own, a.getOverrides().stream().map(RiskResource::key).toList(),
                a.getOverrideReason(), effective, a.getVersion());
    }

    private static String key(Objective o) {
        return o.name().toLowerCase(Locale.ROOT);
    }

    private static AssetService.AssetInput input(AssetRequest b) {
        if (b == null) {
            throw new ValidationException("api.asset.invalid");
        }
        Map<Objective, Need> needs = new EnumMap<>(Objective.class);
        if (b.ownNeeds() != null) {
            b.ownNeeds().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    needs.put(objective(k), need(v));
                }
            });
        }
        Set<Objective> overrides = EnumSet.noneOf(Objective.class);
        if (b.overrides() != null) {
            b.overrides().forEach(o -> overrides.add(objective(o)));
        }
        return new AssetService.AssetInput(b.code(), b.name(), b.type() == null ? null : type(b.type()), b.description(),
                b.ownerId(), b.location(), b.unitId(), b.inScope() == null || b.inScope(), b.criticality(),
                b.dependsOnIds() == null ? Set.of() : new java.util.HashSet<>(b.dependsOnIds()), needs, overrides, b.overrideReason());
    }

    private static Asset.Type type(String s) {
        return parse(Asset.Type.class, s);
    }

    private static Need need(String s) {
        return parse(Need.class, s);
    }

    private static Objective objective(String s) {
        return parse(Objective.class, s);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s) {
        try {
            return Enum.valueOf(type, s == null ? "" : s.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.asset.invalid");
        }
    }
}
