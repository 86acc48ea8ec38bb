package org.custos.web.standards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custos.standards.boundary.MappingPath;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.standards.entity.Standard;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** One standard's requirement tree with search and a requirement's mappings. */
@Named
@ViewScoped
public class StandardsTreeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StandardsService standards;

    private Long id;
    private Standard standard;
    private TreeNode<Requirement> root;
    private String query;
    private List<Requirement> results = List.of();
    private boolean searched;
    private Requirement selected;
    private List<MappingPath> paths = List.of();

    public void load() throws java.io.IOException {
        if (id == null) {
            var ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/standards/list");
            return;
        }
        standard = standards.standard(id);
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<Requirement>> nodes = new HashMap<>();
        for (Requirement r : standards.requirements(id)) {
            TreeNode<Requirement> parent = r.getParent() == null ? root : nodes.getOrDefault(r.getParent().getId(), root);
            TreeNode<Requirement> node = new DefaultTreeNode<>(r, parent);
            node.setExpanded(r.getDepth() == 0);
            nodes.put(r.getId(), node);
        }
    }

    public void search() {
        results = standards.search(id, query, 100);
        searched = true;
    }

    public boolean isSearched() {
        return searched;
    }

    public void select(Requirement requirement) {
        selected = requirement;
        paths = standards.paths(requirement.getId());
    }

    /** The standard as a download: CSV or XLSX template, or OSCAL catalog JSON. */
    public org.primefaces.model.StreamedContent export(String format) {
        return org.custos.web.support.Downloads.of(() -> standards.export(id,
                StandardsService.ExportFormat.valueOf(format)));
    }

    public String title(Requirement r) {
        return r == null ? "" : r.title(locale());
    }

    public String description(Requirement r) {
        return r == null ? "" : r.description(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Standard getStandard() {
        return standard;
    }

    public TreeNode<Requirement> getRoot() {
        return root;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Requirement> getResults() {
        return results;
    }

    public Requirement getSelected() {
        return selected;
    }

    public List<MappingPath> getPaths() {
        return paths;
    }
}
