package org.studybench.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellReference;
import org.studybench.core.InputException;

/**
 * An .xlsx/.xlsm workbook read part by part: POI opens the package (zip with its zip-bomb limits,
 * content types, relationships); the workbook, shared strings, styles and sheets are read here with
 * a StAX reader, one row at a time.
 *
 * <p>Why not POI's readers: XSSFWorkbook builds the whole sheet in memory (a 300,000-row sheet ran
 * out of 2 GB) and refuses Strict OOXML; POI's streaming XSSFSheetXMLHandler, SharedStringsTable and
 * StylesTable only know the transitional namespace (a Strict workbook reads as empty) and the handler
 * hands out formatted text, not typed values. Matching elements by local name within both the
 * transitional and the Strict namespace reads both; missing row and cell references (r=) count on
 * from the previous row or cell, as Excel does.
 */
final class OoxmlBook implements Book {

    /** SpreadsheetML in transitional and Strict (ISO/IEC 29500 strict) OOXML. */
    private static final Set<String> MAIN = Set.of("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
            "http://purl.oclc.org/ooxml/spreadsheetml/main");
    private static final List<String> RELATIONSHIPS = List.of("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
            "http://purl.oclc.org/ooxml/officeDocument/relationships");

    private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory(); // the JDK's parser, not whichever the OSGi runtime offers
    static {
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final Path file;
    private final OPCPackage pkg;
    private final PackagePart workbook;
    private final List<String> names = new ArrayList<>();
    private final List<String> sheetIds = new ArrayList<>();
    private boolean date1904;
    private List<String> sharedStrings; // read when the first sheet is
    private int[] formatIndex = new int[0]; // number format of each cell style (cellXfs), by index
    private String[] formatCode = new String[0];
    private boolean[] dateFormat = new boolean[0];

    private OoxmlBook(Path file, OPCPackage pkg, PackagePart workbook) {
        this.file = file;
        this.pkg = pkg;
        this.workbook = workbook;
    }

    static OoxmlBook open(Path file) throws InputException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw Books.unreadable(file, "", e);
        }
        try {
            PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
            if (core == null) {
                core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
            }
            PackagePart main = core == null ? null : pkg.getPart(core);
            if (main == null) {
                throw new InputException(file + ": not an Excel workbook: a zip file without a workbook in it");
            }
            String type = main.getContentType();
            if (type.contains("binary")) {
                throw new InputException(file + ": an Excel binary workbook (.xlsb), which StudyBench cannot read; save it as .xlsx in Excel");
            }
            if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
                throw new InputException(file + ": not an Excel workbook but another Office document (" + main.getPartName().getName() + ")");
            }
            OoxmlBook book = new OoxmlBook(file, pkg, main);
            book.readWorkbook();
            return book;
        } catch (InputException e) {
            pkg.revert();
            throw e;
        } catch (RuntimeException e) {
            pkg.revert();
            throw Books.unreadable(file, "", e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public boolean date1904() {
        return date1904;
    }

    @Override
    public void close() {
        pkg.revert(); // read-only: close() would try to save
    }

    private void readWorkbook() throws InputException {
        parse(workbook, file + ": the workbook", all(r -> {
            if (r.getEventType() != XMLStreamConstants.START_ELEMENT || !inMain(r)) {
                return;
            }
            switch (r.getLocalName()) {
                case "workbookPr" -> date1904 = isTrue(r.getAttributeValue(null, "date1904"));
                case "sheet" -> {
                    names.add(r.getAttributeValue(null, "name"));
                    sheetIds.add(relationshipId(r));
                }
                default -> { // nothing else in the workbook part matters here
                }
            }
        }));
        if (names.isEmpty()) {
            throw new InputException(file + ": the workbook has no sheets");
        }
    }

    private static String relationshipId(XMLStreamReader r) {
        for (String ns : RELATIONSHIPS) {
            String id = r.getAttributeValue(ns, "id");
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /** The part the workbook relates to with a relationship type ending in {@code /kind}, or null. */
    private PackagePart related(String kind) throws InvalidFormatException {
        for (PackageRelationship rel : workbook.getRelationships()) {
            if (rel.getRelationshipType().endsWith("/" + kind)) {
                return workbook.getRelatedPart(rel);
            }
        }
        return null;
    }

    /** Shared strings and styles, read once before the first sheet. */
    private void readTables() throws InputException {
        if (sharedStrings != null) {
            return;
        }
        PackagePart strings;
        PackagePart styles;
        try {
            strings = related("sharedStrings");
            styles = related("styles");
        } catch (InvalidFormatException | RuntimeException e) {
            throw Books.unreadable(file, "", e);
        }
        List<String> table = new ArrayList<>();
        if (strings != null) {
            StringBuilder text = new StringBuilder();
            boolean[] state = new boolean[3]; // in <si>, in <rPh> (phonetic guide, not part of the text), in <t>
            parse(strings, file + ": the workbook's shared text", all(r -> {
                switch (r.getEventType()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (inMain(r)) {
                            switch (r.getLocalName()) {
                                case "si" -> {
                                    state[0] = true;
                                    text.setLength(0);
                                }
                                case "rPh" -> state[1] = true;
                                case "t" -> state[2] = state[0] && !state[1];
                                default -> {
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (state[2]) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (inMain(r)) {
                            switch (r.getLocalName()) {
                                case "si" -> {
                                    state[0] = false;
                                    table.add(text.toString()); // every run of rich text, concatenated
                                }
                                case "rPh" -> state[1] = false;
                                case "t" -> state[2] = false;
                                default -> {
                                }
                            }
                        }
                    }
                    default -> {
                    }
                }
            }));
        }
        if (styles != null) {
            Map<Integer, String> codes = new HashMap<>();
            List<Integer> xfs = new ArrayList<>();
            boolean[] inCellXfs = new boolean[1];
            parse(styles, file + ": the workbook's styles", all(r -> {
                if (!r.isStartElement() && !r.isEndElement() || !inMain(r)) {
                    return;
                }
                String name = r.getLocalName();
                if (name.equals("cellXfs")) {
                    inCellXfs[0] = r.isStartElement();
                } else if (r.isStartElement() && name.equals("numFmt")) {
                    codes.put(integer(r.getAttributeValue(null, "numFmtId"), 0), r.getAttributeValue(null, "formatCode"));
                } else if (r.isStartElement() && name.equals("xf") && inCellXfs[0]) {
                    xfs.add(integer(r.getAttributeValue(null, "numFmtId"), 0));
                }
            }));
            formatIndex = xfs.stream().mapToInt(Integer::intValue).toArray();
            formatCode = new String[formatIndex.length];
            dateFormat = new boolean[formatIndex.length];
            for (int i = 0; i < formatIndex.length; i++) {
                formatCode[i] = codes.containsKey(formatIndex[i]) ? codes.get(formatIndex[i]) : BuiltinFormats.getBuiltinFormat(formatIndex[i]);
                dateFormat[i] = Cell.isDateFormat(formatIndex[i], formatCode[i]);
            }
        }
        sharedStrings = table;
    }

    @Override
    public void rows(int sheet, RowVisitor visitor) throws InputException {
        readTables();
        String where = file + ": sheet '" + names.get(sheet) + "'";
        PackagePart part;
        try {
            PackageRelationship rel = sheetIds.get(sheet) == null ? null : workbook.getRelationship(sheetIds.get(sheet));
            part = rel == null ? null : workbook.getRelatedPart(rel);
        } catch (InvalidFormatException | RuntimeException e) {
            part = null;
        }
        if (part == null) {
            throw new InputException(where + ": its cells are missing from the file; the workbook is damaged (re-save it from Excel)");
        }
        new SheetParser(where, visitor).parse(part);
    }

    /** The rows of one sheet, from {@code <row>} and {@code <c>} elements with or without r= references. */
    private final class SheetParser {
        private final String where;
        private final RowVisitor visitor;
        private final StringBuilder text = new StringBuilder();
        private int row = -1;
        private int column;
        private List<Cell> cells;
        private String type;
        private int style;
        private boolean hasValue;
        private boolean hasFormula;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private boolean inText;
        private boolean stopped;

        SheetParser(String where, RowVisitor visitor) {
            this.where = where;
            this.visitor = visitor;
        }

        void parse(PackagePart part) throws InputException {
            OoxmlBook.this.parse(part, where, this::event);
        }

        private boolean event(XMLStreamReader r) throws InputException {
            switch (r.getEventType()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (inMain(r)) {
                        start(r);
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inValue || inText) {
                        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (inMain(r)) {
                        end(r.getLocalName());
                    }
                }
                default -> {
                }
            }
            return !stopped;
        }

        private void start(XMLStreamReader r) throws InputException {
            switch (r.getLocalName()) {
                case "row" -> {
                    String at = r.getAttributeValue(null, "r");
                    int next = at == null ? row + 1 : integer(at, -1) - 1;
                    if (next < 0) {
                        throw new InputException(where + ": row " + (row + 2) + " has the row number '" + at + "'; the workbook is damaged");
                    }
                    row = next;
                    column = -1;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String ref = r.getAttributeValue(null, "r");
                    column = ref == null ? column + 1 : column(ref);
                    type = r.getAttributeValue(null, "t");
                    style = integer(r.getAttributeValue(null, "s"), 0);
                    text.setLength(0);
                    hasValue = false;
                    hasFormula = false;
                }
                case "v" -> {
                    inValue = true;
                    hasValue = true;
                }
                case "f" -> hasFormula = true;
                case "is" -> {
                    inInline = true;
                    hasValue = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInline && !inPhonetic;
                default -> {
                }
            }
        }

        private void end(String name) throws InputException {
            switch (name) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInline = false;
                case "c" -> {
                    Cell.Value value = value();
                    if (value != null && cells != null) {
                        cells.add(new Cell(column, value));
                    }
                }
                case "row" -> {
                    stopped = !visitor.row(row, cells);
                    cells = null;
                }
                default -> {
                }
            }
        }

        private int column(String ref) throws InputException {
            int letters = 0;
            while (letters < ref.length() && Character.isLetter(ref.charAt(letters))) {
                letters++;
            }
            if (letters == 0 || letters > 3) {
                throw new InputException(where + " row " + (row + 1) + ": a cell has the reference '" + ref + "'; the workbook is damaged");
            }
            return CellReference.convertColStringToIndex(ref.substring(0, letters));
        }

        private String place() {
            return where + " cell " + CellReference.convertNumToColString(column) + (row + 1);
        }

        /** The cell just read, or null when it holds nothing (only a style). */
        private Cell.Value value() throws InputException {
            String raw = text.toString();
            if (!hasValue) {
                return hasFormula ? new Cell.Missing("a formula without a saved result") : null;
            }
            switch (type == null ? "n" : type) {
                case "s" -> {
                    if (raw.isBlank()) {
                        return null;
                    }
                    int index = integer(raw.trim(), -1);
                    if (index < 0 || index >= sharedStrings.size()) {
                        throw new InputException(place() + ": refers to shared text " + raw.trim() + ", but the workbook has " + sharedStrings.size()
                                + "; the workbook is damaged");
                    }
                    return new Cell.Text(sharedStrings.get(index));
                }
                case "inlineStr", "str" -> {
                    return new Cell.Text(raw); // every run of an inline rich text, concatenated
                }
                case "b" -> {
                    return switch (raw.trim()) {
                        case "1", "true" -> new Cell.Bool(true);
                        case "0", "false" -> new Cell.Bool(false);
                        default -> throw new InputException(place() + ": '" + raw + "' is marked as TRUE/FALSE but is neither");
                    };
                }
                case "e" -> {
                    return new Cell.Missing(raw.trim());
                }
                case "d" -> {
                    return new Cell.IsoDate(isoDate(raw.trim()));
                }
                default -> {
                    if (raw.isBlank()) {
                        return null;
                    }
                    double number;
                    try {
                        number = Double.parseDouble(raw.trim());
                    } catch (NumberFormatException e) {
                        throw new InputException(place() + ": '" + raw + "' is stored as a number but is not one; the workbook is damaged");
                    }
                    if (!Double.isFinite(number)) { // beyond ±1.797E308 (Excel stops at 9.99E307)
                        return new Cell.Missing(raw.trim() + ", beyond the largest number");
                    }
                    boolean styled = style >= 0 && style < formatIndex.length;
                    return new Cell.Number(number, styled ? formatIndex[style] : 0, styled ? formatCode[style] : null, styled && dateFormat[style]);
                }
            }
        }

        private LocalDateTime isoDate(String raw) throws InputException {
            try {
                return raw.contains("T") ? LocalDateTime.parse(raw) : LocalDate.parse(raw).atStartOfDay();
            } catch (DateTimeParseException e) {
                throw new InputException(place() + ": '" + raw + "' is marked as a date but is not an ISO date (yyyy-mm-dd)");
            }
        }
    }

    private interface EventHandler {
        /** Handles the reader's current event; false stops reading the part. */
        boolean event(XMLStreamReader reader) throws InputException;
    }

    /** Whether the element is SpreadsheetML's (either namespace); a damaged part may have elements in none. */
    private static boolean inMain(XMLStreamReader r) {
        String namespace = r.getNamespaceURI();
        return namespace != null && MAIN.contains(namespace);
    }

    private interface Reader {
        void event(XMLStreamReader reader) throws InputException;
    }

    /** A handler that reads the whole part. */
    private static EventHandler all(Reader reader) {
        return r -> {
            reader.event(r);
            return true;
        };
    }

    /** Streams {@code part}'s XML events to {@code handler}; XML and zip problems become messages naming the place. */
    private void parse(PackagePart part, String at, EventHandler handler) throws InputException {
        String name = part.getPartName().getName();
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = XML.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.DTD) {
                        throw new InputException(at + " contains a document type declaration (DOCTYPE, in " + name.substring(1)
                                + "), which StudyBench refuses for safety; re-save the workbook from Excel");
                    }
                    if (!handler.event(r)) {
                        break;
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | IOException e) {
            java.util.Optional<String> bomb = Books.zipBomb(e);
            if (bomb.isPresent()) {
                throw new InputException(at + " expands to " + megabytes(part.getSize()) + " from " + megabytes(compressed(part)) + ", " + bomb.get()
                        + ", which StudyBench refuses as a possible zip bomb; if the workbook is genuine, save the sheet as CSV and import that", e);
            }
            if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
                String message = x.getMessage() == null ? "" : x.getMessage();
                message = message.contains("Message: ") ? message.substring(message.indexOf("Message: ") + 9) : message;
                throw new InputException(at + " is damaged: " + name.substring(1) + " line " + x.getLocation().getLineNumber() + ", column "
                        + x.getLocation().getColumnNumber() + ": " + message.lines().findFirst().orElse("").strip(), e);
            }
            throw Books.unreadable(file, at, e);
        }
    }

    private static long compressed(PackagePart part) {
        return part instanceof ZipPackagePart zip && zip.getZipArchive() != null ? zip.getZipArchive().getCompressedSize() : -1;
    }

    private static String megabytes(long bytes) {
        if (bytes < 0) {
            return "an unknown size";
        }
        return bytes >= 1 << 20 ? String.format(java.util.Locale.ROOT, "%,d MB", bytes >> 20) : String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 1023) >> 10);
    }

    private static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }

    private static int integer(String text, int otherwise) {
        if (text == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
