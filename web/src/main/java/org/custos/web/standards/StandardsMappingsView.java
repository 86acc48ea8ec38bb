package org.custos.web.standards;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.standards.boundary.MappingSetSummary;
import org.custos.standards.boundary.StandardsService;

/** Mapping sets with how much of their source standard they cover. */
@Named
@ViewScoped
public class StandardsMappingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StandardsService standards;

    private List<MappingSetSummary> sets;

    @PostConstruct
    void load() {
        sets = standards.mappingSets();
    }

    public List<MappingSetSummary> getSets() {
        return sets;
    }

    public org.primefaces.model.StreamedContent export(long setId, String format) {
        return org.custos.web.support.Downloads.of(() -> standards.exportMappingSet(setId,
                StandardsService.ExportFormat.valueOf(format)));
    }

    public long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }
}
