package org.custos.standards.boundary;

import java.io.Serializable;
import java.util.List;

/** What an import stored: standards and mapping sets with their sizes, and warnings. */
public record ImportReport(String fileName, String type, List<String> standards, List<String> mappingSets,
        long requirements, long mappings, List<String> warnings, long millis) implements Serializable {
}
