package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.csv.internal.CsvImporter;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

class CsvImporterTest {

    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();

    private Arguments defaults() throws InputException {
        return Arguments.parse(importer.options(), Map.of());
    }

    private CollectedRows read(Path file) throws InputException {
        CollectedRows c = new CollectedRows();
        importer.read(file, defaults(), c, Progress.NONE);
        return c;
    }

    @Test
    void latin1SemicolonFileWithDecimalCommas() throws Exception {
        Path file = dir.resolve("firms.csv");
        Files.write(file, "id;size;country;employees;score;member\n1;SME;Città;12;3,5;true\n2;large;Köln;850;4,25;false\n3;SME;;7;;true\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Importer.Preview preview = importer.preview(file, defaults(), 2);
        assertEquals(Map.of("encoding", "ISO-8859-1", "delimiter", ";", "layout", "plain", "header rows", "1"), preview.detected());
        assertEquals(List.of("id", "size", "country", "employees", "score", "member"), preview.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of(VariableType.INTEGER, VariableType.STRING, VariableType.STRING, VariableType.INTEGER, VariableType.DOUBLE,
                VariableType.BOOLEAN), preview.dictionary().stream().map(Variable::getType).toList());
        assertEquals(2, preview.rows().size());

        CollectedRows c = read(file);
        assertEquals(List.of(1L, "SME", "Città", 12L, 3.5, true), c.rows().get(0));
        assertEquals(Arrays.asList(3L, "SME", null, 7L, null, true), c.rows().get(2));
    }

    /** A Qualtrics export: names, question texts, then {"ImportId": ...} rows. */
    @Test
    void qualtricsThreeHeaderRows() throws Exception {
        Path file = dir.resolve("qualtrics.csv");
        Files.writeString(file, "\uFEFFResponseId,Q1,Q2_1,Q2_2\n"
                + "Response ID,Does your company have a social media strategy?,How important are social networks? - Business,How important are social networks? - Customer care\n"
                + "{\"ImportId\":\"_recordId\"},{\"ImportId\":\"QID1\"},{\"ImportId\":\"QID2_1\"},{\"ImportId\":\"QID2_2\"}\n"
                + "R_1,1,4,5\nR_2,2,2,3\n", StandardCharsets.UTF_8);
        Importer.Preview preview = importer.preview(file, defaults(), 10);
        assertEquals("qualtrics", preview.detected().get("layout"));
        assertEquals("UTF-8", preview.detected().get("encoding"));
        Variable q1 = preview.dictionary().get(1);
        assertEquals("Q1", q1.getName());
        assertEquals("Does your company have a social media strategy?", q1.getLabel());
        assertEquals(VariableType.INTEGER, q1.getType());
        assertEquals(List.of(List.of("R_1", 1L, 4L, 5L), List.of("R_2", 2L, 2L, 3L)), read(file).rows());
    }

    /** A SurveyMonkey export: question texts (blank where a question continues), then options or "Response". */
    @Test
    void surveyMonkeyTwoHeaderRowsAndMultipleResponseSets() throws Exception {
        Path file = dir.resolve("monkey.csv");
        Files.writeString(file, "Respondent ID,Collector ID,Does your company have a strategy?,What delays your use of social networks?,,\n"
                + ",,Response,Lack of time or skills,Measuring impact,Corporate culture\n"
                + "101,9,Yes,Lack of time or skills,,Corporate culture\n"
                + "102,9,No,,Measuring impact,\n");
        Importer.Preview preview = importer.preview(file, defaults(), 10);
        assertEquals("surveymonkey", preview.detected().get("layout"));
        assertEquals(List.of("respondent_id", "collector_id", "q1", "q2_1", "q2_2", "q2_3"), preview.dictionary().stream().map(Variable::getName).toList());
        assertEquals("What delays your use of social networks? — Measuring impact", preview.dictionary().get(4).getLabel());
        MultipleResponseSet set = preview.sets().get(0);
        assertEquals("q2", set.getName());
        assertEquals("What delays your use of social networks?", set.getLabel());
        assertEquals(List.of("q2_1", "q2_2", "q2_3"), set.getVariables().stream().map(Variable::getName).toList());
        CollectedRows c = read(file);
        assertEquals(Arrays.asList(102L, 9L, "No", null, "Measuring impact", null), c.rows().get(1));
    }

    @Test
    void badInputNamesTheFileLineAndColumn() throws Exception {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,c\n1,2,3\n4,5\n");
        assertEquals(ragged + ": line 3, column 4: the row ends after 2 fields where the header has 3; --option lenient=true skips such rows",
                assertThrows(InputException.class, () -> read(ragged)).getMessage());
        Path wider = dir.resolve("wider.csv");
        Files.writeString(wider, "a,b,c\r\n1,2,3\r\n4,5,6,7\r\n");
        assertEquals(wider + ": line 3, column 7: field 4 where the header has 3; --option lenient=true skips such rows",
                assertThrows(InputException.class, () -> read(wider)).getMessage());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertEquals(empty + ": the file is empty", assertThrows(InputException.class, () -> read(empty)).getMessage());
        assertEquals(dir.resolve("absent.csv") + ": no such file", assertThrows(InputException.class, () -> read(dir.resolve("absent.csv"))).getMessage());
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "name\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException wrongEncoding = assertThrows(InputException.class,
                () -> importer.read(latin, Arguments.parse(importer.options(), Map.of("encoding", "UTF-8")), new CollectedRows(), Progress.NONE));
        assertEquals(latin + ": line 2, column 2: the byte 0xF6 is not valid UTF-8 text; give the file's encoding, e.g. --option encoding=ISO-8859-1",
                wrongEncoding.getMessage());
        Path wide = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("v0");
        int column = 1; // where field 16385 starts
        for (int i = 1; i < 100_000; i++) {
            if (i == 16_384) {
                column = header.length() + 2;
            }
            header.append(",v").append(i);
        }
        Files.writeString(wide, header + "\n" + "1,".repeat(99_999) + "1\n");
        assertEquals(wide + ": line 1, column " + column
                + ": more than 16384 columns, the most StudyBench reads (as Excel); is the delimiter right? give --option delimiter=...",
                assertThrows(InputException.class, () -> read(wide)).getMessage());
    }

    /** The file: an unclosed quote on line 2 imported 1 row with exit 0 and dropped the rest without a word. */
    @Test
    void anUnclosedQuoteIsAnErrorInPreviewAndImport() throws Exception {
        Path file = dir.resolve("unclosed.csv");
        Files.writeString(file, "id,comment\n1,\"fine\n2,ok\n3,ok\n");
        String message = file + ": line 2, column 3: the quote that opens a value here is never closed; is a quote missing or one too many?";
        assertEquals(message, assertThrows(InputException.class, () -> read(file)).getMessage());
        assertEquals(message, assertThrows(InputException.class, () -> importer.preview(file, defaults(), 1)).getMessage());
        // A quoted value may span lines; the quote that ends it must end the field.
        Path multiline = dir.resolve("multiline.csv");
        Files.writeString(multiline, "id,comment\r\n1,\"two\r\nlines, \"\"quoted\"\"\"\r\n2,\"x\" \r\n");
        assertEquals(List.of(List.of(1L, "two\nlines, \"quoted\""), List.of(2L, "x")), read(multiline).rows());
    }

    @Test
    void lenientSkipsMalformedRowsAndSaysHowMany() throws Exception {
        Path file = dir.resolve("bad.csv");
        // line 3 is ragged; line 4 opens a quote that line 5's first quote seems to close; line 6 has text after a
        // closing quote; line 7 holds a byte that is not UTF-8
        Files.write(file, concat("id,name,score\n1,Alice,10\n2,Bob\n3,\"Carol,30\n4,\"Dave\",40\n5,\"Eve\"x,50\n6,".getBytes(StandardCharsets.UTF_8),
                new byte[] { (byte) 0xff }, "ln,60\n7,Zoe,70\n".getBytes(StandardCharsets.UTF_8)));
        Arguments lenient = Arguments.parse(importer.options(), Map.of("lenient", "true", "encoding", "UTF-8"));
        CollectedRows c = new CollectedRows();
        importer.read(file, lenient, c, Progress.NONE);
        assertEquals(List.of(List.of(1L, "Alice", 10L), List.of(4L, "Dave", 40L), List.of(7L, "Zoe", 70L)), c.rows());
        assertEquals(List.of(file + ": skipped 4 malformed rows (lenient): line 3, column 6: the row ends after 2 fields where the header has 3; "
                + "line 4, column 3: the quote that opens a value here is never closed: the next quote, on line 5, is followed by more text "
                + "(skipped up to the end of that line); line 6, column 8: text after the closing quote of a value ('x'); a quote inside a quoted "
                + "value is written twice (\"\"); ..."), c.warnings());
        Importer.Preview preview = importer.preview(file, lenient, 10);
        assertEquals(3, preview.estimatedRows());
        assertTrue(preview.detected().get("skipped rows").startsWith("4 malformed rows (lenient): line 3, column 6"), preview.detected().toString());
        // Strict, the first of them stops the import.
        assertEquals(file + ": line 3, column 6: the row ends after 2 fields where the header has 3; --option lenient=true skips such rows",
                assertThrows(InputException.class, () -> read(file)).getMessage());
    }

    @Test
    void anInvalidByteIsNamedByLineAndColumnOrSkippedWhenLenient() throws Exception {
        Path file = dir.resolve("bytes.csv");
        Files.write(file, concat("id,city\r\n1,Z\u00fcrich\r\n2,K".getBytes(StandardCharsets.UTF_8), new byte[] { (byte) 0xff },
                "ln\r\n3,Gen\u00e8ve\r\n".getBytes(StandardCharsets.UTF_8)));
        Arguments utf8 = Arguments.parse(importer.options(), Map.of("encoding", "UTF-8"));
        assertEquals(file + ": line 3, column 4: the byte 0xFF is not valid UTF-8 text; give the file's encoding, e.g. --option encoding=ISO-8859-1",
                assertThrows(InputException.class, () -> importer.read(file, utf8, new CollectedRows(), Progress.NONE)).getMessage());
        CollectedRows c = new CollectedRows();
        importer.read(file, Arguments.parse(importer.options(), Map.of("encoding", "UTF-8", "lenient", "true")), c, Progress.NONE);
        assertEquals(List.of(List.of(1L, "Z\u00fcrich"), List.of(3L, "Gen\u00e8ve")), c.rows());
        assertEquals(List.of(file + ": skipped 1 malformed row (lenient): line 3, column 4: the byte 0xFF is not valid UTF-8 text; give the file's encoding, "
                + "e.g. --option encoding=ISO-8859-1"), c.warnings());
    }

    @Test
    void emptyFieldsBeyondTheHeaderAreNoLossAndBlankLinesAreSkipped() throws Exception {
        Path file = dir.resolve("trailing.csv");
        Files.writeString(file, "a,b\n1,2,,\n\n3,4\n   \n");
        assertEquals(List.of(List.of(1L, 2L), List.of(3L, 4L)), read(file).rows());
    }

    @Test
    void namesEqualIgnoringCaseAreRenamedWithANote() throws Exception {
        Path file = dir.resolve("ids.csv");
        Files.writeString(file, "ResponseId,ResponseID,q\nR_1,P1,1\n");
        List<Variable> dictionary = read(file).dictionary();
        assertEquals(List.of("ResponseId", "ResponseID_2", "q"), dictionary.stream().map(Variable::getName).toList());
        assertEquals(Arrays.asList("ResponseId", "renamed from ResponseID", "q"), dictionary.stream().map(Variable::getLabel).toList());
    }

    @Test
    void notFiniteNumbersBecomeMissingWithAWarning() throws Exception {
        Path file = dir.resolve("extreme.csv");
        Files.writeString(file, "x,y\n1.5,Inf\n1e999,2\n-inf,nan\n");
        CollectedRows c = read(file);
        assertEquals(List.of(VariableType.DOUBLE, VariableType.DOUBLE), c.dictionary().stream().map(Variable::getType).toList());
        assertEquals(Arrays.asList(Arrays.asList(1.5, null), Arrays.asList(null, 2.0), Arrays.asList(null, null)), c.rows());
        assertEquals(List.of(file + ": 4 values are not a finite number (infinite, NaN or beyond ±1.8E308) and become missing, the first in variable 'x', "
                + "line 3: 1e999"), c.warnings());
        // A column of nothing but such words is text: it needs one finite number to be numeric.
        Path words = dir.resolve("words.csv");
        Files.writeString(words, "name\nNan\nInf\n");
        assertEquals(VariableType.STRING, read(words).dictionary().get(0).getType());
    }

    /** Values, lines and columns stay right across the reader's 64 K buffers: multi-byte characters, CRLF, quoted line breaks. */
    @Test
    void largeFilesKeepValuesLinesAndColumns() throws Exception {
        Path file = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("id,city,note\r\n");
        int rows = 20_000;
        for (int i = 1; i <= rows; i++) {
            text.append(i).append(",Z\u00fcrich \u00c4\u00d6,\"say \"\"hi\"\",\r\nagain ").append(i).append("\"\r\n");
        }
        text.append("x,y\r\n"); // ragged, on physical line 2 * rows + 2
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(file + ": line " + (2 * rows + 2) + ", column 4: the row ends after 2 fields where the header has 3; --option lenient=true skips such rows",
                assertThrows(InputException.class, () -> read(file)).getMessage());
        CollectedRows c = new CollectedRows();
        importer.read(file, Arguments.parse(importer.options(), Map.of("lenient", "true")), c, Progress.NONE);
        assertEquals(rows, c.rows().size());
        for (int i = 1; i <= rows; i++) {
            assertEquals(List.of((long) i, "Z\u00fcrich \u00c4\u00d6", "say \"hi\",\nagain " + i), c.rows().get(i - 1));
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void cancellingStopsReading() throws Exception {
        Path file = dir.resolve("many.csv");
        StringBuilder text = new StringBuilder("x\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append('\n');
        }
        Files.writeString(file, text);
        CollectedRows c = new CollectedRows();
        importer.read(file, defaults(), c, new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return c.rows().size() >= 100;
            }
        });
        // cancelling is checked every 4,096 rows (a few milliseconds of reading), not after every row
        assertEquals(4096, c.rows().size());
    }

    /**
     * Pass 1 (checking the whole file and inferring types) reports progress and stops when cancelled, so
     * that a large file's import can be cancelled before its rows are handed over; and the passes make
     * one bar that only grows, from 0 to the whole.
     */
    @Test
    void theCheckingPassReportsProgressAndStopsWhenCancelled() throws Exception {
        Path file = dir.resolve("many.csv");
        StringBuilder text = new StringBuilder("x,y\n");
        for (int i = 0; i < 50_000; i++) {
            text.append(i).append(",a").append(i % 7).append('\n');
        }
        Files.writeString(file, text);
        CollectedRows cancelled = new CollectedRows();
        List<Long> seenWhileCancelled = new ArrayList<>();
        importer.read(file, defaults(), cancelled, new Progress() {
            @Override
            public void worked(long done, long total) {
                seenWhileCancelled.add(done);
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        });
        assertTrue(cancelled.rows().isEmpty(), "no row is handed over when pass 1 is cancelled");
        assertTrue(seenWhileCancelled.isEmpty(), "nothing is reported as done after the cancel");

        CollectedRows all = new CollectedRows();
        ProgressReports reports = new ProgressReports();
        importer.read(file, defaults(), all, reports);
        assertEquals(50_000, all.rows().size());
        assertTrue(reports.fractions.size() > 4, "pass 1 and pass 2 report along the way: " + reports.fractions.size());
        assertEquals(-1, reports.firstStepBack(), "the bar only grows: " + reports.fractions);
        assertTrue(reports.fractions.stream().allMatch(f -> f <= 1), "the bar never overflows: " + reports.fractions);
        assertEquals(1.0, reports.fractions.get(reports.fractions.size() - 1), "the bar ends full");
        assertTrue(reports.fractions.stream().anyMatch(f -> f > 0.1 && f < 0.5), "pass 1 fills the first half");
    }
}
