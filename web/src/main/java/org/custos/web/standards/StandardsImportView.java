package org.custos.web.standards;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.standards.boundary.ImportReport;
import org.custos.standards.boundary.StandardsService;
import org.custos.standards.control.TemplateCatalogParser;
import org.custos.web.support.Messages;
import org.custos.web.support.UiAction;
import org.primefaces.model.file.UploadedFile;

/** Upload of a catalog file; the report says what was stored. */
@Named
@ViewScoped
public class StandardsImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StandardsService standards;

    private transient UploadedFile file;
    private StandardsService.ImportType type = StandardsService.ImportType.AUTO;
    private String code;
    private String name;
    private String edition;
    private String publisher;
    private String licence;
    private ImportReport report;
    private Long sourceId;
    private Long targetId;
    private java.util.List<org.custos.standards.boundary.StandardSummary> available;

    @jakarta.annotation.PostConstruct
    void load() {
        available = standards.list();
    }

    public org.primefaces.model.StreamedContent template(boolean mapping, String format) {
        return org.custos.web.support.Downloads.of(() -> standards.template(mapping,
                StandardsService.ExportFormat.valueOf(format)));
    }

    public boolean isMapping() {
        return type == StandardsService.ImportType.MAPPING_TEMPLATE;
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("import.empty");
            return;
        }
        report = null;
        if (isMapping()) {
            if (sourceId == null || targetId == null) {
                Messages.error("import.mappingNeedsStandards");
                return;
            }
            UiAction.attempt(() -> report = standards.importMappingTemplate(file.getFileName(), file.getContent(), sourceId,
                    targetId), "import.done");
        } else {
            UiAction.attempt(() -> report = standards.importFile(file.getFileName(), file.getContent(), type,
                    new TemplateCatalogParser.Meta(code, name, edition, publisher, file.getFileName(), licence)), "import.done");
        }
        available = standards.list();
    }

    public StandardsService.ImportType[] getTypes() {
        return StandardsService.ImportType.values();
    }

    public java.util.List<org.custos.standards.boundary.StandardSummary> getAvailable() {
        return available;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public void setSourceId(Long sourceId) {
        this.sourceId = sourceId;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public String getMappingTemplateHeader() {
        return String.join(",", org.custos.standards.control.TemplateMappingParser.COLUMNS);
    }

    public String getTemplateHeader() {
        return String.join(",", TemplateCatalogParser.COLUMNS);
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public StandardsService.ImportType getType() {
        return type;
    }

    public void setType(StandardsService.ImportType type) {
        this.type = type;
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

    public String getEdition() {
        return edition;
    }

    public void setEdition(String edition) {
        this.edition = edition;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public ImportReport getReport() {
        return report;
    }
}
