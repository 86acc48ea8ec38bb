package org.custos.web.measures;

import java.io.Serializable;
import java.time.LocalDate;
import org.custos.measures.entity.Evidence;

/**
 * The fields of the evidence dialogs (add file, add link, edit title and validity). A chosen file is
 * held here until the dialog is saved, so a refused save loses neither the file nor what was typed.
 */
public class EvidenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long evidenceId;
    private long seenVersion;
    private String title;
    private String url;
    private LocalDate validFrom;
    private LocalDate validUntil;

    private String fileName;
    private String contentType;
    private byte[] data;

    /** New evidence: valid from today, open-ended, no file yet. */
    void start(LocalDate today) {
        evidenceId = null;
        seenVersion = 0;
        title = null;
        url = null;
        validFrom = today;
        validUntil = null;
        clearFile();
    }

    /** Existing evidence: its title and validity (the file or link itself never changes). */
    void fill(Evidence e) {
        start(e.getValidFrom());
        evidenceId = e.getId();
        seenVersion = e.getVersion();
        title = e.getTitle();
        validUntil = e.getValidUntil();
    }

    void file(String name, String type, byte[] content) {
        fileName = name;
        contentType = type;
        data = content;
    }

    void clearFile() {
        fileName = null;
        contentType = null;
        data = null;
    }

    public boolean isFileChosen() {
        return data != null && fileName != null;
    }

    public Long getSize() {
        return data == null ? null : (long) data.length;
    }

    Long getEvidenceId() {
        return evidenceId;
    }

    long getSeenVersion() {
        return seenVersion;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getData() {
        return data;
    }

    public String getFileName() {
        return fileName;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }
}
