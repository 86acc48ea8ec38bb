package org.custos.web.standards;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;

/** All standards present, with their size and licence notice. */
@Named
@ViewScoped
public class StandardsListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StandardsService standards;

    private List<StandardSummary> all;

    @PostConstruct
    void load() {
        all = standards.list();
    }

    public List<StandardSummary> getAll() {
        return all;
    }
}
