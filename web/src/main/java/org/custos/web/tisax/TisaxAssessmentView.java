package org.custos.web.tisax;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.platform.error.CustosException;
import org.custos.tisax.boundary.TisaxService;
import org.custos.tisax.control.Tier;
import org.custos.tisax.control.TisaxControl;
import org.custos.tisax.control.TisaxScoring;
import org.custos.tisax.entity.TisaxAssessment;
import org.custos.tisax.entity.TisaxLabel;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Downloads;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.model.StreamedContent;

/** One self-assessment: labels, level, summary and chart, the applicable controls with their answers. */
@Named
@ViewScoped
public class TisaxAssessmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TisaxService tisax;

    @Inject
    MeasureService measureService;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private TisaxAssessment assessment;
    private List<TisaxControl> controls = List.of();
    private TisaxScoring.Summary summary;
    private String chart;
    private boolean gapsOnly;
    private Map<Long, String> measureNames = Map.of();
    /** The maturity select of each table row, by requirement id. */
    private final Map<Long, Integer> inline = new java.util.HashMap<>();

    // labels form
    private String title;
    private List<String> labels = new ArrayList<>();
    private TisaxAssessment.Status status;

    // answer dialog
    private TisaxControl editing;
    private Integer maturity;
    private String justification;
    private List<String> measureIds = new ArrayList<>();

    public void load() throws IOException {
        if (id == null) {
            ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
            ec.redirect(ec.getRequestContextPath() + "/tisax/assessments");
            return;
        }
        refresh();
    }

    private void refresh() {
        assessment = tisax.assessment(id);
        controls = tisax.controls(id);
        summary = tisax.summary(id);
        inline.clear();
        controls.forEach(c -> inline.put(c.requirementId(), c.maturity()));
        chart = summary.chapters().isEmpty() ? null : TisaxLabels.chapterChart(summary);
        title = assessment.getTitle();
        labels = assessment.labels().stream().map(Enum::name).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        status = assessment.getStatus();
        if (currentUser.permitted(MeasureService.READ)) {
            Map<Long, String> names = new LinkedHashMap<>();
            measureService.measures(MeasureService.Filter.ALL).forEach(m -> names.put(m.getId(), m.getCode() + " · " + m.getTitle()));
            measureNames = names;
        }
    }

    public boolean isCanEdit() {
        return currentUser.permitted(TisaxService.EDIT);
    }

    public boolean isCanSeeMeasures() {
        return currentUser.permitted(MeasureService.READ);
    }

    // ---------------------------------------------------------------- assessment

    public void saveLabels() {
        long seen = assessment.getVersion();
        if (UiAction.attempt(() -> tisax.update(id, seen, title, TisaxLabels.parse(labels), status), "tisax.saved", title)) {
            refresh();
        }
    }

    public String delete() {
        long seen = assessment.getVersion();
        String t = assessment.getTitle();
        if (UiAction.attempt(() -> tisax.delete(id, seen), "tisax.deleted", t)) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/tisax/assessments?faces-redirect=true";
        }
        return null;
    }

    public StreamedContent getXlsx() {
        try {
            TisaxService.Export x = tisax.xlsx(id);
            return Downloads.of(x.fileName(), x.contentType(), x.content());
        } catch (CustosException e) {
            Messages.error(e);
            return null;
        }
    }

    // ---------------------------------------------------------------- answers

    public void startAnswer(TisaxControl control) {
        editing = control;
        maturity = control.maturity();
        justification = control.justification();
        measureIds = control.measureIds().stream().sorted().map(String::valueOf)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void saveAnswer() {
        TisaxControl c = editing;
        Integer m = maturity;
        String j = justification;
        Set<Long> ms = ids(measureIds);
        if (c != null && UiAction.attempt(() -> tisax.answer(id, c.requirementId(), c.answerVersion(), m, j, ms),
                "tisax.answer.saved", c.refId())) {
            refresh();
        }
    }

    /**
     * The maturity chosen in the table; justification and measures stay. Reloads either way, so a refused
     * choice (no justification yet) does not linger in the select.
     */
    public void changeMaturity(TisaxControl c) {
        Integer value = inline.get(c.requirementId());
        UiAction.attempt(() -> tisax.answer(id, c.requirementId(), c.answerVersion(), value, c.justification(),
                c.measureIds()), "tisax.answer.saved", c.refId());
        refresh();
    }

    private static Set<Long> ids(List<String> values) {
        Set<Long> ids = new TreeSet<>();
        if (values != null) {
            for (String v : values) {
                try {
                    ids.add(Long.valueOf(v));
                } catch (NumberFormatException e) {
                    // a tampered value: ignored, the boundary checks the rest
                }
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- presentation

    public List<TisaxControl> getRows() {
        return gapsOnly ? controls.stream().filter(TisaxControl::gap).toList() : controls;
    }

    public List<Tier> tiers(TisaxControl c) {
        return c.tiers().stream().sorted().toList();
    }

    public String measures(TisaxControl c) {
        return c.measureIds().stream().sorted().map(mid -> measureNames.getOrDefault(mid, "#" + mid))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public List<Integer> getMaturityLevels() {
        List<Integer> levels = new ArrayList<>();
        for (int i = TisaxScoring.MIN; i <= TisaxScoring.MAX; i++) {
            levels.add(i);
        }
        return levels;
    }

    public List<Map.Entry<Long, String>> getMeasureOptions() {
        return List.copyOf(measureNames.entrySet());
    }

    public TisaxLabel[] getAllLabels() {
        return TisaxLabel.values();
    }

    public TisaxAssessment.Status[] getStatuses() {
        return TisaxAssessment.Status.values();
    }

    public String format(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TisaxAssessment getAssessment() {
        return assessment;
    }

    public Map<Long, Integer> getInline() {
        return inline;
    }

    public TisaxScoring.Summary getSummary() {
        return summary;
    }

    public String getChart() {
        return chart;
    }

    public boolean isGapsOnly() {
        return gapsOnly;
    }

    public void setGapsOnly(boolean gapsOnly) {
        this.gapsOnly = gapsOnly;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getLabels() {
        return labels;
    }

    public void setLabels(List<String> labels) {
        this.labels = labels;
    }

    public TisaxAssessment.Status getStatus() {
        return status;
    }

    public void setStatus(TisaxAssessment.Status status) {
        this.status = status;
    }

    public TisaxControl getEditing() {
        return editing;
    }

    public Integer getMaturity() {
        return maturity;
    }

    public void setMaturity(Integer maturity) {
        this.maturity = maturity;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public List<String> getMeasureIds() {
        return measureIds;
    }

    public void setMeasureIds(List<String> measureIds) {
        this.measureIds = measureIds;
    }
}
