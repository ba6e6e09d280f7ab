package org.studybench.importer.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.xlsx.internal.XlsxImporter;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** Workbooks written by POI or part by part in the test, read back through the importer. */
class XlsxImporterTest {

    @TempDir
    Path dir;

    private final XlsxImporter importer = new XlsxImporter();

    private Arguments options(Map<String, String> given) throws InputException {
        return Arguments.parse(importer.options(), given);
    }

    private CollectedRows read(Path file, Map<String, String> given) throws InputException {
        CollectedRows rows = new CollectedRows();
        importer.read(file, options(given), rows, Progress.NONE);
        return rows;
    }

    /**
     * Sheet "notes" first, then "answers" with a title row above the header, an error value in C6, a
     * blank row 6, and row 8 holding only an error value.
     */
    private Path workbook() throws Exception {
        Path file = dir.resolve("survey.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("notes").createRow(0).createCell(0).setCellValue("exported 2013-05-02");
            Sheet s = wb.createSheet("answers");
            s.createRow(0).createCell(0).setCellValue("Social media survey");
            Row h = s.createRow(1);
            String[] names = { "id", "size", "score", "answered", "member", "mixed", "" };
            for (int c = 0; c < names.length; c++) {
                h.createCell(c).setCellValue(names[c]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Object[][] rows = { { 1, "SME", 3.5, LocalDate.of(2013, 4, 2), true, "a", 7 }, { 2, "large", 4, LocalDate.of(2013, 4, 3), false, 12, null },
                    { 3, "SME", FormulaError.DIV0, null, true, "b", 8 } };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof String t) {
                        row.createCell(c).setCellValue(t);
                    } else if (v instanceof Boolean b) {
                        row.createCell(c).setCellValue(b);
                    } else if (v instanceof FormulaError e) {
                        row.createCell(c).setCellErrorValue(e.getCode());
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            s.createRow(6).createCell(0).setCellValue(4); // below a blank row
            s.getRow(6).createCell(1).setCellValue("SME");
            s.createRow(7).createCell(3).setCellErrorValue(FormulaError.NA.getCode()); // a row of nothing but an error value
            wb.write(out);
        }
        return file;
    }

    @Test
    void namedSheetWithHeaderRowTypedCellsAndDates() throws Exception {
        Path file = workbook();
        Map<String, String> given = Map.of("sheet", "answers", "header-row", "2");
        Importer.Preview preview = importer.preview(file, options(given), 2);
        assertEquals(List.of("id", "size", "score", "answered", "member", "mixed", "V7"), preview.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of(VariableType.INTEGER, VariableType.STRING, VariableType.DOUBLE, VariableType.DATE, VariableType.BOOLEAN, VariableType.STRING,
                VariableType.INTEGER), preview.dictionary().stream().map(Variable::getType).toList());
        assertEquals("answers", preview.detected().get("sheet"));
        assertEquals("notes, answers", preview.detected().get("sheets"));
        assertEquals("2", preview.detected().get("header row"));
        assertEquals("1 cell: C5 (#DIV/0!)", preview.detected().get("read as missing"));
        assertEquals(2, preview.rows().size());
        assertEquals(4, preview.estimatedRows());
        CollectedRows rows = read(file, given);
        assertEquals(List.of(1L, "SME", 3.5, LocalDate.of(2013, 4, 2), true, "a", 7L), rows.rows().get(0));
        assertEquals(Arrays.asList(2L, "large", 4.0, LocalDate.of(2013, 4, 3), false, "12", null), rows.rows().get(1));
        assertEquals(Arrays.asList(3L, "SME", null, null, true, "b", 8L), rows.rows().get(2));
        // the error value is missing; the row below the blank row that holds nothing but an error value is no respondent
        assertEquals(Arrays.asList(4L, "SME", null, null, null, null, null), rows.rows().get(3));
        assertEquals(4, rows.rows().size());
        assertEquals(List.of(file + ": sheet 'answers': read as missing 1 cell: C5 (#DIV/0!)"), rows.warnings());
        assertEquals(preview.rows(), rows.rows().subList(0, 2));
        // The same sheet by number, and by its name in other case.
        assertEquals(rows.rows(), read(file, Map.of("sheet", "2", "header-row", "2")).rows());
        assertEquals(rows.rows(), read(file, Map.of("sheet", "Answers", "header-row", "2")).rows());
    }

    @Test
    void headerRowIsTheFirstNonEmptyRowBelowTitles() throws Exception {
        Path file = workbook();
        // "answers": a one-cell title above the header row
        Importer.Preview preview = importer.preview(file, options(Map.of("sheet", "answers")), 5);
        assertEquals("2 (the rows above look like titles)", preview.detected().get("header row"));
        assertEquals("id", preview.dictionary().get(0).getName());
        assertEquals(read(file, Map.of("sheet", "answers", "header-row", "2")).rows(), read(file, Map.of("sheet", "answers")).rows());
        // empty rows (styled cells without values) above the header row
        Path blank = dir.resolve("blank-rows.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(blank)) {
            Sheet s = wb.createSheet("s");
            CellStyle bold = wb.createCellStyle();
            s.createRow(0).createCell(0).setCellStyle(bold);
            s.createRow(1).createCell(1).setCellValue(" ");
            s.createRow(3).createCell(0).setCellValue("q1");
            s.getRow(3).createCell(1).setCellValue("q2");
            s.createRow(4).createCell(0).setCellValue(5);
            s.getRow(4).createCell(1).setCellValue("x");
            wb.write(out);
        }
        Importer.Preview detected = importer.preview(blank, options(Map.of()), 5);
        assertEquals("4", detected.detected().get("header row"));
        assertEquals(List.of("q1", "q2"), detected.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of(List.of(5L, "x")), read(blank, Map.of()).rows());
        // no header row: every non-empty row is data, names are generated
        assertEquals(List.of(List.of("q1", "q2"), List.of("5", "x")), read(blank, Map.of("header-row", "0")).rows());
        assertEquals(blank + ": sheet 's': row 1 is empty; expected the variable names (give --header-row)",
                assertThrows(InputException.class, () -> read(blank, Map.of("header-row", "1"))).getMessage());
    }

    @Test
    void headerOnlySheetHasNoRows() throws Exception {
        Path file = dir.resolve("header-only.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row h = wb.createSheet("s").createRow(0);
            h.createCell(0).setCellValue("id");
            h.createCell(1).setCellValue("name");
            wb.write(out);
        }
        Importer.Preview preview = importer.preview(file, options(Map.of()), 5);
        assertEquals(0, preview.estimatedRows());
        assertEquals(List.of(), preview.rows());
        assertEquals(List.of("id", "name"), preview.dictionary().stream().map(Variable::getName).toList());
        CollectedRows rows = read(file, Map.of());
        assertEquals(2, rows.dictionary().size());
        assertEquals(0, rows.rows().size());
    }

    @Test
    void legacyXlsGivesTheSameRowsAsXlsx() throws Exception {
        Path xlsx = workbook();
        Path xls = dir.resolve("survey.xls");
        try (Workbook in = new XSSFWorkbook(Files.newInputStream(xlsx)); Workbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Sheet from : in) {
                Sheet to = wb.createSheet(from.getSheetName());
                for (Row row : from) {
                    Row copy = to.createRow(row.getRowNum());
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        org.apache.poi.ss.usermodel.Cell c = copy.createCell(cell.getColumnIndex());
                        switch (cell.getCellType()) {
                            case NUMERIC -> {
                                c.setCellValue(cell.getNumericCellValue());
                                if (cell.getCellStyle().getDataFormatString().contains("yy")) {
                                    c.setCellStyle(date);
                                }
                            }
                            case STRING -> c.setCellValue(cell.getStringCellValue());
                            case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
                            case ERROR -> c.setCellErrorValue(cell.getErrorCellValue());
                            default -> {
                            }
                        }
                    }
                }
            }
            wb.write(out);
        }
        assertEquals(true, importer.fileExtensions().contains("xls"));
        Map<String, String> given = Map.of("sheet", "answers");
        assertEquals(read(xlsx, given).rows(), read(xls, given).rows());
        assertEquals(importer.preview(xlsx, options(given), 5).detected(), importer.preview(xls, options(given), 5).detected());
    }

    @Test
    void strictOoxmlWithoutReferencesRichTextAndIsoDates() throws Exception {
        // Rows and cells without r= count on from the previous one; a cell with r= may skip columns.
        String sheet = """
                <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is><t>when</t></is></c><c t="inlineStr"><is><t>ok</t></is></c>\
                <c t="inlineStr"><is><t>note</t></is></c></row>
                <row><c><v>1</v></c><c t="s"><v>2</v></c><c s="1"><v>41366</v></c><c t="b"><v>1</v></c>\
                <c t="inlineStr"><is><r><t xml:space="preserve">ARREST BOOKINGS </t></r><r><rPr><b/></rPr><t>for 01/30/17</t></r></is></c></row>
                <row><c><v>2</v></c><c t="str"><f>UPPER("sme")</f><v>SME</v></c><c t="d"><v>2013-04-03T00:00:00</v></c><c t="b"><v>0</v></c></row>
                <row r="5"><c r="A5"><v>3</v></c><c r="B5" t="s"><v></v></c><c r="E5" t="s"><v>3</v></c></row>""";
        Map<String, String> parts = Packages.oneSheet(Packages.STRICT, sheet);
        // rich text runs and a phonetic guide (rPh), which is no part of the text
        parts.put("xl/sharedStrings.xml", """
                <?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="4" uniqueCount="4">
                <si><t>id</t></si><si><r><t>si</t></r><r><rPr><i/></rPr><t>ze</t></r></si><si><t>Large</t></si>
                <si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si></sst>""".formatted(Packages.STRICT));
        Path file = Packages.write(dir.resolve("strict.xlsx"), parts);
        Importer.Preview preview = importer.preview(file, options(Map.of()), 10);
        assertEquals(List.of("id", "size", "when", "ok", "note"), preview.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of(VariableType.INTEGER, VariableType.STRING, VariableType.DATE, VariableType.BOOLEAN, VariableType.STRING),
                preview.dictionary().stream().map(Variable::getType).toList());
        List<List<Object>> expected = List.of(List.of(1L, "Large", LocalDate.of(2013, 4, 2), true, "ARREST BOOKINGS for 01/30/17"),
                Arrays.asList(2L, "SME", LocalDate.of(2013, 4, 3), false, null), Arrays.asList(3L, null, null, null, "東京"));
        assertEquals(expected, read(file, Map.of()).rows());
        assertEquals(expected, preview.rows());
        // the same sheet in the transitional namespace reads the same
        Map<String, String> transitional = Packages.oneSheet(Packages.MAIN, sheet);
        transitional.put("xl/sharedStrings.xml", parts.get("xl/sharedStrings.xml").replace(Packages.STRICT, Packages.MAIN));
        assertEquals(expected, read(Packages.write(dir.resolve("transitional.xlsx"), transitional), Map.of()).rows());
    }

    @Test
    void extremeNumbersErrorValuesAndUncalculatedFormulasAreMissingOrRead() throws Exception {
        // ±1.797E308 are doubles; 1.8E308 is beyond them (it parses to infinity) and is missing, as are error values
        // and formulas without a saved result (openpyxl writes those).
        String sheet = """
                <row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>x</t></is></c>\
                <c r="C1" t="inlineStr"><is><t>share</t></is></c></row>
                <row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>1.7976931348623157E308</v></c><c r="C2" s="3"><v>0.25</v></c></row>
                <row r="3"><c r="A3"><v>2</v></c><c r="B3"><v>-1.7976931348623157E308</v></c><c r="C3" s="3"><v>1</v></c></row>
                <row r="4"><c r="A4"><v>3</v></c><c r="B4"><v>1.8E308</v></c><c r="C4"><f>1/0</f></c></row>
                <row r="5"><c r="A5"><v>4</v></c><c r="B5"><v>-1.8e308</v></c><c r="C5" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
                <row r="6"><c r="A6"><v>5</v></c><c r="B6"><v>2.5</v></c><c r="C6" t="e"><v>#N/A</v></c></row>""";
        Path file = Packages.write(dir.resolve("extremes.xlsx"), Packages.oneSheet(Packages.MAIN, sheet));
        Importer.Preview preview = importer.preview(file, options(Map.of()), 10);
        assertEquals(List.of(VariableType.INTEGER, VariableType.DOUBLE, VariableType.DOUBLE), preview.dictionary().stream().map(Variable::getType).toList());
        assertEquals("5 cells: B4 (1.8E308, beyond the largest number), C4 (a formula without a saved result), B5 (-1.8e308, beyond the largest number), ...",
                preview.detected().get("read as missing"));
        List<List<Object>> expected = List.of(Arrays.asList(1L, Double.MAX_VALUE, 0.25), Arrays.asList(2L, -Double.MAX_VALUE, 1.0), Arrays.asList(3L, null, null),
                Arrays.asList(4L, null, null), Arrays.asList(5L, 2.5, null));
        assertEquals(expected, read(file, Map.of()).rows());
        assertEquals(expected, preview.rows());
    }

    @Test
    void badInputNamesTheFileAndThePlace() throws Exception {
        Path file = workbook();
        assertEquals(file + ": no sheet named 'answer'; sheets are notes, answers",
                assertThrows(InputException.class, () -> read(file, Map.of("sheet", "answer"))).getMessage());
        assertEquals(file + ": there is no sheet 3; the workbook has 2",
                assertThrows(InputException.class, () -> read(file, Map.of("sheet", "3"))).getMessage());
        assertEquals(file + ": sheet 'answers': row 6 is empty; expected the variable names (give --header-row)",
                assertThrows(InputException.class, () -> read(file, Map.of("sheet", "answers", "header-row", "6"))).getMessage());
        Path empty = Files.createFile(dir.resolve("empty.xlsx"));
        assertEquals(empty + ": the file is empty", assertThrows(InputException.class, () -> read(empty, Map.of())).getMessage());
        Path csv = Files.writeString(dir.resolve("renamed.xlsx"), "id,size\n1,SME\n");
        assertEquals(csv + ": not an Excel workbook (.xlsx or .xls)", assertThrows(InputException.class, () -> read(csv, Map.of())).getMessage());
        Path html = Files.writeString(dir.resolve("export.xls"), "<html><body><table><tr><td>id</td></tr></table></body></html>");
        assertEquals(true, assertThrows(InputException.class, () -> read(html, Map.of())).getMessage().startsWith(html + ": a web page (HTML)"));
        Map<String, String> binary = Packages.oneSheet(Packages.MAIN, "");
        binary.compute("[Content_Types].xml", (k, v) -> v.replace("spreadsheetml.sheet.main+xml", "ms-excel.sheet.binary.macroEnabled.main"));
        Path xlsb = Packages.write(dir.resolve("binary.xlsx"), binary);
        assertEquals(xlsb + ": an Excel binary workbook (.xlsb), which StudyBench cannot read; save it as .xlsx in Excel",
                assertThrows(InputException.class, () -> read(xlsb, Map.of())).getMessage());
        Map<String, String> word = Packages.oneSheet(Packages.MAIN, "");
        word.compute("[Content_Types].xml", (k, v) -> v.replace("spreadsheetml.sheet.main+xml", "wordprocessingml.document.main+xml"));
        Path docx = Packages.write(dir.resolve("letter.xlsx"), word);
        assertEquals(docx + ": not an Excel workbook but another Office document (/xl/workbook.xml)",
                assertThrows(InputException.class, () -> read(docx, Map.of())).getMessage());
        Path encrypted = dir.resolve("secret.xlsx"); // a password-protected .xlsx is an OLE2 file holding the encrypted package
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(); OutputStream out = Files.newOutputStream(encrypted)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "EncryptionInfo");
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertEquals(encrypted + ": the workbook is protected with a password; save a copy without the password and import that",
                assertThrows(InputException.class, () -> read(encrypted, Map.of())).getMessage());
        Path sheetless = dir.resolve("blank-sheet.xlsx");
        Packages.write(sheetless, Packages.oneSheet(Packages.MAIN, ""));
        assertEquals(sheetless + ": sheet 'Data' is empty", assertThrows(InputException.class, () -> importer.preview(sheetless, options(Map.of()), 5)).getMessage());
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(file);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        assertOneLineInUsersWords(truncated, assertThrows(InputException.class, () -> read(truncated, Map.of())).getMessage());
        Map<String, String> parts = Packages.oneSheet(Packages.MAIN, "<row><c><v>1</v></row>");
        Path malformed = Packages.write(dir.resolve("malformed.xlsx"), parts);
        String message = assertThrows(InputException.class, () -> importer.preview(malformed, options(Map.of()), 5)).getMessage();
        assertOneLineInUsersWords(malformed, message);
        assertEquals(true, message.startsWith(malformed + ": sheet 'Data' is damaged: xl/worksheets/sheet1.xml line 1, column "), message);
        Path badDate = Packages.write(dir.resolve("bad-date.xlsx"), Packages.oneSheet(Packages.MAIN,
                "<row><c t=\"inlineStr\"><is><t>d</t></is></c></row><row><c s=\"1\"><v>-3</v></c></row>"));
        assertEquals(badDate + ": sheet 'Data' cell A2: -3.0 is formatted as a date but is no date Excel knows (1900 to 9999); format the cell as a number or correct it",
                assertThrows(InputException.class, () -> importer.preview(badDate, options(Map.of()), 5)).getMessage());
        Path farDate = Packages.write(dir.resolve("far-date.xlsx"), Packages.oneSheet(Packages.MAIN,
                "<row><c t=\"inlineStr\"><is><t>d</t></is></c></row><row><c s=\"2\"><v>2958465.5</v></c></row><row><c s=\"1\"><v>2958466</v></c></row>"));
        assertEquals(farDate + ": sheet 'Data' cell A3: 2958466.0 is formatted as a date but is no date Excel knows (1900 to 9999); format the cell as a number or correct it",
                assertThrows(InputException.class, () -> importer.preview(farDate, options(Map.of()), 5)).getMessage());
    }

    @Test
    void documentTypeDeclarationsAreRefused() throws Exception {
        String doctype = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
        Map<String, String> parts = Packages.oneSheet(Packages.MAIN, "<row><c t=\"inlineStr\"><is><t>&e;</t></is></c></row>");
        parts.compute("xl/worksheets/sheet1.xml", (k, v) -> v.replaceFirst("<\\?xml[^>]*\\?>", doctype));
        Path sheet = Packages.write(dir.resolve("xxe-sheet.xlsx"), parts);
        assertEquals(sheet + ": sheet 'Data' contains a document type declaration (DOCTYPE, in xl/worksheets/sheet1.xml), which StudyBench refuses for safety; "
                + "re-save the workbook from Excel", assertThrows(InputException.class, () -> importer.preview(sheet, options(Map.of()), 5)).getMessage());
        parts = Packages.oneSheet(Packages.MAIN, "");
        parts.compute("xl/workbook.xml", (k, v) -> v.replaceFirst("<\\?xml[^>]*\\?>", doctype));
        Path workbook = Packages.write(dir.resolve("xxe-workbook.xlsx"), parts);
        assertEquals(workbook + ": the workbook contains a document type declaration (DOCTYPE, in xl/workbook.xml), which StudyBench refuses for safety; "
                + "re-save the workbook from Excel", assertThrows(InputException.class, () -> read(workbook, Map.of())).getMessage());
        parts = Packages.oneSheet(Packages.MAIN, "");
        parts.compute("[Content_Types].xml", (k, v) -> v.replaceFirst("<\\?xml[^>]*\\?>", doctype));
        Path types = Packages.write(dir.resolve("xxe-types.xlsx"), parts);
        assertEquals(types + ": the workbook contains a document type declaration (DOCTYPE), which StudyBench refuses for safety; re-save it from Excel",
                assertThrows(InputException.class, () -> read(types, Map.of())).getMessage());
    }

    @Test
    void aSheetThatInflatesLikeAZipBombIsRefused() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        Map<String, String> parts = Packages.oneSheet(Packages.MAIN, "");
        parts.remove("xl/worksheets/sheet1.xml");
        Packages.write(file, parts);
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(file)) {
            Files.createDirectories(zip.getPath("xl/worksheets"));
            try (OutputStream out = Files.newOutputStream(zip.getPath("xl/worksheets/sheet1.xml"))) {
                out.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"" + Packages.MAIN + "\"><sheetData>").getBytes());
                byte[] blanks = new byte[1 << 20];
                Arrays.fill(blanks, (byte) ' ');
                for (int i = 0; i < 64; i++) { // 64 MB of blanks, deflated to about 64 KB
                    out.write(blanks);
                }
                out.write("</sheetData></worksheet>".getBytes());
            }
        }
        String message = assertThrows(InputException.class, () -> importer.preview(file, options(Map.of()), 5)).getMessage();
        assertOneLineInUsersWords(file, message);
        assertEquals(true, message.matches(java.util.regex.Pattern.quote(file + ": sheet 'Data' expands to 64 MB from ") + "\\d+ KB, a compression ratio over 100 to 1, which StudyBench refuses as a possible zip bomb; if the workbook is genuine, save the sheet as CSV and import that"), message);
    }

    @Test
    void aLargeSheetIsReadRowByRowInLittleMemory() throws Exception {
        // The test runtime has a 256 MB heap (build.properties): the whole-workbook model needed 2.2 GB for 300,000 rows.
        assertEquals(true, Runtime.getRuntime().maxMemory() <= 256L << 20, "heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        int n = 300_000;
        Path file = dir.resolve("large.xlsx");
        Map<String, String> parts = Packages.oneSheet(Packages.MAIN, "");
        parts.remove("xl/worksheets/sheet1.xml");
        Packages.write(file, parts);
        try (java.nio.file.FileSystem zip = java.nio.file.FileSystems.newFileSystem(file);
                java.io.Writer out = Files.newBufferedWriter(Files.createDirectories(zip.getPath("xl/worksheets")).resolve("sheet1.xml"))) {
            out.write("<?xml version=\"1.0\"?><worksheet xmlns=\"" + Packages.MAIN + "\"><sheetData><row r=\"1\">");
            for (String name : List.of("id", "score", "when", "group", "comment", "a", "b", "c")) {
                out.write("<c t=\"inlineStr\"><is><t>" + name + "</t></is></c>");
            }
            out.write("</row>");
            for (int i = 1; i <= n; i++) {
                out.write("<row r=\"" + (i + 1) + "\"><c r=\"A" + (i + 1) + "\"><v>" + i + "</v></c><c><v>" + (i % 7) + ".5</v></c><c s=\"1\"><v>" + (40000 + i % 3650)
                        + "</v></c><c t=\"inlineStr\"><is><t>" + (i % 2 == 0 ? "SME" : "large firm") + "</t></is></c><c t=\"inlineStr\"><is><t>respondent "
                        + i + " said something</t></is></c><c><v>" + i * 3 + "</v></c><c><v>" + -i + "</v></c><c t=\"b\"><v>" + (i % 2) + "</v></c></row>");
            }
            out.write("</sheetData></worksheet>");
        }
        Importer.Preview preview = importer.preview(file, options(Map.of()), 3);
        assertEquals(n, preview.estimatedRows());
        long[] sums = new long[3];
        double[] score = new double[1];
        importer.read(file, options(Map.of()), new Importer.RowSink() {
            @Override
            public void begin(List<Variable> dictionary, List<org.studybench.model.study.MultipleResponseSet> sets) {
                assertEquals(List.of(VariableType.INTEGER, VariableType.DOUBLE, VariableType.DATE, VariableType.STRING, VariableType.STRING,
                        VariableType.INTEGER, VariableType.INTEGER, VariableType.BOOLEAN), dictionary.stream().map(Variable::getType).toList());
            }

            @Override
            public void row(Object[] values) {
                sums[0]++;
                sums[1] += (Long) values[0];
                sums[2] += (Boolean) values[7] ? 1 : 0;
                score[0] += (Double) values[1];
            }
        }, Progress.NONE);
        assertEquals(n, sums[0]);
        assertEquals((long) n * (n + 1) / 2, sums[1]);
        assertEquals(n / 2, sums[2]);
        double expected = 0;
        for (int i = 1; i <= n; i++) {
            expected += i % 7 + 0.5;
        }
        assertEquals(expected, score[0], 1e-6);
    }

    /** One line, starting with the file, without Java class names such as java.io.IOException. */
    static void assertOneLineInUsersWords(Path file, String message) {
        assertEquals(true, message.startsWith(file + ": "), message);
        assertEquals(1, message.lines().count(), message);
        assertEquals(false, java.util.regex.Pattern.compile("\\b[a-z]\\w*\\.[a-z]\\w*\\.([a-z]\\w*\\.)*[A-Z]\\w*").matcher(message.substring(file.toString().length())).find(),
                message);
    }
}
