package org.custos.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.custos.platform.error.ValidationException;
import org.junit.jupiter.api.Test;

class AttachmentsTest {

    @Test
    void attachmentsAreCheckedByNameAndContent() {
        byte[] pdf = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        assertEquals("application/pdf", Attachments.check("C:\\scans\\policy.pdf", "application/octet-stream", pdf).contentType());
        assertEquals("policy.pdf", Attachments.check("C:\\scans\\policy.pdf", null, pdf).fileName());
        assertEquals("attachment.content.mismatch",
                assertThrows(ValidationException.class, () -> Attachments.check("evil.pdf", "application/pdf",
                        new byte[] {'M', 'Z', 0, 0})).messageKey());
        assertEquals("attachment.type.invalid",
                assertThrows(ValidationException.class, () -> Attachments.check("run.exe", null, pdf)).messageKey());
        assertEquals("attachment.empty",
                assertThrows(ValidationException.class, () -> Attachments.check("a.txt", null, new byte[0])).messageKey());
        assertEquals("attachment.tooLarge", assertThrows(ValidationException.class,
                () -> Attachments.check("a.txt", null, new byte[(int) Attachments.MAX_BYTES + 1])).messageKey());
        assertEquals("text/plain", Attachments.check("notes.txt", null, "Grüße".getBytes(StandardCharsets.UTF_8)).contentType());
    }
}
