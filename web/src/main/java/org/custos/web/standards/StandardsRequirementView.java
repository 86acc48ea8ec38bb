package org.custos.web.standards;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custos.roles.control.RaciSubject;
import org.custos.standards.boundary.MappingPath;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.web.i18n.LocaleView;
import org.custos.web.roles.RaciPanelView;
import org.custos.web.support.CurrentUser;

/** One requirement: where it sits, what it says, its attributes, its mappings (with paths) and its RACI. */
@Named
@ViewScoped
public class StandardsRequirementView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StandardsService standards;

    @Inject
    RaciPanelView raci;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private Long id;
    private Requirement requirement;
    private List<Requirement> ancestors;
    private List<MappingPath> paths;
    private Map<String, String> attributes;

    public void load() throws java.io.IOException {
        if (id == null) {
            var ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/standards/list");
            return;
        }
        requirement = standards.requirement(id);
        ancestors = new ArrayList<>();
        for (Requirement r = requirement.getParent(); r != null; r = r.getParent()) {
            ancestors.add(r);
        }
        Collections.reverse(ancestors);
        paths = standards.paths(id);
        attributes = new LinkedHashMap<>();
        if (requirement.getAttributes() != null) {
            try (JsonReader reader = Json.createReader(new StringReader(requirement.getAttributes()))) {
                reader.readObject().forEach((k, v) -> attributes.put(k, v instanceof JsonString s ? s.getString() : v.toString()));
            }
        }
        if (currentUser.permitted(RaciSubject.REQUIREMENT.readPermission())
                && currentUser.permitted("people:read")) {
            raci.show(RaciSubject.REQUIREMENT, id);
        }
    }

    public String title(Requirement r) {
        return r == null ? "" : r.title(localeView.getLocale());
    }

    public String description(Requirement r) {
        return r == null ? "" : r.description(localeView.getLocale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Requirement getRequirement() {
        return requirement;
    }

    public List<Requirement> getAncestors() {
        return ancestors;
    }

    public List<MappingPath> getPaths() {
        return paths;
    }

    public List<Map.Entry<String, String>> getAttributes() {
        return new ArrayList<>(attributes.entrySet());
    }
}
