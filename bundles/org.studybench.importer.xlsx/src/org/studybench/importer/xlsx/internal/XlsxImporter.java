package org.studybench.importer.xlsx.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.core.Progress;

/**
 * Excel workbooks (.xlsx, .xlsm, Strict OOXML, and legacy .xls): one sheet (the first unless named),
 * one header row (the first non-empty row below any title rows unless given; 0 for none), then one
 * respondent per non-empty row. Cell types decide variable types: numbers (whole → integer), dates
 * (date-formatted numbers, 1900 or 1904 date system), booleans, text; a column mixing text with other
 * values is text, numbers shown as Excel shows them. Formula cells count with their saved result.
 * Error values (#DIV/0!, #N/A, ...), formulas never calculated and numbers beyond doubles are missing
 * values, which the preview counts. XLSX sheets are read row by row (see {@link OoxmlBook}), twice:
 * once for the dictionary, once for the rows.
 */
@Component(service = Importer.class)
public class XlsxImporter implements Importer {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String label() {
        return "Excel workbook";
    }

    @Override
    public String description() {
        return "One sheet of an .xlsx/.xls workbook with a header row; cell types become variable types, dates stay dates.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx", "xlsm", "xls");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.optional("sheet", ParameterType.TEXT, "", "sheet name or number (default: the first sheet)"),
                ParameterSpec.optional("header-row", ParameterType.INTEGER, "",
                        "row of the variable names (1 = first; 0 = no header row; default: the first non-empty row below any title)"));
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        try (Book book = Books.open(file)) {
            int sheet = sheet(file, book, options);
            Layout layout = Layout.scan(where(file, book, sheet), book, sheet, headerRow(options));
            List<List<Object>> first = new ArrayList<>();
            if (rows > 0) {
                book.rows(sheet, (row, cells) -> {
                    if (layout.isData(row, cells)) {
                        first.add(Arrays.asList(layout.values(row, cells)));
                    }
                    return first.size() < rows;
                });
            }
            Map<String, String> detected = new LinkedHashMap<>();
            detected.put("sheet", book.sheetNames().get(sheet));
            detected.put("sheets", String.join(", ", book.sheetNames()));
            detected.put("header row", (layout.headerRow + 1) + (layout.titleRowsSkipped ? " (the rows above look like titles)" : ""));
            if (book.date1904()) {
                detected.put("date system", "1904 (dates count from 1904-01-01)");
            }
            if (layout.missing > 0) {
                detected.put("read as missing", layout.missingCells());
            }
            return new Preview(layout.dictionary, List.of(), first, layout.dataRows, detected);
        }
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        try (Book book = Books.open(file)) {
            int sheet = sheet(file, book, options);
            Layout layout = Layout.scan(where(file, book, sheet), book, sheet, headerRow(options));
            sink.begin(layout.dictionary, List.of());
            long[] done = { 0 };
            book.rows(sheet, (row, cells) -> {
                if (progress.isCancelled()) {
                    return false;
                }
                if (layout.isData(row, cells)) {
                    sink.row(layout.values(row, cells));
                    if (++done[0] % 10_000 == 0) {
                        progress.worked(done[0], layout.dataRows);
                    }
                }
                return true;
            });
            progress.worked(done[0], layout.dataRows);
            if (layout.missing > 0) {
                sink.warning(layout.where + ": read as missing " + layout.missingCells());
            }
        }
    }

    private static String where(Path file, Book book, int sheet) {
        return file + ": sheet '" + book.sheetNames().get(sheet) + "'";
    }

    /** The 1-based header row given, or null to detect it. */
    private static Integer headerRow(Arguments options) throws InputException {
        if (!options.has("header-row")) {
            return null;
        }
        long row = options.integer("header-row");
        if (row < 0 || row > 1_048_576) {
            throw new InputException("--header-row must be a row number from 0 (no header row) to 1048576, got " + row);
        }
        return (int) row;
    }

    private static int sheet(Path file, Book book, Arguments options) throws InputException {
        String name = options.has("sheet") ? options.text("sheet") : "";
        List<String> names = book.sheetNames();
        if (names.isEmpty()) {
            throw new InputException(file + ": the workbook has no sheets");
        }
        if (name.isEmpty()) {
            return 0;
        }
        if (name.matches("\\d{1,6}")) {
            int index = Integer.parseInt(name);
            if (index < 1 || index > names.size()) {
                throw new InputException(file + ": there is no sheet " + index + "; the workbook has " + names.size());
            }
            return index - 1;
        }
        int index = names.indexOf(name);
        for (int i = 0; i < names.size() && index < 0; i++) {
            index = names.get(i).equalsIgnoreCase(name) ? i : -1; // Excel's sheet names are unique ignoring case
        }
        if (index < 0) {
            throw new InputException(file + ": no sheet named '" + name + "'; sheets are " + String.join(", ", names));
        }
        return index;
    }
}
