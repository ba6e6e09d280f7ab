package org.studybench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/**
 * JSON output of the {@code --json} options: pretty, stable key order, no HTML escaping. JSON has no
 * infinities or NaN (Gson refuses them and the command died with an internal error), so a non-finite
 * number is written by one rule everywhere, documented in docs/cli.md: ±Infinity as the strings
 * {@code "Infinity"} / {@code "-Infinity"} (as comparisons always wrote infinite interval bounds), NaN
 * as {@code null} (no value).
 */
public final class Json {

    /** Doubles and floats: finite ones as numbers, the others by the rule above. */
    private static final JsonSerializer<Number> NUMBER = (value, type, context) -> {
        double d = value.doubleValue();
        if (Double.isNaN(d)) {
            return JsonNull.INSTANCE;
        }
        return Double.isInfinite(d) ? new JsonPrimitive(d > 0 ? "Infinity" : "-Infinity") : new JsonPrimitive(value);
    };

    /** Dates as ISO text (Gson cannot reflect into java.time). */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
            .registerTypeAdapter(Double.class, NUMBER).registerTypeAdapter(double.class, NUMBER).registerTypeAdapter(Float.class, NUMBER)
            .registerTypeAdapter(float.class, NUMBER)
            .registerTypeAdapter(LocalDate.class, (JsonSerializer<LocalDate>) (date, type, context) -> new JsonPrimitive(date.toString())).create();

    private Json() {
    }

    /** An object with its keys in the given order: object("a", 1, "b", 2). */
    static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    /** The JSON text of a value, by the rules above. */
    public static String toJson(Object value) {
        return GSON.toJson(value);
    }

    static void print(PrintWriter out, Object value) {
        out.println(toJson(value));
        out.flush();
    }
}
