package org.custos.measures.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of a file evidence, apart from its metadata so that lists never load them. */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "evidence_id")
    private Long evidenceId;

    @Lob
    @Column(nullable = false)
    private byte[] data;

    protected EvidenceFile() {
    }

    public EvidenceFile(long evidenceId, byte[] data) {
        this.evidenceId = evidenceId;
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }
}
