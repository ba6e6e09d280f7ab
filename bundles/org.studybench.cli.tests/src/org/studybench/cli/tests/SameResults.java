package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.studybench.cli.tests.CliRunner.Run;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The external engines' tests: a command on a data file (read by DuckDB) and the same command on a table
 * in an engine must agree in every number to 1e-12 (relative), and bad input must be one line naming the
 * engine.
 */
final class SameResults {

    private SameResults() {
    }

    /** The command's JSON output; it must succeed. */
    static JsonObject json(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    /** {@code command SOURCE options --json} on the file and on the URL: equal to 1e-12 (relative) in every number; the URL's result. */
    static JsonObject onBoth(String command, Path file, String url, String... options) throws InterruptedException {
        JsonObject duckdb = json(args(command, file.toString(), options, "--json"));
        JsonObject engine = json(args(command, url, options, "--json"));
        assertSame("", duckdb, engine);
        return engine;
    }

    /** A banner printed from the file and from the URL: the same text. */
    static void sameBanner(Path file, String url, String... options) throws InterruptedException {
        Run fromFile = CliRunner.run(args("banner", file.toString(), options));
        Run fromEngine = CliRunner.run(args("banner", url, options));
        assertEquals(0, fromFile.exitCode(), fromFile.err());
        assertEquals(0, fromEngine.exitCode(), fromEngine.err());
        assertEquals(fromFile.out(), fromEngine.out());
    }

    private static String[] args(String command, String source, String[] options, String... more) {
        List<String> all = new ArrayList<>(List.of(command, source));
        all.addAll(List.of(options));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static void assertSame(String path, JsonElement expected, JsonElement actual) {
        if (expected.isJsonObject()) {
            assertTrue(actual.isJsonObject(), path);
            assertEquals(expected.getAsJsonObject().keySet(), actual.getAsJsonObject().keySet(), path);
            for (Map.Entry<String, JsonElement> e : expected.getAsJsonObject().entrySet()) {
                assertSame(path + "." + e.getKey(), e.getValue(), actual.getAsJsonObject().get(e.getKey()));
            }
        } else if (expected.isJsonArray()) {
            JsonArray a = expected.getAsJsonArray();
            JsonArray b = actual.getAsJsonArray();
            assertEquals(a.size(), b.size(), path);
            for (int i = 0; i < a.size(); i++) {
                assertSame(path + "[" + i + "]", a.get(i), b.get(i));
            }
        } else if (expected.isJsonPrimitive() && expected.getAsJsonPrimitive().isNumber()) {
            double x = expected.getAsDouble();
            double y = actual.getAsDouble();
            assertEquals(x, y, 1e-12 * Math.max(1, Math.abs(x)), path);
        } else {
            assertEquals(expected, actual, path);
        }
    }

    /**
     * A refused command: exit 1, one line on stderr naming {@code engine}, no Java class names or driver
     * packages ({@code driver}, e.g. org.postgresql), none of the {@code secrets}; the line.
     */
    static String refused(String engine, String driver, List<String> secrets, String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String err = run.err();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(engine), err);
        assertFalse(err.matches("(?s).*(Exception|" + driver.replace(".", "\\.") + "|java\\.).*"), err);
        for (String secret : secrets) {
            assertFalse(err.contains(secret), err);
        }
        return err;
    }
}
