package org.custos.standards.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.custos.standards.entity.Requirement;

/** Writes a standard in the CSV template that {@link TemplateCsvParser} reads, so an export imports back unchanged. */
public final class TemplateCsvWriter {

    public byte[] write(List<Requirement> requirementsParentsFirst) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(TemplateCsvParser.COLUMNS);
            for (Requirement r : requirementsParentsFirst) {
                printer.printRecord(r.getRefId(), r.getParent() == null ? "" : r.getParent().getRefId(),
                        Boolean.toString(r.isAssessable()), nz(r.getTitleEn()), nz(r.getTitleDe()),
                        nz(r.getDescriptionEn()), nz(r.getDescriptionDe()), nz(r.getAttributes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
