package org.custos.web.documents;

import java.io.Serializable;
import org.custos.documents.boundary.DocumentService;
import org.custos.documents.entity.Document;
import org.custos.documents.entity.DocumentType;

/** The register-entry fields a user edits (code, parent, owner, role, review interval), shared by the pages. */
public class DocumentEntryForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_REVIEW_MONTHS = 12;

    private String code;
    private Long parentId;
    private Long ownerId;
    private Long roleId;
    private Integer reviewMonths = DEFAULT_REVIEW_MONTHS;

    /** Empty, with the default review interval. */
    void clear() {
        code = null;
        parentId = null;
        ownerId = null;
        roleId = null;
        reviewMonths = DEFAULT_REVIEW_MONTHS;
    }

    /** As the document's register entry stands (the parent id given, as the page knows it from the path). */
    void fill(Document d, Long parent) {
        code = d.getCode();
        parentId = parent;
        ownerId = d.getOwner() == null ? null : d.getOwner().getId();
        roleId = d.getResponsibleRole() == null ? null : d.getResponsibleRole().getId();
        reviewMonths = d.getReviewMonths();
    }

    DocumentService.DocumentInput input(DocumentType type) {
        return new DocumentService.DocumentInput(type, code, parentId, ownerId, roleId, reviewMonths);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Long getRoleId() {
        return roleId;
    }

    public void setRoleId(Long roleId) {
        this.roleId = roleId;
    }

    public Integer getReviewMonths() {
        return reviewMonths;
    }

    public void setReviewMonths(Integer reviewMonths) {
        this.reviewMonths = reviewMonths;
    }
}
