package org.custos.web.risk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.OrgUnit;
import org.custos.organisation.entity.Person;
import org.custos.risk.boundary.AssetService;
import org.custos.risk.control.AssetImport;
import org.custos.risk.control.ProtectionNeedCalculator.Effective;
import org.custos.risk.entity.Asset;
import org.custos.risk.entity.Asset.Need;
import org.custos.risk.entity.Asset.Objective;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The asset inventory: filters by type, scope and effective protection need; the create/edit dialog
 * with dependencies, own needs and overrides; deletion; the import of a CMDB export with its report.
 */
@Named
@ViewScoped
public class RiskAssetsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssetService assets;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private List<AssetService.AssetView> list = List.of();
    private Map<Long, String> codes = Map.of();

    // filters
    private Asset.Type typeFilter;
    private Boolean inScopeFilter;
    private Need needFilter;
    private String query;

    // dialog
    private final AssetForm form = new AssetForm();
    private List<Person> persons;
    private List<OrgUnit> units;
    private AssetService.AssetView editing;
    private List<Asset> dependencyOptions = List.of();

    // import
    private AssetService.ImportReport report;

    @PostConstruct
    void load() {
        filter();
    }

    public void filter() {
        List<AssetService.AssetView> all = assets.assets(AssetService.Filter.ALL);
        codes = all.stream().collect(Collectors.toMap(v -> v.asset().getId(), v -> v.asset().getCode()));
        boolean none = typeFilter == null && inScopeFilter == null && needFilter == null;
        List<AssetService.AssetView> found = none ? all
                : assets.assets(new AssetService.Filter(typeFilter, inScopeFilter, needFilter));
        list = matching(found, query);
    }

    static List<AssetService.AssetView> matching(List<AssetService.AssetView> views, String query) {
        if (query == null || query.isBlank()) {
            return views;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return views.stream().filter(v -> v.asset().getCode().toLowerCase(Locale.ROOT).contains(q)
                || v.asset().getName().toLowerCase(Locale.ROOT).contains(q)).toList();
    }

    public void resetFilters() {
        typeFilter = null;
        inScopeFilter = null;
        needFilter = null;
        query = null;
        filter();
    }

    // ---------------------------------------------------------------- what may be done

    public boolean isCanEdit() {
        return currentUser.permitted(AssetService.EDIT);
    }

    public boolean isCanChooseOwner() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public boolean isCanChooseUnit() {
        return currentUser.permitted(OrganisationService.READ);
    }

    // ---------------------------------------------------------------- dialog

    private void options() {
        if (persons == null) {
            persons = isCanChooseOwner() ? organisation.persons() : List.of();
            units = isCanChooseUnit() ? organisation.units() : List.of();
        }
    }

    public void startCreate() {
        options();
        editing = null;
        form.clear();
        dependencyOptions = dependencyOptions(null);
    }

    public void startEdit(AssetService.AssetView view) {
        options();
        editing = assets.asset(view.asset().getId());
        form.fill(editing.asset());
        dependencyOptions = dependencyOptions(editing.asset().getId());
    }

    public void save() {
        AssetService.AssetInput in = form.input();
        Long id = form.getId();
        if (UiAction.attempt(() -> assets.save(id, form.getSeenVersion(), in), id == null ? "asset.created" : "asset.saved",
                in.code())) {
            filter();
            PrimeFaces.current().ajax().update("assetsForm");
        }
    }

    public void delete(AssetService.AssetView view) {
        Asset a = view.asset();
        if (UiAction.attempt(() -> assets.delete(a.getId(), a.getVersion()), "asset.deleted", a.getCode())) {
            filter();
        }
    }

    /** Other assets this one may depend on (itself excluded). */
    private List<Asset> dependencyOptions(Long self) {
        return assets.assets(AssetService.Filter.ALL).stream().map(AssetService.AssetView::asset)
                .filter(a -> self == null || !a.getId().equals(self))
                .sorted(Comparator.comparing(Asset::getCode)).toList();
    }

    public List<Asset> getDependencyOptions() {
        return dependencyOptions;
    }

    // ---------------------------------------------------------------- import

    public void startImport() {
        report = null;
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (file == null || file.getSize() == 0) {
            Messages.error("asset.import.empty");
            return;
        }
        report = null;
        AssetService.ImportReport[] done = new AssetService.ImportReport[1];
        if (UiAction.attempt(() -> done[0] = assets.importFile(file.getFileName(), file.getContent()), null)) {
            report = done[0];
            if (report.ok()) {
                Messages.info("asset.import.done", report.created(), report.updated());
                filter();
            } else {
                Messages.error("asset.import.refused", report.errors().size());
            }
        }
    }

    public String error(AssetImport.RowError e) {
        return Messages.text(e.key(), e.args().toArray());
    }

    public String getColumns() {
        return String.join(",", AssetImport.COLUMNS);
    }

    // ---------------------------------------------------------------- presentation

    public Effective effective(AssetService.AssetView v, String objective) {
        return v.effective(Objective.valueOf(objective));
    }

    /** "Very high" and where it comes from: own, inherited from KIS, overridden: reason. */
    public String source(Effective e) {
        if (e == null) {
            return "";
        }
        return switch (e.source()) {
            case OWN -> Messages.text("asset.source.OWN");
            case INHERITED -> e.from() == null ? Messages.text("asset.source.INHERITED_HIDDEN")
                    : Messages.text("asset.source.INHERITED", e.from());
            case OVERRIDDEN -> Messages.text("asset.source.OVERRIDDEN", e.reason());
            case DEFAULT -> Messages.text("asset.source.DEFAULT");
        };
    }

    public String needClass(Need need) {
        if (need == null) {
            return "tag";
        }
        return switch (need) {
            case NORMAL -> "tag ok";
            case HIGH -> "tag warn";
            case VERY_HIGH -> "tag danger";
        };
    }

    public String dependencies(Asset a) {
        return a.getDependsOnIds().stream().map(id -> codes.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    public Asset.Type[] getTypes() {
        return Asset.Type.values();
    }

    public Need[] getNeeds() {
        return Need.values();
    }

    public List<String> getObjectives() {
        return List.of(Objective.CONFIDENTIALITY.name(), Objective.INTEGRITY.name(), Objective.AVAILABILITY.name());
    }

    // ---------------------------------------------------------------- accessors

    public List<AssetService.AssetView> getList() {
        return list;
    }

    public AssetForm getForm() {
        return form;
    }

    public AssetService.AssetView getEditing() {
        return editing;
    }

    public List<Person> getPersons() {
        return persons == null ? List.of() : persons;
    }

    public List<OrgUnit> getUnits() {
        return units == null ? List.of() : units;
    }

    public AssetService.ImportReport getReport() {
        return report;
    }

    public Asset.Type getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(Asset.Type typeFilter) {
        this.typeFilter = typeFilter;
    }

    public Boolean getInScopeFilter() {
        return inScopeFilter;
    }

    public void setInScopeFilter(Boolean inScopeFilter) {
        this.inScopeFilter = inScopeFilter;
    }

    public Need getNeedFilter() {
        return needFilter;
    }

    public void setNeedFilter(Need needFilter) {
        this.needFilter = needFilter;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
