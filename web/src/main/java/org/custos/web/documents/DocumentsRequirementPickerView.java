package org.custos.web.documents;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.entity.Requirement;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.CurrentUser;
import org.custos.web.support.Messages;

/**
 * The requirements a document version or a measure addresses, picked per standard
 * ({@code /WEB-INF/includes/requirement-picker.xhtml}): choose a standard, search its requirements,
 * the chosen ones stay as chips across standards. The page starts it with {@link #start} and reads
 * the choice with {@link #ids}; the document and the measure pages share it.
 */
@Named
@ViewScoped
public class DocumentsRequirementPickerView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_SUGGESTIONS = 30;

    @Inject
    StandardsService standards;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleView localeView;

    private List<StandardSummary> standardList;
    private Long standardId;
    private List<Requirement> chosen = new ArrayList<>();
    /** Every requirement the picker has shown, by id: what the converter may read back. */
    private final Map<Long, Requirement> known = new HashMap<>();
    private final Converter<Requirement> converter = new KnownRequirements(known);

    /** Starts with the given requirements (a new document or measure: none). */
    public void start(List<Requirement> current) {
        chosen = new ArrayList<>(current == null ? List.of() : current);
        known.clear();
        chosen.forEach(r -> known.put(r.getId(), r));
        if (standardId == null && !getStandardList().isEmpty()) {
            standardId = getStandardList().get(0).standard().getId();
        }
    }

    /** Requirements of the chosen standard matching the query (ref id or title), without those already chosen. */
    public List<Requirement> complete(String query) {
        if (standardId == null || query == null || query.isBlank()) {
            return List.of();
        }
        Set<Long> taken = ids();
        List<Requirement> found = standards.search(standardId, query, MAX_SUGGESTIONS).stream()
                .filter(r -> !taken.contains(r.getId())).toList();
        found.forEach(r -> known.put(r.getId(), r));
        return found;
    }

    public Set<Long> ids() {
        Set<Long> ids = new LinkedHashSet<>();
        chosen.forEach(r -> ids.add(r.getId()));
        return ids;
    }

    public String label(Requirement r) {
        return r == null ? "" : r.getStandard().getCode() + " " + r.getRefId() + " – " + title(r);
    }

    public String title(Requirement r) {
        return r == null ? "" : r.title(localeView.getLocale());
    }

    /** Reads a chip back by its id; only requirements this picker offered are accepted. */
    public Converter<Requirement> getConverter() {
        return converter;
    }

    static final class KnownRequirements implements Converter<Requirement>, Serializable {

        private static final long serialVersionUID = 1L;
        private final Map<Long, Requirement> known;

        KnownRequirements(Map<Long, Requirement> known) {
            this.known = known;
        }

        @Override
        public Requirement getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            Requirement r = null;
            try {
                r = known.get(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                // not one of ours
            }
            if (r == null) {
                throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        Messages.text("error.notFound", "Requirement", value), null));
            }
            return r;
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Requirement value) {
            return value == null || value.getId() == null ? "" : value.getId().toString();
        }
    }

    public List<StandardSummary> getStandardList() {
        if (standardList == null) {
            standardList = currentUser.permitted(StandardsService.READ) ? standards.list() : List.of();
        }
        return standardList;
    }

    public Long getStandardId() {
        return standardId;
    }

    public void setStandardId(Long standardId) {
        this.standardId = standardId;
    }

    public List<Requirement> getChosen() {
        return chosen;
    }

    public void setChosen(List<Requirement> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
    }
}
