package org.studybench.importer.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.xlsx.internal.XlsxImporter;
import org.studybench.model.study.Variable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The workbooks of the test corpus (testdata/corpus/xlsx: written by LibreOffice, Gnumeric, openpyxl,
 * some edited at the XML level, and hostile ones) against testdata/corpus/expected.json, whose values
 * come from what the generator scripts told the tools to write: dictionary, row count, sums, cells;
 * the preview agrees with the import; refusals are one line in the user's words.
 */
class WorkbooksFromToolsTest {

    private static final Path CORPUS = Path.of(System.getProperty("studybench.repo", "../.."), "testdata/corpus");

    private final XlsxImporter importer = new XlsxImporter();

    static List<JsonObject> workbooks() throws IOException {
        List<JsonObject> files = new ArrayList<>();
        for (JsonElement file : JsonParser.parseString(Files.readString(CORPUS.resolve("expected.json"))).getAsJsonObject().getAsJsonArray("files")) {
            String name = file.getAsJsonObject().get("file").getAsString();
            if (name.startsWith("xlsx/")) {
                files.add(file.getAsJsonObject());
            }
        }
        return files;
    }

    static Stream<String> readable() throws IOException {
        return workbooks().stream().filter(f -> !f.has("refused")).map(f -> f.get("file").getAsString());
    }

    static Stream<String> refused() throws IOException {
        return workbooks().stream().filter(f -> f.has("refused")).map(f -> f.get("file").getAsString());
    }

    private static JsonObject expected(String file) throws IOException {
        return workbooks().stream().filter(f -> f.get("file").getAsString().equals(file)).findFirst().orElseThrow();
    }

    @Test
    void theCorpusHasWorkbooksOfEveryWriter() throws IOException {
        List<String> writers = workbooks().stream().map(f -> f.get("file").getAsString()).toList();
        for (String writer : List.of("libreoffice-", "gnumeric-", "openpyxl-strict", "openpyxl-1904", "openpyxl-no-dimension", "openpyxl-inline-strings",
                "openpyxl-leading-blank-rows", "openpyxl-header-only", ".xls")) {
            assertTrue(writers.stream().anyMatch(w -> w.contains(writer)), writer + " in " + writers);
        }
    }

    @ParameterizedTest
    @MethodSource("readable")
    void readsWhatTheToolWasToldToWrite(String name) throws Exception {
        JsonObject expected = expected(name);
        Path file = CORPUS.resolve(name);
        Arguments options = Arguments.parse(importer.options(), Map.of());
        Importer.Preview preview = importer.preview(file, options, 5);
        CollectedRows rows = new CollectedRows();
        importer.read(file, options, rows, Progress.NONE);

        assertEquals(expected.get("sheet").getAsString(), preview.detected().get("sheet"));
        assertEquals(expected.get("headerRowNumber").getAsInt(), Integer.parseInt(preview.detected().get("header row").split(" ")[0]));
        int n = expected.get("rows").getAsInt();
        assertEquals(n, rows.rows().size());
        assertEquals(n, preview.estimatedRows());
        assertEquals(rows.rows().subList(0, Math.min(5, n)), preview.rows());
        List<Variable> dictionary = rows.dictionary();
        assertEquals(preview.dictionary().stream().map(v -> v.getName() + ":" + v.getType()).toList(),
                dictionary.stream().map(v -> v.getName() + ":" + v.getType()).toList());
        List<String> names = dictionary.stream().map(Variable::getName).toList();
        List<String> expectedNames = new ArrayList<>();
        for (JsonElement v : expected.getAsJsonArray("variables")) {
            JsonObject variable = v.getAsJsonObject();
            expectedNames.add(variable.get("name").getAsString());
            if (!variable.get("type").isJsonNull()) {
                assertEquals(variable.get("type").getAsString(), dictionary.get(expectedNames.size() - 1).getType().getLiteral().toLowerCase(),
                        variable.get("name").getAsString());
            }
        }
        assertEquals(expectedNames, names);
        for (Map.Entry<String, JsonElement> sum : expected.getAsJsonObject("sums").entrySet()) {
            int column = names.indexOf(sum.getKey());
            double total = rows.rows().stream().map(r -> r.get(column)).filter(v -> v != null).mapToDouble(v -> ((Number) v).doubleValue()).sum();
            assertEquals(sum.getValue().getAsDouble(), total, 1e-9, sum.getKey());
        }
        for (JsonElement c : expected.getAsJsonArray("checks")) {
            JsonObject check = c.getAsJsonObject();
            Object actual = rows.rows().get(check.get("row").getAsInt()).get(names.indexOf(check.get("var").getAsString()));
            JsonElement value = check.get("value");
            String where = "row " + check.get("row") + " " + check.get("var");
            if (value.isJsonNull()) {
                assertEquals(null, actual, where);
            } else if (actual instanceof Number number) {
                assertEquals(value.getAsDouble(), number.doubleValue(), 0.0, where);
            } else {
                assertEquals(value.getAsString(), String.valueOf(actual), where); // text, dates as yyyy-mm-dd, booleans
            }
        }
    }

    @ParameterizedTest
    @MethodSource("refused")
    void refusesHostileFilesInOneLine(String name) throws Exception {
        JsonObject expected = expected(name);
        Path file = CORPUS.resolve(name);
        Arguments options = Arguments.parse(importer.options(), Map.of());
        String previewed = assertThrows(InputException.class, () -> importer.preview(file, options, 5)).getMessage();
        String imported = assertThrows(InputException.class, () -> importer.read(file, options, new CollectedRows(), Progress.NONE)).getMessage();
        assertEquals(previewed, imported);
        XlsxImporterTest.assertOneLineInUsersWords(file, imported);
        List<String> words = new ArrayList<>(List.of(expected.get("refused").getAsString()));
        expected.getAsJsonArray("alternatives").forEach(a -> words.add(a.getAsString()));
        assertTrue(words.stream().anyMatch(w -> imported.toLowerCase().contains(w.toLowerCase())), imported + " says none of " + words);
    }
}
