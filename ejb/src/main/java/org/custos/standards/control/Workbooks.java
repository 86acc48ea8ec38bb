package org.custos.standards.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opening uploaded .xlsx files safely (size, zip bombs, broken files) and reading cell text. */
final class Workbooks {

    static final int MAX_FILE_BYTES = 50 * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** 100:1 is far above what real workbooks reach (~10:1). */
    static final double MIN_INFLATE_RATIO = 0.01;

    private Workbooks() {
    }

    /** The file's bytes, refused beyond {@link #MAX_FILE_BYTES}. */
    static byte[] readBounded(InputStream in, String name) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            int total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > MAX_FILE_BYTES) {
                    throw new ImportFailure(name, "file larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ImportFailure(name, "cannot read the file: " + e.getMessage());
        }
    }

    static boolean isXlsx(byte[] bytes) {
        try {
            return FileMagic.valueOf(bytes) == FileMagic.OOXML;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Opens an .xlsx workbook; the caller closes it. */
    static XSSFWorkbook open(byte[] bytes, String name) {
        if (!isXlsx(bytes)) {
            throw new ImportFailure(name, "not an Excel .xlsx workbook");
        }
        guardAgainstZipBombs();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            // Corrupt zips, zip bombs and non-workbook zips all surface here, often wrapped.
            throw new ImportFailure(name, "not a readable .xlsx workbook: " + rootMessage(e));
        }
    }

    /** POI's limits are JVM-wide; only tighten them so that a stricter setting made elsewhere stays. */
    private static void guardAgainstZipBombs() {
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** A cell's text as shown (numbers without ".0"), line breaks and no-break spaces normalised, trimmed; "" when empty. */
    static String text(Cell cell) {
        return exact(cell).replace('\u00A0', ' ').strip();
    }

    /** A cell's text as shown (numbers without ".0"), only CR LF turned into LF; "" when empty. */
    static String exact(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value;
        switch (type) {
            case STRING:
                value = cell.getStringCellValue();
                break;
            case NUMERIC:
                value = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
                break;
            case BOOLEAN:
                value = String.valueOf(cell.getBooleanCellValue());
                break;
            default:
                value = "";
        }
        return value.replace("\r\n", "\n");
    }
}
