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

/** Workbooks written by POI in the test, read back through the importer. */
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

    /** Sheet "notes" first, then "answers" with a title row above the header. */
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
                    { 3, "SME", null, null, true, "b", 8 } };
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
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            s.createRow(6).createCell(0).setCellErrorValue(FormulaError.DIV0.getCode()); // an error cell below a blank row
            wb.write(out);
        }
        return file;
    }

    @Test
    void namedSheetWithHeaderRowTypedCellsAndDates() throws Exception {
        Path file = workbook();
        Map<String, String> given = Map.of("sheet", "answers", "header-row", "2");
        InputException error = assertThrows(InputException.class, () -> importer.preview(file, options(given), 10));
        assertEquals(file + ": sheet 'answers' cell A7: the error value #DIV/0!; expected a value or an empty cell", error.getMessage());
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(file)); OutputStream out = Files.newOutputStream(dir.resolve("clean.xlsx"))) {
            wb.getSheet("answers").removeRow(wb.getSheet("answers").getRow(6));
            wb.write(out);
        }
        Path clean = dir.resolve("clean.xlsx");
        Importer.Preview preview = importer.preview(clean, options(given), 2);
        assertEquals(List.of("id", "size", "score", "answered", "member", "mixed", "V7"), preview.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of(VariableType.INTEGER, VariableType.STRING, VariableType.DOUBLE, VariableType.DATE, VariableType.BOOLEAN, VariableType.STRING,
                VariableType.INTEGER), preview.dictionary().stream().map(Variable::getType).toList());
        assertEquals("answers", preview.detected().get("sheet"));
        assertEquals("notes, answers", preview.detected().get("sheets"));
        assertEquals(2, preview.rows().size());
        assertEquals(3, preview.estimatedRows());
        CollectedRows rows = read(clean, given);
        assertEquals(List.of(1L, "SME", 3.5, LocalDate.of(2013, 4, 2), true, "a", 7L), rows.rows().get(0));
        assertEquals(Arrays.asList(2L, "large", 4.0, LocalDate.of(2013, 4, 3), false, "12", null), rows.rows().get(1));
        assertEquals(Arrays.asList(3L, "SME", null, null, true, "b", 8L), rows.rows().get(2));
        // The same sheet by number.
        assertEquals(rows.rows(), read(clean, Map.of("sheet", "2", "header-row", "2")).rows());
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
        Path truncated = dir.resolve("truncated.xlsx");
        byte[] whole = Files.readAllBytes(file);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 2));
        String message = assertThrows(InputException.class, () -> read(truncated, Map.of())).getMessage();
        assertEquals(true, message.startsWith(truncated + ": "), message);
        assertEquals(1, message.lines().count(), message);
    }
}
