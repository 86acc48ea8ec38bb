package org.custos.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.custos.platform.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VirusScanTest {

    private static final byte[] EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
            .getBytes(StandardCharsets.US_ASCII);

    /** A scanner with clamscan's exit codes: 0 clean, 1 infected, 2 error. */
    private static Path scanner(Path dir) throws Exception {
        Path script = dir.resolve("scan.sh");
        Files.writeString(script, "#!/bin/sh\n[ -r \"$1\" ] || exit 2\ngrep -q EICAR-STANDARD \"$1\" && exit 1\nexit 0\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    @Test
    void withoutACommandFilesAreNotScanned() {
        assertEquals(VirusScan.Result.NOT_SCANNED, new VirusScan(" ").scan("a.pdf", EICAR));
    }

    @Test
    void theConfiguredCommandDecides(@TempDir Path dir) throws Exception {
        VirusScan scan = new VirusScan(scanner(dir).toString());
        assertEquals(VirusScan.Result.CLEAN, scan.scan("report.pdf", "%PDF-1.7 clean".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("file.infected", assertThrows(ValidationException.class, () -> scan.scan("eicar.txt", EICAR)).messageKey());
    }

    @Test
    void aFailingScannerRefusesTheFile(@TempDir Path dir) {
        VirusScan missing = new VirusScan(dir.resolve("no-such-scanner").toString());
        assertEquals("file.scanFailed", assertThrows(ValidationException.class, () -> missing.scan("a.pdf", new byte[] {1}))
                .messageKey());
        VirusScan error = new VirusScan("ls /no-such-directory"); // exit 2, as a scanner that failed
        assertEquals("file.scanFailed", assertThrows(ValidationException.class, () -> error.scan("a.pdf", new byte[] {1}))
                .messageKey());
    }
}
