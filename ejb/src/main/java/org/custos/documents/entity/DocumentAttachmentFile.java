package org.custos.documents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of an attachment, apart from its metadata so that listing files never loads them. */
@Entity
@Table(name = "document_attachment_file")
public class DocumentAttachmentFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Lob
    @Column(nullable = false)
    private byte[] data;

    protected DocumentAttachmentFile() {
    }

    public DocumentAttachmentFile(long attachmentId, byte[] data) {
        this.attachmentId = attachmentId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
