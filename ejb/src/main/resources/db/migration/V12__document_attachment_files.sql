-- The bytes of document attachments move into a table of their own, so that listing a version's
-- files (and sealing a version) never reads them; only a download does.
CREATE TABLE document_attachment_file (
    attachment_id BIGINT NOT NULL,
    data LONGBLOB NOT NULL,
    PRIMARY KEY (attachment_id),
    CONSTRAINT fk_document_attachment_file FOREIGN KEY (attachment_id) REFERENCES document_attachment (id)
);
INSERT INTO document_attachment_file (attachment_id, data) SELECT id, data FROM document_attachment;
ALTER TABLE document_attachment DROP COLUMN data;
