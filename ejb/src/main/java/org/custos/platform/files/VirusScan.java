package org.custos.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.custos.platform.error.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The virus-scan hook for uploaded files. With {@code custos.files.scan-command} set (for example
 * {@code clamdscan --no-summary --fdpass}), every upload is written to a temporary file and the
 * command runs with its path as last argument: exit 0 means clean, 1 infected (refused), anything
 * else or a timeout refuses the file too (fail closed). Without a command files are stored as "not
 * scanned", which the UI shows.
 */
@ApplicationScoped
public class VirusScan {

    private static final Logger LOG = Logger.getLogger(VirusScan.class.getName());
    static final long TIMEOUT_SECONDS = 120;

    public enum Result {
        NOT_SCANNED, CLEAN
    }

    @Inject
    @ConfigProperty(name = "custos.files.scan-command", defaultValue = " ")
    String command;

    public VirusScan() {
    }

    VirusScan(String command) {
        this.command = command;
    }

    public boolean configured() {
        return command != null && !command.isBlank();
    }

    /** Scans the bytes; throws a validation error when the file is infected or the scan fails. */
    public Result scan(String fileName, byte[] data) {
        if (!configured()) {
            return Result.NOT_SCANNED;
        }
        Path file = null;
        try {
            file = Files.createTempFile("custos-scan-", ".bin");
            Files.write(file, data);
            List<String> cmd = new ArrayList<>(Arrays.asList(command.strip().split("\\s+")));
            cmd.add(file.toString());
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new ValidationException("file.scanFailed", fileName);
            }
            int exit = p.exitValue();
            if (exit == 0) {
                return Result.CLEAN;
            }
            String said = new String(output).strip();
            LOG.warning(() -> "Virus scan of " + fileName + " exit " + exit + ": " + said);
            throw new ValidationException(exit == 1 ? "file.infected" : "file.scanFailed", fileName);
        } catch (IOException e) {
            LOG.warning(() -> "Virus scan could not run: " + e.getMessage());
            throw new ValidationException("file.scanFailed", fileName);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ValidationException("file.scanFailed", fileName);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the OS
                }
            }
        }
    }
}
