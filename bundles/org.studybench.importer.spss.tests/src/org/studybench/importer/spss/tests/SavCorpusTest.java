package org.studybench.importer.spss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every SPSS file of the corpus (testdata/corpus: written by PSPP and R haven, plus hostile files) against
 * testdata/corpus/expected.json, whose values come from the data the generator scripts gave the tools and
 * were checked there with R haven and PSPP (testdata/corpus/generate/verify.py). A null expectation
 * (type, label, measure) is not asserted.
 */
class SavCorpusTest {

    private static final Path CORPUS = Sav.CORPUS;

    static Stream<String> savFiles() throws Exception {
        List<String> files = new ArrayList<>();
        for (JsonElement e : expected().getAsJsonArray("files")) {
            String file = e.getAsJsonObject().get("file").getAsString();
            if (file.startsWith("sav/")) {
                files.add(file);
            }
        }
        assertTrue(files.size() >= 16, "the corpus lists " + files.size() + " SPSS files");
        return files.stream();
    }

    private static JsonObject expected() throws Exception {
        return JsonParser.parseString(Files.readString(CORPUS.resolve("expected.json"), StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private static JsonObject entry(String file) throws Exception {
        for (JsonElement e : expected().getAsJsonArray("files")) {
            if (e.getAsJsonObject().get("file").getAsString().equals(file)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError(file + " is not in expected.json");
    }

    @ParameterizedTest
    @MethodSource("savFiles")
    void fileReadsAsExpected(String name) throws Exception {
        JsonObject expected = entry(name);
        Path file = CORPUS.resolve(name);
        if (expected.has("refused")) {
            String message = assertThrows(InputException.class, () -> Sav.preview(file, 5)).getMessage();
            assertTrue(message.startsWith(file + ": "), message);
            assertFalse(message.contains("\n") || message.contains("Exception"), message);
            List<String> words = new ArrayList<>(List.of(expected.get("refused").getAsString()));
            if (expected.has("alternatives")) {
                expected.getAsJsonArray("alternatives").forEach(w -> words.add(w.getAsString()));
            }
            String lower = message.toLowerCase(Locale.ROOT);
            assertTrue(words.stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT))), message + " should say one of " + words);
            return;
        }
        CollectedRows rows = Sav.read(file);
        if (expected.has("sameAs")) {
            CollectedRows same = Sav.read(CORPUS.resolve(expected.get("sameAs").getAsString()));
            assertEquals(same.rows(), rows.rows());
            return;
        }
        Importer.Preview preview = Sav.preview(file, 5);
        assertEquals(expected.get("rows").getAsInt(), rows.rows().size());
        assertEquals(expected.get("rows").getAsLong(), preview.estimatedRows());
        assertTrue(preview.detected().get("encoding").startsWith(expected.get("encoding").getAsString()), preview.detected().get("encoding"));
        if (!expected.get("weight").isJsonNull()) {
            assertTrue(preview.detected().get("weighted by").startsWith(expected.get("weight").getAsString() + " "), preview.detected().toString());
        }
        List<Variable> dictionary = rows.dictionary();
        List<String> names = new ArrayList<>();
        for (JsonElement e : expected.getAsJsonArray("variables")) {
            JsonObject v = e.getAsJsonObject();
            String variable = v.get("name").getAsString();
            names.add(variable);
            Variable actual = dictionary.stream().filter(x -> x.getName().equals(variable)).findFirst().orElseThrow(() -> new AssertionError("no " + variable));
            if (!v.get("type").isJsonNull()) {
                assertEquals(v.get("type").getAsString(), actual.getType().getLiteral(), variable);
            }
            if (!v.get("label").isJsonNull()) {
                assertEquals(v.get("label").getAsString(), actual.getLabel(), variable);
            }
            if (!v.get("measure").isJsonNull()) {
                assertEquals(v.get("measure").getAsString(), actual.getMeasureLevel().getLiteral(), variable);
            }
            Map<String, String> labels = new LinkedHashMap<>();
            v.getAsJsonObject("valueLabels").entrySet().forEach(l -> labels.put(l.getKey(), l.getValue().getAsString()));
            Map<String, String> actualLabels = new LinkedHashMap<>();
            actual.getValueLabels().forEach(l -> actualLabels.put(l.getValue(), l.getLabel()));
            assertEquals(labels, actualLabels, variable);
            List<String> missing = new ArrayList<>();
            v.getAsJsonArray("missing").forEach(m -> missing.add(m.getAsString()));
            assertEquals(missing, actual.getMissingValues(), variable);
        }
        assertEquals(names, dictionary.stream().map(Variable::getName).toList());
        for (var sum : expected.getAsJsonObject("sums").entrySet()) {
            int column = names.indexOf(sum.getKey());
            double total = 0;
            for (List<Object> row : rows.rows()) {
                if (row.get(column) instanceof Number n) {
                    total += n.doubleValue();
                }
            }
            assertEquals(sum.getValue().getAsDouble(), total, 1e-9 * Math.max(1, Math.abs(total)), "sum of " + sum.getKey());
        }
        for (JsonElement e : expected.getAsJsonArray("checks")) {
            JsonObject check = e.getAsJsonObject();
            int row = check.get("row").getAsInt();
            String variable = check.get("var").getAsString();
            Object actual = rows.rows().get(row).get(names.indexOf(variable));
            JsonElement value = check.get("value");
            String where = name + " row " + row + " " + variable;
            if (value.isJsonNull()) {
                assertEquals(null, actual, where);
            } else if (value.getAsJsonPrimitive().isNumber()) {
                assertTrue(actual instanceof Number, where + ": " + actual);
                assertEquals(value.getAsDouble(), ((Number) actual).doubleValue(), 0, where);
            } else if (actual instanceof LocalDate date) {
                assertEquals(value.getAsString(), date.toString(), where);
            } else {
                assertEquals(value.getAsString(), actual, where);
            }
        }
        List<String> sets = new ArrayList<>();
        for (JsonElement e : expected.getAsJsonArray("sets")) {
            JsonObject s = e.getAsJsonObject();
            List<String> members = new ArrayList<>();
            s.getAsJsonArray("variables").forEach(m -> members.add(m.getAsString()));
            sets.add(s.get("name").getAsString().replaceFirst("^\\$", "") + " [" + s.get("label").getAsString() + "] "
                    + (!s.has("countedValue") || s.get("countedValue").isJsonNull() ? "" : s.get("countedValue").getAsString()) + " " + members);
        }
        List<String> actualSets = new ArrayList<>();
        for (MultipleResponseSet s : rows.sets()) {
            actualSets.add(s.getName() + " [" + s.getLabel() + "] " + (s.getCountedValue() == null ? "" : s.getCountedValue()) + " "
                    + s.getVariables().stream().map(Variable::getName).toList());
        }
        assertEquals(sets, actualSets);
    }
}
