package org.studybench.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The real files the product is run on, with what each must give: the corpus of
 * testdata/corpus/expected.json (files written by the real tools) and the importer test bundles'
 * fixtures listed in this module's fixtures.json, read alike.
 */
final class Corpus {

    /** A variable of the dictionary; a null type is not asserted (a header-only sheet has no values to infer it from). */
    record Variable(String name, String type) {
        boolean matches(Variable actual) {
            return name.equals(actual.name()) && (type == null || type.equals(actual.type()));
        }

        @Override
        public String toString() {
            return name + ":" + type;
        }
    }

    /**
     * One file: either refused (exit 1, one line containing one of {@code refusalWords}, any line when
     * there are none) or imported with {@code rows} rows and exactly {@code variables} (names and
     * types, in order); {@code either}: both are right (e.g. a date no tool can represent: refused,
     * or read as missing). {@code id} is the path the lists name it by.
     */
    record Entry(String id, Path file, String format, Map<String, String> options, boolean refused, boolean either, List<String> refusalWords, long rows,
            List<Variable> variables) {

        boolean dictionaryMatches(List<Variable> actual) {
            if (actual.size() != variables.size()) {
                return false;
            }
            for (int i = 0; i < actual.size(); i++) {
                if (!variables.get(i).matches(actual.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private Corpus() {
    }

    static List<Entry> read(Path json, Path base) throws IOException {
        JsonElement root = JsonParser.parseString(Files.readString(json));
        JsonArray files = root.isJsonArray() ? root.getAsJsonArray() : root.getAsJsonObject().getAsJsonArray("files");
        if (files == null) {
            throw new AssertionError(json + ": expected an array of files, or an object with a \"files\" array");
        }
        Map<String, JsonObject> byFile = new LinkedHashMap<>();
        files.forEach(e -> byFile.put(e.getAsJsonObject().get("file").getAsString(), e.getAsJsonObject()));
        List<Entry> entries = new ArrayList<>();
        for (JsonObject o : byFile.values()) {
            String path = o.get("file").getAsString();
            // "sameAs": when read, it must give what that other file gives (rows and dictionary)
            JsonObject read = o.has("sameAs") ? byFile.get(o.get("sameAs").getAsString()) : o;
            if (read == null) {
                throw new AssertionError(json + ": " + path + " is the same as " + o.get("sameAs") + ", which is not listed");
            }
            Map<String, String> options = new LinkedHashMap<>();
            if (o.has("options")) {
                o.getAsJsonObject("options").entrySet().forEach(x -> options.put(x.getKey(), x.getValue().getAsString()));
            }
            // "refused": true, or the words the message must contain (or one of "alternatives")
            boolean refused = o.has("refused") && !(o.get("refused").isJsonPrimitive() && o.get("refused").getAsJsonPrimitive().isBoolean()
                    && !o.get("refused").getAsBoolean());
            boolean either = o.has("either") && o.get("either").getAsString().startsWith("refused-or");
            List<String> words = new ArrayList<>();
            if (refused && o.get("refused").getAsJsonPrimitive().isString()) {
                words.add(o.get("refused").getAsString());
                if (o.has("alternatives")) {
                    o.getAsJsonArray("alternatives").forEach(a -> words.add(a.getAsString()));
                }
            }
            List<Variable> variables = new ArrayList<>();
            if (!refused) {
                for (JsonElement v : read.getAsJsonArray("variables")) {
                    JsonObject var = v.getAsJsonObject();
                    JsonElement type = var.get("type");
                    variables.add(new Variable(var.get("name").getAsString(), type == null || type.isJsonNull() ? null : type.getAsString()));
                }
            }
            entries.add(new Entry(Product.repo().relativize(base.resolve(path).toAbsolutePath().normalize()).toString(), base.resolve(path),
                    o.has("format") ? o.get("format").getAsString() : null, options, refused, either, words, refused ? -1 : read.get("rows").getAsLong(),
                    variables));
        }
        return entries;
    }
}
