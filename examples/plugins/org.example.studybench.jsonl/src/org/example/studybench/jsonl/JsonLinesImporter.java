package org.example.studybench.jsonl;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Respondents as JSON Lines (one JSON object per line, as survey platforms' APIs and log pipelines
 * export them). Each key becomes a variable, in the order keys are first seen; its type is the
 * narrowest that fits every value in the file (whole numbers, numbers, true/false, else text; nested
 * objects and arrays are kept as their JSON text). A missing key or {@code null} is a missing value.
 */
@Component(service = Importer.class)
public class JsonLinesImporter implements Importer {

    @Override
    public String id() {
        return "jsonl";
    }

    @Override
    public String label() {
        return "JSON Lines (one JSON object per respondent)";
    }

    @Override
    public String description() {
        return "Reads .jsonl / .ndjson files: keys become variables, typed by their values.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("jsonl", "ndjson");
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        Map<String, VariableType> types = new LinkedHashMap<>();
        List<JsonObject> first = new ArrayList<>();
        scan(file, 1000, (line, object) -> {
            widen(types, object);
            if (first.size() < rows) {
                first.add(object);
            }
        }, Progress.NONE);
        List<Variable> dictionary = dictionary(types);
        List<List<Object>> values = new ArrayList<>();
        for (JsonObject o : first) {
            values.add(java.util.Arrays.asList(row(o, dictionary)));
        }
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("format", "JSON Lines");
        detected.put("variables", String.valueOf(dictionary.size()));
        return new Preview(dictionary, List.of(), values, -1, detected);
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        Map<String, VariableType> types = new LinkedHashMap<>();
        long lines = scan(file, Long.MAX_VALUE, (line, object) -> widen(types, object), progress); // types need every value
        List<Variable> dictionary = dictionary(types);
        sink.begin(dictionary, List.of());
        scan(file, Long.MAX_VALUE, (line, object) -> {
            sink.row(row(object, dictionary));
            if (line % 1000 == 0) {
                progress.worked(line, lines);
            }
        }, progress);
        progress.worked(lines, lines);
    }

    private interface LineHandler {
        void handle(long line, JsonObject object) throws InputException;
    }

    /** Calls {@code handler} for the objects of the first {@code limit} non-blank lines; returns how many lines it read. */
    private static long scan(Path file, long limit, LineHandler handler, Progress progress) throws InputException {
        long line = 0;
        long seen = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String text = in.readLine(); text != null && seen < limit; text = in.readLine()) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                if (progress.isCancelled()) {
                    throw new InputException(file + ": import cancelled at line " + line);
                }
                JsonElement element;
                try {
                    element = JsonParser.parseString(text);
                } catch (JsonParseException e) {
                    throw new InputException(file + ": line " + line + ": not valid JSON (" + firstLine(e) + ")");
                }
                if (!element.isJsonObject()) {
                    throw new InputException(file + ": line " + line + ": expected a JSON object ({...}) for one respondent");
                }
                seen++;
                handler.handle(line, element.getAsJsonObject());
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(file + ": line " + (line + 1) + ": not UTF-8 text");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        return line;
    }

    private static String firstLine(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
    }

    /** Widens each key's type to fit this object's value: integer < double < string; boolean < string. */
    private static void widen(Map<String, VariableType> types, JsonObject object) {
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            VariableType seen = typeOf(e.getValue());
            VariableType known = types.get(e.getKey());
            if (seen == null) {
                types.putIfAbsent(e.getKey(), null);
            } else if (known == null || known == seen) {
                types.put(e.getKey(), seen);
            } else if (known == VariableType.INTEGER && seen == VariableType.DOUBLE || known == VariableType.DOUBLE && seen == VariableType.INTEGER) {
                types.put(e.getKey(), VariableType.DOUBLE);
            } else {
                types.put(e.getKey(), VariableType.STRING);
            }
        }
    }

    private static VariableType typeOf(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (value instanceof JsonPrimitive p) {
            if (p.isBoolean()) {
                return VariableType.BOOLEAN;
            }
            if (p.isNumber()) {
                double d = p.getAsDouble();
                return d == Math.rint(d) && Math.abs(d) < 9e15 && !p.getAsString().contains(".") ? VariableType.INTEGER : VariableType.DOUBLE;
            }
        }
        return VariableType.STRING;
    }

    private static List<Variable> dictionary(Map<String, VariableType> types) {
        List<Variable> variables = new ArrayList<>();
        types.forEach((name, type) -> {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(name);
            VariableType t = type == null ? VariableType.STRING : type; // only nulls seen
            v.setType(t);
            v.setMeasureLevel(t == VariableType.INTEGER || t == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
            variables.add(v);
        });
        return variables;
    }

    private static Object[] row(JsonObject object, List<Variable> dictionary) {
        Object[] values = new Object[dictionary.size()];
        for (int i = 0; i < values.length; i++) {
            Variable v = dictionary.get(i);
            JsonElement e = object.get(v.getName());
            if (e == null || e.isJsonNull()) {
                continue;
            }
            values[i] = switch (v.getType()) {
                case INTEGER -> e.getAsLong();
                case DOUBLE -> e.getAsDouble();
                case BOOLEAN -> e.getAsBoolean();
                default -> e.isJsonPrimitive() ? e.getAsString() : e.toString();
            };
        }
        return values;
    }
}
