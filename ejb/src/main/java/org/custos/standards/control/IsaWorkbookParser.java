package org.custos.standards.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the official VDA ISA workbook (TISAX questionnaire, ISA 5.x and 6.x, English) into a
 * {@link CatalogDraft} and ISO 27001 mapping sets. Columns are found by their header text because
 * the layout differs between versions (ISA 5 has an extra "ISA Classic" column, ISA 6 an SGA tier).
 */
public class IsaWorkbookParser {

    public static final String CODE = "VDA-ISA";
    public static final String NAME = "VDA ISA (TISAX)";
    public static final String PUBLISHER = "ENX Association / VDA";
    static final String ISO_CODE = "ISO27001";

    static final String TAB_IS = "Information Security";
    static final String TAB_PROTO = "Prototype Protection";
    static final String TAB_DATA = "Data Protection";
    private static final List<String> TABS = List.of(TAB_IS, TAB_PROTO, TAB_DATA);

    private static final int HEADER_SEARCH_ROWS = 20;

    private static final Pattern CONTROL_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern VERSION_CELL = Pattern.compile("(?i)\\bversion\\s*:?\\s*(\\d+(?:\\.\\d+)+)");
    private static final Pattern VERSION_FILE = Pattern.compile("(\\d+(?:[._]\\d+)+)");
    private static final Pattern CIA_TAG = Pattern.compile("\\(\\s*([CIA](?:\\s*,\\s*[CIA])*)\\s*\\)");
    private static final Pattern SUPERSEDED = Pattern.compile("(?i)^superseded\\b.*");
    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("©\\s*(\\d{4})");
    private static final String INVISIBLE = "this is intentional invisible text";

    enum Column {
        NUMBER, IS_TITLE, QUESTION, OBJECTIVE, MUST, SHOULD, HIGH, VERY_HIGH, SGA, VEHICLE, REFERENCES
    }

    /** Tier columns in the order they are written into the description, with their attribute keys. */
    private static final Map<Column, String> TIERS = tiers();

    private static Map<Column, String> tiers() {
        Map<Column, String> t = new EnumMap<>(Column.class);
        t.put(Column.MUST, "tier.must");
        t.put(Column.SHOULD, "tier.should");
        t.put(Column.HIGH, "tier.high");
        t.put(Column.VERY_HIGH, "tier.veryHigh");
        t.put(Column.SGA, "tier.sga");
        t.put(Column.VEHICLE, "tier.vehicle");
        return t;
    }

    private record Header(int rowIndex, Map<Column, Integer> columns, Map<Column, String> labels) {
    }

    /** Where and what a reference cell said, kept until the version is known. */
    private record ReferenceCell(String control, String text) {
    }

    public IsaImport parse(InputStream xlsx, String fileName) {
        String name = fileName == null || fileName.isBlank() ? "workbook" : fileName;
        byte[] bytes = Workbooks.readBounded(xlsx, name);
        XSSFWorkbook workbook = Workbooks.open(bytes, name);
        try (workbook) {
            return read(workbook, name);
        } catch (IOException e) {
            throw new ImportFailure(name, "cannot close the workbook: " + e.getMessage());
        }
    }

    private IsaImport read(Workbook workbook, String name) {
        Map<String, Sheet> sheets = new LinkedHashMap<>();
        for (String tab : TABS) {
            sheets.put(tab, findSheet(workbook, tab)
                    .orElseThrow(() -> new ImportFailure(name, "sheet '" + tab + "' not found")));
        }
        String version = findVersion(workbook).or(() -> versionFromFileName(name))
                .orElseThrow(() -> new ImportFailure(name, "no ISA version found on the Cover sheet or in the file name"));

        List<String> warnings = new ArrayList<>();
        List<NodeDraft> nodes = new ArrayList<>();
        List<ReferenceCell> references = new ArrayList<>();
        Set<String> headings = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> nextOrder = new HashMap<>();
        for (Sheet sheet : sheets.values()) {
            readTab(sheet, nodes, references, headings, seen, nextOrder, warnings);
        }

        CatalogDraft catalog = new CatalogDraft(CODE, NAME, version, PUBLISHER, name, licence(workbook),
                List.of("en"), nodes, warnings);
        List<String> unparsed = new ArrayList<>();
        List<MappingSetDraft> mappings = mappings(version, name, references, unparsed);
        return new IsaImport(catalog, mappings, unparsed);
    }

    private void readTab(Sheet sheet, List<NodeDraft> nodes, List<ReferenceCell> references, Set<String> headings,
            Set<String> seen, Map<String, Integer> nextOrder, List<String> warnings) {
        String tab = sheet.getSheetName();
        Header header = findHeader(sheet);
        for (Column required : List.of(Column.NUMBER, Column.QUESTION)) {
            if (!header.columns().containsKey(required)) {
                throw new ImportFailure(where(sheet, header.rowIndex()), "no column "
                        + (required == Column.NUMBER ? "'Control number'" : "'Control question'"));
            }
        }
        for (Column expected : List.of(Column.OBJECTIVE, Column.MUST)) {
            if (!header.columns().containsKey(expected)) {
                warnings.add(where(sheet, header.rowIndex()) + ": no column for " + expected.name().toLowerCase(Locale.ROOT)
                        + "; left empty");
            }
        }
        if (tab.equalsIgnoreCase(TAB_IS) && !header.columns().containsKey(Column.REFERENCES)) {
            warnings.add(where(sheet, header.rowIndex()) + ": no column 'Reference to other standards'; no ISO mappings");
        }

        for (int r = header.rowIndex() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String number = text(row, header, Column.NUMBER);
            if (number.isEmpty()) {
                continue; // ISA 5 lists the old "ISA Classic" numbering below, without a current number
            }
            if (!CONTROL_NUMBER.matcher(number).matches()) {
                warnings.add(where(sheet, r) + ": control number '" + number + "' not understood; row skipped");
                continue;
            }
            if (!seen.add(number)) {
                throw new ImportFailure(where(sheet, r), "control number " + number + " appears twice");
            }
            String title = text(row, header, Column.QUESTION);
            if (title.isEmpty()) {
                throw new ImportFailure(where(sheet, r), "no control question or heading for " + number);
            }
            boolean heading = header.columns().containsKey(Column.IS_TITLE)
                    ? !text(row, header, Column.IS_TITLE).isEmpty()
                    : number.split("\\.").length < 3;
            String parent = parentOf(number, headings);
            int order = nextOrder.merge(parent == null ? "" : parent, 1, Integer::sum) - 1;
            String objective = meaningful(text(row, header, Column.OBJECTIVE));

            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("tab", tab);
            if (heading) {
                headings.add(number);
                nodes.add(new NodeDraft(number, parent, title, null, objective, null, false, order, attributes,
                        List.of()));
                continue;
            }
            boolean superseded = SUPERSEDED.matcher(title).matches();
            StringBuilder description = new StringBuilder(objective == null ? "" : objective);
            for (Map.Entry<Column, String> tier : TIERS.entrySet()) {
                String value = meaningful(text(row, header, tier.getKey()));
                if (value == null) {
                    continue;
                }
                attributes.put(tier.getValue(), value);
                if (description.length() > 0) {
                    description.append("\n\n");
                }
                description.append(header.labels().get(tier.getKey())).append(":\n").append(value);
            }
            cia(attributes.get("tier.high")).ifPresent(tags -> attributes.put("cia.high", tags));
            cia(attributes.get("tier.veryHigh")).ifPresent(tags -> attributes.put("cia.veryHigh", tags));
            if (superseded) {
                attributes.put("superseded", "true");
                List<String> by = new ArrayList<>();
                Matcher m = CONTROL_NUMBER.matcher(title);
                while (m.find()) {
                    by.add(m.group());
                }
                if (!by.isEmpty()) {
                    attributes.put("supersededBy", String.join(",", by));
                }
            } else {
                attributes.put("maturity.target", "3");
            }
            nodes.add(new NodeDraft(number, parent, title, null, description.length() == 0 ? null : description.toString(),
                    null, !superseded, order, attributes, List.of()));
            String refs = text(row, header, Column.REFERENCES);
            if (!refs.isEmpty()) {
                references.add(new ReferenceCell(number, refs));
            }
        }
    }

    /** The nearest heading above: ISA 6 has no section row for e.g. 2.1, so 2.1.1 hangs under 2. */
    private static String parentOf(String number, Set<String> headings) {
        String candidate = number;
        int dot;
        while ((dot = candidate.lastIndexOf('.')) > 0) {
            candidate = candidate.substring(0, dot);
            if (headings.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Optional<String> cia(String tierText) {
        if (tierText == null) {
            return Optional.empty();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = CIA_TAG.matcher(tierText);
        while (m.find()) {
            for (String tag : m.group(1).split(",")) {
                found.add(tag.strip());
            }
        }
        List<String> ordered = new ArrayList<>();
        for (String tag : List.of("C", "I", "A")) {
            if (found.contains(tag)) {
                ordered.add(tag);
            }
        }
        return ordered.isEmpty() ? Optional.empty() : Optional.of(String.join(",", ordered));
    }

    /** Blank, "None" and the workbook's hidden filler text mean: no requirement in this tier. */
    private static String meaningful(String value) {
        if (value == null || value.isEmpty() || value.equalsIgnoreCase("none") || value.equals(".")
                || value.toLowerCase(Locale.ROOT).startsWith(INVISIBLE)) {
            return null;
        }
        return value;
    }

    private static List<MappingSetDraft> mappings(String version, String fileName, List<ReferenceCell> cells,
            List<String> unparsed) {
        Map<String, Map<String, MappingDraft>> byEdition = new LinkedHashMap<>();
        byEdition.put(IsaIsoReferences.V2022, new LinkedHashMap<>());
        byEdition.put(IsaIsoReferences.V2013, new LinkedHashMap<>());
        for (ReferenceCell cell : cells) {
            IsaIsoReferences.Result result = IsaIsoReferences.parse(cell.text());
            for (IsaIsoReferences.Ref ref : result.refs()) {
                byEdition.get(ref.version()).putIfAbsent(cell.control() + "→" + ref.refId(),
                        new MappingDraft(cell.control(), ref.refId(), Relationship.INTERSECT, null, ref.note()));
            }
            for (String token : result.unparsed()) {
                unparsed.add(cell.control() + ": " + token);
            }
        }
        List<MappingSetDraft> sets = new ArrayList<>();
        for (Map.Entry<String, Map<String, MappingDraft>> edition : byEdition.entrySet()) {
            if (edition.getValue().isEmpty()) {
                continue;
            }
            sets.add(new MappingSetDraft("VDA ISA " + version + " → ISO/IEC 27001:" + edition.getKey(), CODE, version,
                    null, ISO_CODE, edition.getKey(), null,
                    "VDA ISA workbook " + fileName + ", column 'Reference to other standards'. The workbook "
                            + "does not qualify the references; they are imported as intersect (partial coverage).",
                    List.copyOf(edition.getValue().values()), List.of()));
        }
        return sets;
    }

    private static Header findHeader(Sheet sheet) {
        int last = Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Column, Integer> columns = new EnumMap<>(Column.class);
            Map<Column, String> labels = new EnumMap<>(Column.class);
            for (Cell cell : row) {
                String label = text(cell).replaceAll("\\s+", " ").strip();
                Column column = column(label.toLowerCase(Locale.ROOT));
                if (column != null && !columns.containsKey(column)) {
                    columns.put(column, cell.getColumnIndex());
                    labels.put(column, label);
                }
            }
            if (columns.containsKey(Column.QUESTION)) {
                return new Header(r, columns, labels);
            }
        }
        throw new ImportFailure("sheet '" + sheet.getSheetName() + "'",
                "no header row with 'Control question' in the first " + HEADER_SEARCH_ROWS + " rows");
    }

    private static Column column(String h) {
        if (h.equals("control number") || h.equals("isa new")) {
            return Column.NUMBER;
        }
        if (h.startsWith("is_title")) {
            return Column.IS_TITLE;
        }
        if (h.equals("control question")) {
            return Column.QUESTION;
        }
        if (h.equals("objective")) {
            return Column.OBJECTIVE;
        }
        if (h.equals("requirements (must)") || h.equals("requirements")) {
            return Column.MUST;
        }
        if (h.equals("requirements (should)")) {
            return Column.SHOULD;
        }
        if (h.startsWith("additional requirements")) {
            if (h.contains("very high protection")) {
                return Column.VERY_HIGH;
            }
            if (h.contains("high protection")) {
                return Column.HIGH;
            }
            if (h.contains("simplified group assessment")) {
                return Column.SGA;
            }
            if (h.contains("vehicles classified")) {
                return Column.VEHICLE;
            }
        }
        if (h.startsWith("reference to other standards")) {
            return Column.REFERENCES;
        }
        return null;
    }

    private static Optional<Sheet> findSheet(Workbook workbook, String name) {
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().strip().equalsIgnoreCase(name)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /** ISA states its version on the Cover sheet ("Version: 6.0.2 | 2023-04-04"). */
    private static Optional<String> findVersion(Workbook workbook) {
        Optional<Sheet> cover = findSheet(workbook, "Cover");
        if (cover.isEmpty()) {
            return Optional.empty();
        }
        int rows = 0;
        for (Row row : cover.get()) {
            if (++rows > 200) {
                break;
            }
            for (Cell cell : row) {
                Matcher m = VERSION_CELL.matcher(text(cell));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> versionFromFileName(String fileName) {
        Matcher m = VERSION_FILE.matcher(fileName.replaceFirst("(?i)\\.xlsx$", ""));
        return m.find() ? Optional.of(m.group(1).replace('_', '.')) : Optional.empty();
    }

    /** A short notice; the License tab carries the full CC BY-ND 4.0 text and the §9 permission. */
    private static String licence(Workbook workbook) {
        String year = null;
        boolean derivatives = false;
        boolean dataTabByVda = false;
        Optional<Sheet> sheet = findSheet(workbook, "License");
        if (sheet.isPresent()) {
            int rows = 0;
            for (Row row : sheet.get()) {
                if (++rows > 20) {
                    break;
                }
                for (Cell cell : row) {
                    String t = text(cell);
                    Matcher m = COPYRIGHT_YEAR.matcher(t);
                    if (year == null && m.find()) {
                        year = m.group(1);
                    }
                    derivatives |= t.toLowerCase(Locale.ROOT).contains("right to distribute derivatives");
                    dataTabByVda |= t.toLowerCase(Locale.ROOT).contains("tab \"data protection\" is provided");
                }
            }
        }
        StringBuilder notice = new StringBuilder("© ");
        if (year != null) {
            notice.append(year).append(' ');
        }
        notice.append("ENX Association / VDA");
        if (dataTabByVda) {
            notice.append(" (tab Data Protection: © VDA)");
        }
        notice.append(". Licensed under CC BY-ND 4.0 (Creative Commons Attribution-NoDerivatives 4.0 International).");
        if (derivatives) {
            notice.append(" Section 9 of the workbook licence also permits distributing modified "
                    + "versions on its conditions (among them: marked as modified and not approved by the licensor).");
        }
        return notice.toString();
    }

    private static String where(Sheet sheet, int rowIndex) {
        return "sheet '" + sheet.getSheetName() + "' row " + (rowIndex + 1);
    }

    private static String text(Row row, Header header, Column column) {
        Integer index = header.columns().get(column);
        return index == null ? "" : text(row.getCell(index));
    }

    static String text(Cell cell) {
        return Workbooks.text(cell);
    }
}
