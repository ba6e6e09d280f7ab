package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.csv.internal.CsvImporter;
import org.studybench.model.study.Variable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every CSV file of the corpus (testdata/corpus, issue 13) read as {@code expected.json} says: layout,
 * header rows, row count, dictionary, sums and cells; refused files refused by preview and import
 * alike with the place named. Preview and import must agree on the dictionary and the row count.
 */
class CsvCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("studybench.repo", "../..")).resolve("testdata/corpus").toAbsolutePath();

    private final CsvImporter importer = new CsvImporter();

    @TestFactory
    Stream<DynamicTest> everyCsvFileOfTheCorpus() throws Exception {
        JsonObject expected = JsonParser.parseString(Files.readString(CORPUS.resolve("expected.json"))).getAsJsonObject();
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonElement e : expected.getAsJsonArray("files")) {
            JsonObject file = e.getAsJsonObject();
            String name = file.get("file").getAsString();
            if (name.startsWith("csv/")) {
                tests.add(DynamicTest.dynamicTest(name, () -> check(name, file)));
            }
        }
        assertTrue(tests.size() >= 12, "expected.json lists only " + tests.size() + " CSV files");
        return tests.stream();
    }

    private void check(String name, JsonObject expected) throws Exception {
        Path file = CORPUS.resolve(name);
        Arguments options = Arguments.parse(importer.options(), Map.of());
        if (expected.has("refused")) {
            String words = expected.get("refused").getAsString();
            InputException previewed = assertThrows(InputException.class, () -> importer.preview(file, options, 10), name + ": preview");
            InputException imported = assertThrows(InputException.class, () -> importer.read(file, options, new CollectedRows(), Progress.NONE),
                    name + ": import");
            for (InputException refusal : List.of(previewed, imported)) {
                String message = refusal.getMessage();
                assertTrue(message.startsWith(file + ": ") && message.toLowerCase(Locale.ROOT).contains(words.toLowerCase(Locale.ROOT))
                        && !message.contains("\n"), name + ": " + message);
            }
            assertEquals(previewed.getMessage(), imported.getMessage(), "preview and import refuse alike");
            return;
        }
        Importer.Preview preview = importer.preview(file, options, 1000);
        CollectedRows rows = new CollectedRows();
        importer.read(file, options, rows, Progress.NONE);
        if (expected.has("layout")) {
            assertEquals(expected.get("layout").getAsString(), preview.detected().get("layout"), name + ": layout");
            assertEquals(expected.get("headerRows").getAsString(), preview.detected().get("header rows"), name + ": header rows");
        }
        long count = expected.get("rows").getAsLong();
        assertEquals(count, rows.rows().size(), name + ": rows");
        assertEquals(count, preview.estimatedRows(), name + ": rows in the preview");
        assertEquals(describe(preview.dictionary()), describe(rows.dictionary()), name + ": preview and import agree");
        assertEquals(rows.rows().subList(0, Math.min(1000, rows.rows().size())), preview.rows(), name + ": preview rows");

        List<Variable> dictionary = rows.dictionary();
        List<String> names = dictionary.stream().map(Variable::getName).toList();
        var variables = expected.getAsJsonArray("variables");
        assertEquals(variables.size(), dictionary.size(), name + ": variables");
        for (int i = 0; i < variables.size(); i++) {
            JsonObject v = variables.get(i).getAsJsonObject();
            int index = v.has("index") ? v.get("index").getAsInt() : i;
            Variable actual = dictionary.get(index);
            String where = name + ": column " + index;
            assertEquals(v.get("name").getAsString(), actual.getName(), where + ": name");
            if (!v.get("type").isJsonNull()) {
                assertEquals(v.get("type").getAsString(), actual.getType().getLiteral(), where + ": type");
            }
            if (!v.get("label").isJsonNull()) {
                assertEquals(v.get("label").getAsString(), actual.getLabel(), where + ": label");
            }
        }
        if (expected.has("sums")) {
            for (Map.Entry<String, JsonElement> sum : expected.getAsJsonObject("sums").entrySet()) {
                int c = names.indexOf(sum.getKey());
                assertTrue(c >= 0, name + ": no variable " + sum.getKey());
                double total = 0;
                for (List<Object> row : rows.rows()) {
                    total += row.get(c) == null ? 0 : ((Number) row.get(c)).doubleValue();
                }
                double want = sum.getValue().getAsDouble();
                assertEquals(want, total, Math.abs(want) * 1e-9, name + ": sum of " + sum.getKey());
            }
        }
        for (JsonElement e : expected.getAsJsonArray("checks")) {
            JsonObject check = e.getAsJsonObject();
            int row = check.get("row").getAsInt();
            String variable = check.get("var").getAsString();
            int c = names.indexOf(variable);
            assertTrue(c >= 0, name + ": no variable " + variable);
            Object actual = rows.rows().get(row).get(c);
            JsonElement want = check.get("value");
            String where = name + ": row " + row + ", " + variable;
            if (want.isJsonNull()) {
                assertEquals(null, actual, where);
            } else if (want.getAsJsonPrimitive().isNumber()) {
                if (!(actual instanceof Number n)) {
                    fail(where + ": expected the number " + want + ", got " + actual);
                    return;
                }
                assertEquals(want.getAsDouble(), n.doubleValue(), 0.0, where);
            } else {
                assertEquals(want.getAsString(), actual == null ? null : actual.toString().stripTrailing(), where);
            }
        }
        if (expected.has("either") && "refused-or-null".equals(expected.get("either").getAsString())) {
            assertTrue(preview.detected().containsKey("not finite"), name + ": a value made missing is reported: " + preview.detected());
            assertTrue(rows.warnings().stream().anyMatch(w -> w.startsWith(file + ": ") && w.contains("not a finite number")), name + ": " + rows.warnings());
        }
    }

    private static List<String> describe(List<Variable> dictionary) {
        return dictionary.stream().map(v -> v.getName() + " " + v.getType() + " " + v.getLabel()).toList();
    }
}
