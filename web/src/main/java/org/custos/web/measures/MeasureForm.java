package org.custos.web.measures;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentStatus;
import org.custos.measures.boundary.MeasureService;
import org.custos.measures.entity.Measure;
import org.custos.organisation.entity.Person;

/**
 * The fields of the measure dialog, shared by the list (new) and the measure page (edit). Links the
 * user cannot see (requirements outside an auditor's scope, documents without {@code documents:read})
 * are kept as they are, so that saving the dialog never drops them unseen.
 */
public class MeasureForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String title;
    private String description;
    private Long ownerId;
    private Measure.Status status = Measure.Status.PLANNED;
    private LocalDate dueOn;
    private List<Long> documentIds = new ArrayList<>();
    private long seenVersion;
    private Set<Long> hiddenRequirementIds = Set.of();
    private Set<Long> hiddenDocumentIds = Set.of();

    /** Empty, planned: a new measure. */
    void clear() {
        code = null;
        title = null;
        description = null;
        ownerId = null;
        status = Measure.Status.PLANNED;
        dueOn = null;
        documentIds = new ArrayList<>();
        seenVersion = 0;
        hiddenRequirementIds = Set.of();
        hiddenDocumentIds = Set.of();
    }

    /**
     * As the measure stands; the requirements and documents the page could show are the ones the
     * user edits, the others are kept aside.
     */
    void fill(Measure m, Collection<Long> visibleRequirementIds, Collection<Long> visibleDocumentIds) {
        code = m.getCode();
        title = m.getTitle();
        description = m.getDescription();
        ownerId = m.getOwner() == null ? null : m.getOwner().getId();
        status = m.getStatus();
        dueOn = m.getDueOn();
        seenVersion = m.getVersion();
        documentIds = new ArrayList<>(m.getDocumentIds().stream().filter(visibleDocumentIds::contains).toList());
        hiddenDocumentIds = new TreeSet<>(m.getDocumentIds());
        hiddenDocumentIds.removeAll(visibleDocumentIds);
        hiddenRequirementIds = new TreeSet<>(m.getRequirementIds());
        hiddenRequirementIds.removeAll(visibleRequirementIds);
    }

    /** What the boundary gets: the picked requirements and documents plus the unseen ones. */
    MeasureService.MeasureInput input(Collection<Long> pickedRequirementIds) {
        Set<Long> requirements = new LinkedHashSet<>(pickedRequirementIds == null ? List.of() : pickedRequirementIds);
        requirements.addAll(hiddenRequirementIds);
        Set<Long> documents = new LinkedHashSet<>(documentIds == null ? List.of() : documentIds);
        documents.addAll(hiddenDocumentIds);
        return new MeasureService.MeasureInput(code, title, description, ownerId, status, dueOn, requirements, documents);
    }

    /** Active persons, and the current owner even if no longer active. */
    static List<Person> ownerOptions(List<Person> persons, Long currentOwnerId) {
        return persons.stream().filter(p -> p.isActive() || p.getId().equals(currentOwnerId)).toList();
    }

    /** Documents not withdrawn, and those already linked even if withdrawn since. */
    static List<Document> documentOptions(List<Document> documents, Collection<Long> linked) {
        return documents.stream().filter(d -> d.getStatus() != DocumentStatus.WITHDRAWN || linked.contains(d.getId())).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Measure.Status getStatus() {
        return status;
    }

    public void setStatus(Measure.Status status) {
        this.status = status;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public List<Long> getDocumentIds() {
        return documentIds;
    }

    public void setDocumentIds(List<Long> documentIds) {
        this.documentIds = documentIds == null ? new ArrayList<>() : new ArrayList<>(documentIds);
    }

    public long getSeenVersion() {
        return seenVersion;
    }

    public int getHiddenRequirementCount() {
        return hiddenRequirementIds.size();
    }

    public int getHiddenDocumentCount() {
        return hiddenDocumentIds.size();
    }

    public Measure.Status[] getStatuses() {
        return Measure.Status.values();
    }
}
