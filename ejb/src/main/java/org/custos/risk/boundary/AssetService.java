package org.custos.risk.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.platform.audit.control.AuditTrail;
import org.custos.platform.error.Checks;
import org.custos.platform.error.NotFoundException;
import org.custos.platform.error.NotPermittedException;
import org.custos.platform.error.ValidationException;
import org.custos.platform.files.Attachments;
import org.custos.platform.persistence.Edits;
import org.custos.platform.security.control.AccessScope;
import org.custos.platform.security.control.RequiresPermission;
import org.custos.risk.control.AssetImport;
import org.custos.risk.control.ProtectionNeedCalculator;
import org.custos.risk.control.RiskFlags;
import org.custos.risk.control.ProtectionNeedCalculator.Effective;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;

/**
 * The asset inventory (ISO 27001 A.5.9) with protection needs: own needs per objective, effective needs
 * by the maximum principle along the dependencies (with where each value comes from), and the import
 * of a CMDB export. External auditors restricted to org units do not see assets of other units.
 */
@Stateless
public class AssetService {

    public static final String READ = RiskCriteriaService.READ;
    public static final String EDIT = RiskCriteriaService.EDIT;
    static final int MAX_TEXT = 20_000;

    @PersistenceContext(unitName = "custos")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    AccessScope scope;

    @Inject
    RiskFlags flags;

    /** What an asset says. Needs absent from the map are inherited; overridden objectives need an own value. */
    public record AssetInput(String code, String name, Asset.Type type, String description, Long ownerId, String location,
            Long unitId, boolean inScope, String criticality, Set<Long> dependsOnIds, Map<Objective, Need> needs,
            Set<Objective> overrides, String overrideReason) implements Serializable {
    }

    /** Filters of the asset list; null means any. {@code needAtLeast} applies to the highest effective need. */
    public record Filter(Asset.Type type, Boolean inScope, Need needAtLeast) implements Serializable {

        public static final Filter ALL = new Filter(null, null, null);
    }

    /** An asset with its effective needs per objective and where each comes from. */
    public record AssetView(Asset asset, Map<Objective, Effective> effective) implements Serializable {

        public Effective effective(Objective o) {
            return effective.get(o);
        }

        /** The highest effective need over C, I and A. */
        public Need highest() {
            Need max = Need.NORMAL;
            for (Effective e : effective.values()) {
                max = Need.max(max, e.need());
            }
            return max;
        }
    }

    /** The outcome of an import: all rows stored, or none and the errors by row. */
    public record ImportReport(int created, int updated, List<AssetImport.RowError> errors) implements Serializable {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    // ---------------------------------------------------------------- reading

    @RequiresPermission(READ)
    public List<AssetView> assets(Filter filter) {
        Filter f = filter == null ? Filter.ALL : filter;
        List<Asset> all = all();
        Map<Long, Map<Objective, Effective>> effective = calculator(all).all();
        Predicate<Asset> visible = visibility();
        Map<String, Boolean> codeVisible = codeVisibility(all, visible);
        return all.stream().filter(visible)
                .filter(a -> f.type() == null || a.getType() == f.type())
                .filter(a -> f.inScope() == null || a.isInScope() == f.inScope())
                .map(a -> new AssetView(a, masked(effective.get(a.getId()), codeVisible)))
                .filter(v -> f.needAtLeast() == null || v.highest().compareTo(f.needAtLeast()) >= 0)
                .toList();
    }

    @RequiresPermission(READ)
    public AssetView asset(long id) {
        Asset a = find(id);
        Predicate<Asset> visible = visibility();
        if (!visible.test(a)) {
            throw new NotPermittedException("scope");
        }
        List<Asset> all = all();
        return new AssetView(a, masked(calculator(all).of(id), codeVisibility(all, visible)));
    }

    /** The assets that depend on this one (those it inherits from). */
    @RequiresPermission(READ)
    public List<Asset> dependents(long id) {
        asset(id);
        Predicate<Asset> visible = visibility();
        return all().stream().filter(a -> a.getDependsOnIds().contains(id)).filter(visible).toList();
    }

    // ---------------------------------------------------------------- changing

    @RequiresPermission(EDIT)
    public Asset save(Long id, long seenVersion, AssetInput in) {
        if (in == null) {
            throw new ValidationException("asset.name.invalid", 300);
        }
        String code = Checks.required(in.code(), 40, "asset.code.invalid");
        if (!AssetImport.CODE.matcher(code).matches()) {
            throw new ValidationException("asset.code.invalid", 40);
        }
        em.createNamedQuery("Asset.byCode", Asset.class).setParameter("code", code.toLowerCase(Locale.ROOT))
                .getResultStream().filter(o -> !o.getId().equals(id)).findFirst().ifPresent(o -> {
                    throw new ValidationException("asset.code.taken", code);
                });
        String name = Checks.required(in.name(), 300, "asset.name.invalid");
        if (in.type() == null) {
            throw new ValidationException("asset.type.required");
        }
        String description = Checks.optional(in.description(), MAX_TEXT, "asset.text.invalid");
        String location = Checks.optional(in.location(), 300, "asset.location.invalid");
        String criticality = Checks.optional(in.criticality(), 60, "asset.criticality.invalid");
        Person owner = in.ownerId() == null ? null : Optional.ofNullable(em.find(Person.class, in.ownerId()))
                .orElseThrow(() -> new NotFoundException("Person", in.ownerId()));
        OrgUnit unit = in.unitId() == null ? null : Optional.ofNullable(em.find(OrgUnit.class, in.unitId()))
                .orElseThrow(() -> new NotFoundException("OrgUnit", in.unitId()));
        Map<Objective, Need> needs = new EnumMap<>(Objective.class);
        if (in.needs() != null) {
            in.needs().forEach((o, n) -> {
                if (o != null && n != null) {
                    needs.put(o, n);
                }
            });
        }
        Set<Objective> overrides = EnumSet.noneOf(Objective.class);
        if (in.overrides() != null) {
            in.overrides().stream().filter(o -> o != null).forEach(overrides::add);
        }
        for (Objective o : overrides) {
            if (!needs.containsKey(o)) {
                throw new ValidationException("asset.override.need", o);
            }
        }
        String reason = overrides.isEmpty() ? null : Checks.required(in.overrideReason(), 1000, "asset.override.reason");
        Set<Long> deps = new TreeSet<>();
        if (in.dependsOnIds() != null) {
            in.dependsOnIds().stream().filter(d -> d != null).forEach(deps::add);
        }
        if (id != null && deps.contains(id)) {
            throw new ValidationException("asset.dependency.self", code);
        }
        List<Asset> all = all();
        Set<Long> known = new TreeSet<>();
        all.forEach(a -> known.add(a.getId()));
        for (Long d : deps) {
            if (!known.contains(d)) {
                throw new NotFoundException("Asset", d);
            }
        }
        Asset a;
        Map<String, Object> before = null;
        if (id == null) {
            a = new Asset(code, name, in.type());
        } else {
            a = find(id);
            Edits.expectVersion(seenVersion, a.getVersion(), "Asset");
            before = a.auditState();
        }
        // the graph as it would be after saving: refused before anything is written
        long self = id == null ? -1L : id;
        List<ProtectionNeedCalculator.Node> nodes = new ArrayList<>();
        for (Asset x : all) {
            if (x.getId() != self) {
                nodes.add(node(x));
            }
        }
        nodes.add(new ProtectionNeedCalculator.Node(self, code, deps, needs, overrides, reason));
        ProtectionNeedCalculator.cycle(nodes).ifPresent(path -> {
            throw new ValidationException("asset.dependency.cycle", String.join(" → ", path));
        });
        a.describe(code, name, in.type(), description, owner, location, unit, in.inScope(), criticality);
        a.protect(needs, overrides, reason);
        a.dependOn(deps);
        if (id == null) {
            em.persist(a);
            em.flush();
            audit.created("Asset", a.getId(), a);
        } else {
            Edits.flush(em, "Asset");
            audit.updated("Asset", a.getId(), before, a);
            if (!relevant(before).equals(relevant(a.auditState()))) {
                flags.asset(a.getId(), RiskFlags.assetChanged(a.getCode()));
            }
        }
        return a;
    }

    /** Deletes an asset no other asset depends on (its own dependencies go with it). */
    @RequiresPermission(EDIT)
    public void delete(long id, long seenVersion) {
        Asset a = find(id);
        Edits.expectVersion(seenVersion, a.getVersion(), "Asset");
        List<String> dependents = all().stream().filter(x -> x.getDependsOnIds().contains(id)).map(Asset::getCode).toList();
        if (!dependents.isEmpty()) {
            throw new ValidationException("asset.hasDependents", a.getCode(), String.join(", ", dependents));
        }
        List<String> risks = em.createQuery("SELECT DISTINCT r.code FROM Risk r JOIN r.assetIds x WHERE x = :asset "
                + "ORDER BY r.code", String.class).setParameter("asset", id).getResultList();
        if (!risks.isEmpty()) {
            throw new ValidationException("asset.hasRisks", a.getCode(), String.join(", ", risks));
        }
        Map<String, Object> before = a.auditState();
        em.remove(a);
        Edits.flush(em, "Asset");
        audit.deleted("Asset", id, before);
    }

    /**
     * Imports a CMDB export (CSV or XLSX with the columns of {@link AssetImport#COLUMNS}): all rows or
     * none. Existing codes are updated; blank cells keep what an existing asset has.
     */
    @RequiresPermission(EDIT)
    public ImportReport importFile(String fileName, byte[] data) {
        String lower = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".xlsx")) {
            throw new ValidationException("asset.import.fileType");
        }
        // the same size, name and content checks as every other upload
        Attachments.Checked file = Attachments.check(fileName, null, data);
        AssetImport.Parsed parsed = AssetImport.parse(file.fileName(), data);
        List<AssetImport.RowError> errors = new ArrayList<>(parsed.errors());
        List<Asset> all = all();
        Map<String, Asset> byCode = new HashMap<>();
        all.forEach(a -> byCode.put(a.getCode().toLowerCase(Locale.ROOT), a));
        Map<String, List<Person>> persons = new HashMap<>();
        for (Person p : em.createNamedQuery("Person.findAll", Person.class).getResultList()) {
            persons.computeIfAbsent(p.getName().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
        Map<String, AssetImport.Row> rows = new LinkedHashMap<>();
        parsed.rows().forEach(r -> rows.put(r.code().toLowerCase(Locale.ROOT), r));
        Map<String, Person> owners = new HashMap<>();
        for (AssetImport.Row r : parsed.rows()) {
            if (r.owner() != null) {
                List<Person> found = persons.getOrDefault(r.owner().strip().toLowerCase(Locale.ROOT), List.of());
                if (found.isEmpty()) {
                    errors.add(AssetImport.RowError.of(r.number(), "asset.import.owner.unknown", r.owner()));
                } else if (found.size() > 1) {
                    errors.add(AssetImport.RowError.of(r.number(), "asset.import.owner.ambiguous", r.owner()));
                } else {
                    owners.put(r.code().toLowerCase(Locale.ROOT), found.get(0));
                }
            }
            if (r.dependsOn() != null) {
                for (String d : r.dependsOn()) {
                    String key = d.toLowerCase(Locale.ROOT);
                    if (key.equals(r.code().toLowerCase(Locale.ROOT))) {
                        errors.add(AssetImport.RowError.of(r.number(), "asset.import.dependency.self", d));
                    } else if (!rows.containsKey(key) && !byCode.containsKey(key)) {
                        errors.add(AssetImport.RowError.of(r.number(), "asset.import.dependency.unknown", d));
                    }
                }
            }
        }
        if (errors.isEmpty()) {
            cycleAfterImport(all, rows).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            errors.sort((x, y) -> Long.compare(x.row(), y.row()));
            return new ImportReport(0, 0, List.copyOf(errors));
        }
        int created = 0;
        int updated = 0;
        Map<Long, Map<String, Object>> before = new HashMap<>();
        List<Asset> touched = new ArrayList<>();
        for (AssetImport.Row r : rows.values()) {
            String key = r.code().toLowerCase(Locale.ROOT);
            Asset a = byCode.get(key);
            Person owner = owners.get(key);
            if (a == null) {
                a = new Asset(r.code(), r.name(), r.type());
                a.describe(r.code(), r.name(), r.type(), null, owner, r.location(), null,
                        r.inScope() == null || r.inScope(), null);
                a.protect(r.needs(), Set.of(), null);
                em.persist(a);
                byCode.put(key, a);
                created++;
            } else {
                before.put(a.getId(), a.auditState());
                a.describe(r.code(), r.name(), r.type(), a.getDescription(), owner == null ? a.getOwner() : owner,
                        r.location() == null ? a.getLocation() : r.location(), a.getUnit(),
                        r.inScope() == null ? a.isInScope() : r.inScope(), a.getCriticality());
                Map<Objective, Need> needs = new EnumMap<>(Objective.class);
                needs.putAll(a.getNeeds());
                needs.putAll(r.needs());
                a.protect(needs, a.getOverrides(), a.getOverrideReason());
                updated++;
            }
            touched.add(a);
        }
        em.flush();
        for (AssetImport.Row r : rows.values()) {
            if (r.dependsOn() != null) {
                Set<Long> ids = new TreeSet<>();
                r.dependsOn().forEach(d -> ids.add(byCode.get(d.toLowerCase(Locale.ROOT)).getId()));
                byCode.get(r.code().toLowerCase(Locale.ROOT)).dependOn(ids);
            }
        }
        Edits.flush(em, "Asset");
        for (Asset a : touched) {
            Map<String, Object> old = before.get(a.getId());
            if (old == null) {
                audit.created("Asset", a.getId(), a);
            } else if (!old.equals(a.auditState())) {
                audit.updated("Asset", a.getId(), old, a);
            }
        }
        audit.event("Asset", 0L, "IMPORT", Map.of("file", file.fileName(), "created", created, "updated", updated));
        return new ImportReport(created, updated, List.of());
    }

    // ---------------------------------------------------------------- internals

    /** A cycle in the graph as the import would leave it, reported at the row of its first asset in the file. */
    private static Optional<AssetImport.RowError> cycleAfterImport(List<Asset> all, Map<String, AssetImport.Row> rows) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, Set<String>> deps = new HashMap<>();
        Map<String, String> codes = new HashMap<>();
        long next = -1;
        Map<Long, String> byId = new HashMap<>();
        all.forEach(x -> byId.put(x.getId(), x.getCode().toLowerCase(Locale.ROOT)));
        for (Asset a : all) {
            String key = a.getCode().toLowerCase(Locale.ROOT);
            ids.put(key, a.getId());
            codes.put(key, a.getCode());
            Set<String> d = new LinkedHashSet<>();
            a.getDependsOnIds().forEach(i -> d.add(byId.get(i)));
            deps.put(key, d);
        }
        for (AssetImport.Row r : rows.values()) {
            String key = r.code().toLowerCase(Locale.ROOT);
            if (!ids.containsKey(key)) {
                ids.put(key, next--);
            }
            codes.put(key, r.code());
            if (r.dependsOn() != null) {
                Set<String> d = new LinkedHashSet<>();
                r.dependsOn().forEach(x -> d.add(x.toLowerCase(Locale.ROOT)));
                deps.put(key, d);
            } else {
                deps.putIfAbsent(key, Set.of());
            }
        }
        List<ProtectionNeedCalculator.Node> nodes = new ArrayList<>();
        for (Map.Entry<String, Long> e : ids.entrySet()) {
            Set<Long> d = new TreeSet<>();
            deps.getOrDefault(e.getKey(), Set.of()).forEach(x -> d.add(ids.get(x)));
            nodes.add(new ProtectionNeedCalculator.Node(e.getValue(), codes.get(e.getKey()), d, Map.of(), Set.of(), null));
        }
        return ProtectionNeedCalculator.cycle(nodes).map(path -> {
            AssetImport.Row first = path.stream().map(c -> rows.get(c.toLowerCase(Locale.ROOT))).filter(x -> x != null)
                    .findFirst().orElse(null);
            return AssetImport.RowError.of(first == null ? 0 : first.number(), "asset.import.cycle", String.join(" → ", path));
        });
    }

    /** What a risk assessment of the asset rests on: a change of it flags the asset's risks. */
    private static Map<String, Object> relevant(Map<String, Object> state) {
        Map<String, Object> m = new HashMap<>(state);
        m.keySet().retainAll(Set.of("type", "inScope", "criticality", "confidentiality", "integrity", "availability",
                "overrides", "dependsOn"));
        return m;
    }

    private List<Asset> all() {
        return em.createNamedQuery("Asset.findAll", Asset.class).getResultList();
    }

    static ProtectionNeedCalculator.Node node(Asset a) {
        return new ProtectionNeedCalculator.Node(a.getId(), a.getCode(), a.getDependsOnIds(), a.getNeeds(),
                a.getOverrides(), a.getOverrideReason());
    }

    private static ProtectionNeedCalculator calculator(Collection<Asset> all) {
        return new ProtectionNeedCalculator(all.stream().map(AssetService::node).toList());
    }

    /** Unit-less assets are visible to everyone; others only to auditors whose units include the asset's. */
    private Predicate<Asset> visibility() {
        AccessScope.Scope s = scope.current();
        if (!s.restricted()) {
            return a -> true;
        }
        return a -> a.getUnit() == null || s.anyUnit(a.getUnit().lineageIds());
    }

    private static Map<String, Boolean> codeVisibility(List<Asset> all, Predicate<Asset> visible) {
        Map<String, Boolean> m = new HashMap<>();
        all.forEach(a -> m.put(a.getCode(), visible.test(a)));
        return m;
    }

    /** The source of an inherited value is not named when the caller may not see that asset. */
    private static Map<Objective, Effective> masked(Map<Objective, Effective> effective, Map<String, Boolean> visible) {
        Map<Objective, Effective> out = new EnumMap<>(Objective.class);
        effective.forEach((o, e) -> out.put(o, e.from() != null && !visible.getOrDefault(e.from(), false)
                ? new Effective(e.need(), e.source(), null, e.reason()) : e));
        return out;
    }

    private Asset find(long id) {
        Asset a = em.find(Asset.class, id);
        if (a == null) {
            throw new NotFoundException("Asset", id);
        }
        return a;
    }
}
