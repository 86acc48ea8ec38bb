package org.custos.web.objectives;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.custos.objectives.boundary.ObjectiveService;
import org.custos.objectives.boundary.ObjectiveService.KpiDetail;
import org.custos.objectives.boundary.ObjectiveService.KpiInput;
import org.custos.objectives.control.KpiEvaluation.State;
import org.custos.objectives.control.KpiView;
import org.custos.objectives.entity.Kpi;
import org.custos.objectives.entity.KpiMeasurement;
import org.custos.objectives.entity.Objective;
import org.custos.organisation.boundary.OrganisationService;
import org.custos.organisation.entity.Person;
import org.custos.platform.error.CustosException;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/**
 * One KPI ({@code ?id=}; a new one with {@code ?objective=}): its definition, the trend of its values against
 * target and thresholds, the measurements, and recording a value (manual) or measuring now (computed).
 */
@Named
@ViewScoped
public class ObjectivesKpiView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ObjectiveService objectives;

    @Inject
    OrganisationService organisation;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private Long objectiveId;
    private Objective objective;
    private KpiDetail detail;
    private String chart;
    private List<Person> persons = List.of();

    // definition
    private long seenVersion;
    private String code;
    private String name;
    private String metric;
    private String unit;
    private Kpi.Direction direction;
    private BigDecimal target;
    private BigDecimal warning;
    private BigDecimal failure;
    private Kpi.Frequency frequency;
    private Long responsibleId;
    private Kpi.Source source;

    // measurement
    private LocalDate measuredOn;
    private BigDecimal value;
    private String note;

    public void load() {
        persons = currentUser.permitted(OrganisationService.PEOPLE_READ) ? organisation.persons() : List.of();
        try {
            refresh();
        } catch (CustosException e) {
            Messages.error(e);
            id = null;
            objectiveId = null;
            objective = null;
            detail = null;
        }
    }

    private void refresh() {
        measuredOn = LocalDate.now();
        value = null;
        note = null;
        if (id == null) {
            detail = null;
            chart = null;
            objective = objectiveId == null ? null : objectives.objective(objectiveId).objective();
            seenVersion = 0;
            code = null;
            name = null;
            metric = null;
            unit = null;
            direction = Kpi.Direction.HIGHER_IS_BETTER;
            target = null;
            warning = null;
            failure = null;
            frequency = Kpi.Frequency.MONTHLY;
            responsibleId = null;
            source = Kpi.Source.MANUAL;
            return;
        }
        detail = objectives.kpi(id);
        Kpi k = detail.kpi();
        objective = k.getObjective();
        objectiveId = objective.getId();
        seenVersion = k.getVersion();
        code = k.getCode();
        name = k.getName();
        metric = k.getMetric();
        unit = k.getUnit();
        direction = k.getDirection();
        target = k.getTarget();
        warning = k.getWarning();
        failure = k.getFailure();
        frequency = k.getFrequency();
        responsibleId = k.getResponsible().getId();
        source = k.getSource();
        chart = ObjectiveLabels.trendChart(k, detail.measurements(), k.getName(), Messages.text("kpi.target"),
                Messages.text("kpi.warning"), Messages.text("kpi.failure"));
    }

    private String redirectTo(Long kpiId) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/objectives/kpi?faces-redirect=true&id=" + kpiId;
    }

    // ---------------------------------------------------------------- actions

    public String save() {
        if (objective == null) {
            return null;
        }
        KpiInput in = new KpiInput(code, name, metric, unit, direction, target, warning, failure, frequency, responsibleId,
                source);
        Long kpiId = id;
        long objId = objective.getId();
        Kpi[] saved = new Kpi[1];
        if (!UiAction.attempt(() -> saved[0] = objectives.saveKpi(objId, kpiId, seenVersion, in),
                kpiId == null ? "kpi.created" : "kpi.saved", in.code())) {
            return null;
        }
        return redirectTo(saved[0].getId());
    }

    public String record() {
        Kpi k = detail.kpi();
        return UiAction.attempt(() -> objectives.recordMeasurement(k.getId(), measuredOn, value, note), "kpi.recorded",
                k.getCode()) ? redirectTo(k.getId()) : null;
    }

    public String measureNow() {
        Kpi k = detail.kpi();
        return UiAction.attempt(() -> objectives.measureNow(k.getId()), "kpi.measured", k.getCode()) ? redirectTo(k.getId())
                : null;
    }

    // ---------------------------------------------------------------- state

    public boolean isExisting() {
        return detail != null;
    }

    public boolean isCanEdit() {
        return currentUser.permitted(ObjectiveService.EDIT) && objective != null;
    }

    public boolean isComputed() {
        return detail != null && detail.kpi().getSource().computed();
    }

    public boolean isCanChoosePerson() {
        return currentUser.permitted(OrganisationService.PEOPLE_READ);
    }

    public String getPageTitle() {
        return detail == null ? Messages.text("kpi.new") : detail.kpi().getCode() + " – " + detail.kpi().getName();
    }

    public KpiView getStanding() {
        return detail == null ? null : detail.view();
    }

    public List<KpiMeasurement> getMeasurements() {
        return detail == null ? List.of() : detail.measurements();
    }

    public State state(KpiMeasurement m) {
        return detail == null ? null : detail.state(m);
    }

    public String stateClass(State s) {
        return ObjectiveLabels.stateClass(s);
    }

    public String stateKey(State s) {
        return ObjectiveLabels.stateKey(s);
    }

    public String number(BigDecimal v) {
        return ObjectiveLabels.withUnit(v, detail == null ? unit : detail.kpi().getUnit(), locale());
    }

    private static Locale locale() {
        FacesContext f = FacesContext.getCurrentInstance();
        return f == null || f.getViewRoot() == null ? Locale.ENGLISH : f.getViewRoot().getLocale();
    }

    /** The persons to choose from; without people:read only the KPI's responsible person. */
    public List<Person> getPersons() {
        if (isCanChoosePerson() || detail == null) {
            return persons;
        }
        return List.of(detail.kpi().getResponsible());
    }

    public Kpi.Direction[] getDirections() {
        return Kpi.Direction.values();
    }

    public Kpi.Frequency[] getFrequencies() {
        return Kpi.Frequency.values();
    }

    public Kpi.Source[] getSources() {
        return Kpi.Source.values();
    }

    /** No value can be recorded for a day still to come. */
    public LocalDate getToday() {
        return LocalDate.now();
    }

    public String getChart() {
        return chart;
    }

    public Objective getObjective() {
        return objective;
    }

    // ---------------------------------------------------------------- accessors

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public void setObjectiveId(Long objectiveId) {
        this.objectiveId = objectiveId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getMetric() {
        return metric;
    }

    public void setMetric(String metric) {
        this.metric = metric;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Kpi.Direction getDirection() {
        return direction;
    }

    public void setDirection(Kpi.Direction direction) {
        this.direction = direction;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public BigDecimal getWarning() {
        return warning;
    }

    public void setWarning(BigDecimal warning) {
        this.warning = warning;
    }

    public BigDecimal getFailure() {
        return failure;
    }

    public void setFailure(BigDecimal failure) {
        this.failure = failure;
    }

    public Kpi.Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Kpi.Frequency frequency) {
        this.frequency = frequency;
    }

    public Long getResponsibleId() {
        return responsibleId;
    }

    public void setResponsibleId(Long responsibleId) {
        this.responsibleId = responsibleId;
    }

    public Kpi.Source getSource() {
        return source;
    }

    public void setSource(Kpi.Source source) {
        this.source = source;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
