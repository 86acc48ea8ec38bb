package org.custos.standards.control;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The shared public fixture files; tests using them skip when ../shared is not beside the checkout. */
final class Fixtures {

    private Fixtures() {
    }

    static Path require(String relative) {
        Path root = Path.of(System.getProperty("custos.fixtures", "../../shared/fixtures"));
        Path file = root.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(file), "fixture not available: " + file);
        return file;
    }
}
