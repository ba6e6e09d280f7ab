package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    void badInputNamesTheFileAndLine() throws Exception {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,c\n1,2,3\n4,5\n");
        assertEquals(ragged + ": line 3: expected 3 fields as in the header, found 2",
                assertThrows(InputException.class, () -> read(ragged)).getMessage());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertEquals(empty + ": the file is empty", assertThrows(InputException.class, () -> read(empty)).getMessage());
        assertEquals(dir.resolve("absent.csv") + ": no such file", assertThrows(InputException.class, () -> read(dir.resolve("absent.csv"))).getMessage());
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "name\nK\u00f6ln\n".getBytes(StandardCharsets.ISO_8859_1));
        InputException wrongEncoding = assertThrows(InputException.class,
                () -> importer.read(latin, Arguments.parse(importer.options(), Map.of("encoding", "UTF-8")), new CollectedRows(), Progress.NONE));
        assertEquals(latin + ": the text is not valid in the detected encoding; give --encoding (e.g. ISO-8859-1)", wrongEncoding.getMessage());
        Path wide = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder("v0");
        for (int i = 1; i < 100_000; i++) {
            header.append(",v").append(i);
        }
        Files.writeString(wide, header + "\n" + "1,".repeat(99_999) + "1\n");
        assertEquals(wide + ": line 1: more than 16384 columns, the most StudyBench reads (as Excel); is the delimiter right? give --option delimiter=...",
                assertThrows(InputException.class, () -> read(wide)).getMessage());
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
        assertEquals(100, c.rows().size());
    }
}
