package org.custos.web.documents;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.standards.boundary.StandardSummary;
import org.custos.standards.boundary.StandardsService;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;

/** Which requirements of a standard the documents in force address, and where the gaps are. */
@Named
@ViewScoped
public class DocumentsCoverageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    StandardsService standards;

    @Inject
    LocaleView localeView;

    private List<StandardSummary> standardList;
    private Long standardId;
    private boolean gapsOnly = true;
    private DocumentService.Coverage coverage;
    private Map<String, Long> documentIds = Map.of();

    @PostConstruct
    void load() {
        standardList = standards.list();
        documentIds = documents.documents(DocumentService.Filter.ALL).stream()
                .collect(Collectors.toMap(Document::getCode, Document::getId, (a, b) -> a));
        if (!standardList.isEmpty()) {
            standardId = standardList.get(0).standard().getId();
            show();
        }
    }

    public void show() {
        coverage = null;
        if (standardId != null) {
            UiAction.attempt(() -> coverage = documents.coverage(standardId), null);
        }
    }

    /** All rows, or only the gaps (assessable and addressed by no document in force). */
    public List<DocumentService.CoverageRow> getRows() {
        if (coverage == null) {
            return List.of();
        }
        return gapsOnly ? coverage.gaps() : coverage.rows();
    }

    public long getPercent() {
        long assessable = coverage == null ? 0 : coverage.assessable();
        return assessable == 0 ? 0 : Math.round(100.0 * coverage.addressed() / assessable);
    }

    /** "x of y assessable requirements are addressed by a document in force". */
    public String getSummary() {
        return coverage == null ? "" : Messages.text("documents.coverage.summary", coverage.addressed(), coverage.assessable());
    }

    public String title(DocumentService.CoverageRow r) {
        boolean german = "de".equals(localeView.getLocale().getLanguage());
        String preferred = german ? r.titleDe() : r.titleEn();
        return preferred != null && !preferred.isBlank() ? preferred : (german ? r.titleEn() : r.titleDe());
    }

    /** Indentation by depth, in rem (the gap list is flat). */
    public double indent(DocumentService.CoverageRow r) {
        return gapsOnly ? 0 : Math.min(r.depth(), 8) * 1.25;
    }

    /** The id of a document by its code, to link it (null if it is gone meanwhile). */
    public Long documentId(String code) {
        return documentIds.get(code);
    }

    public List<StandardSummary> getStandardList() {
        return standardList;
    }

    public Long getStandardId() {
        return standardId;
    }

    public void setStandardId(Long standardId) {
        this.standardId = standardId;
    }

    public boolean isGapsOnly() {
        return gapsOnly;
    }

    public void setGapsOnly(boolean gapsOnly) {
        this.gapsOnly = gapsOnly;
    }

    public DocumentService.Coverage getCoverage() {
        return coverage;
    }
}
