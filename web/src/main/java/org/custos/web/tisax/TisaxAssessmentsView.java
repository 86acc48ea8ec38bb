package org.custos.web.tisax;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.custos.standards.entity.Standard;
import org.custos.tisax.boundary.TisaxService;
import org.custos.tisax.entity.TisaxAssessment;
import org.custos.tisax.entity.TisaxLabel;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/** The TISAX self-assessments; new ones against an imported VDA ISA edition. */
@Named
@ViewScoped
public class TisaxAssessmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TisaxService tisax;

    @Inject
    CurrentUser currentUser;

    private List<TisaxAssessment> list;
    private List<Standard> standards;

    // create dialog
    private String title;
    private Long standardId;
    /** Label enum names: plain strings keep the checkbox binding free of a converter. */
    private List<String> labels = new ArrayList<>();

    @PostConstruct
    void load() {
        list = tisax.assessments();
        standards = tisax.isaStandards();
    }

    public boolean isCanEdit() {
        return currentUser.permitted(TisaxService.EDIT);
    }

    public void startCreate() {
        title = null;
        standardId = standards.isEmpty() ? null : standards.get(standards.size() - 1).getId();
        labels = new ArrayList<>();
    }

    public String create() {
        if (standardId == null) {
            Messages.error("tisax.standard.required");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        TisaxAssessment[] created = new TisaxAssessment[1];
        long sid = standardId;
        if (UiAction.attempt(() -> created[0] = tisax.create(title, sid, TisaxLabels.parse(labels)), "tisax.created", title)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/tisax/assessment?faces-redirect=true&id=" + created[0].getId();
        }
        return null;
    }

    public String level(TisaxAssessment a) {
        return a.requiredLevel().name();
    }

    public List<TisaxLabel> labelsOf(TisaxAssessment a) {
        return List.copyOf(a.labels());
    }

    public TisaxLabel[] getAllLabels() {
        return TisaxLabel.values();
    }

    public List<TisaxAssessment> getList() {
        return list;
    }

    public List<Standard> getStandards() {
        return standards;
    }

    public boolean isNoIsaStandard() {
        return standards.isEmpty();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getStandardId() {
        return standardId;
    }

    public void setStandardId(Long standardId) {
        this.standardId = standardId;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }
}
