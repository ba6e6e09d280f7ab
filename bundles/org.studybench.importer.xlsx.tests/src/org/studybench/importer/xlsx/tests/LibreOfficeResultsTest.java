package org.studybench.importer.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.Progress;
import org.studybench.importer.xlsx.internal.XlsxImporter;
import org.studybench.model.study.Variable;

/**
 * Workbooks LibreOffice calculated and saved (fixtures/make-fixtures.sh from fixtures/source.py), as
 * .xlsx and .xls, in the 1900 and the 1904 date system: a title row and an empty row above the
 * header, formula results saved with the cells (error values #DIV/0! and #N/A among them), and a
 * formula giving empty text below the data.
 */
class LibreOfficeResultsTest {

    private static final Path FIXTURES = Path.of(System.getProperty("studybench.repo", "../.."), "bundles/org.studybench.importer.xlsx.tests/fixtures");

    @ParameterizedTest
    @ValueSource(strings = { "libreoffice-results.xlsx", "libreoffice-results.xls", "libreoffice-results-1904.xlsx", "libreoffice-results-1904.xls" })
    void formulaResultsErrorValuesAndDates(String name) throws Exception {
        Path file = FIXTURES.resolve(name);
        XlsxImporter importer = new XlsxImporter();
        Arguments options = Arguments.parse(importer.options(), Map.of());
        Importer.Preview preview = importer.preview(file, options, 5);
        assertEquals("3 (the rows above look like titles)", preview.detected().get("header row"));
        assertEquals("2 cells: B6 (#DIV/0!), D8 (#N/A)", preview.detected().get("read as missing"));
        assertEquals(name.contains("1904") ? "1904 (dates count from 1904-01-01)" : null, preview.detected().get("date system"));
        assertEquals(List.of("id:integer", "ratio:integer", "when:date", "label:string", "flag:boolean"),
                preview.dictionary().stream().map(v -> v.getName() + ":" + v.getType()).toList());
        CollectedRows rows = new CollectedRows();
        importer.read(file, options, rows, Progress.NONE);
        List<List<Object>> expected = List.of(Arrays.asList(1L, -5L, LocalDate.of(2024, 2, 26), "x1", false),
                Arrays.asList(2L, -10L, LocalDate.of(2024, 2, 27), "x2", false), Arrays.asList(3L, null, LocalDate.of(2024, 2, 28), "x3", true),
                Arrays.asList(4L, 10L, LocalDate.of(2024, 2, 29), "x4", true), Arrays.asList(5L, 5L, LocalDate.of(1904, 1, 2), null, true));
        assertEquals(expected, rows.rows());
        assertEquals(expected, preview.rows());
        assertEquals(5, preview.estimatedRows());
        assertEquals(preview.dictionary().stream().map(Variable::getType).toList(), rows.dictionary().stream().map(Variable::getType).toList());
    }
}
