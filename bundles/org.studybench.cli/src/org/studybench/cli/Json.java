package org.studybench.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonPrimitive;
import com.google.gson.JsonSerializer;

/** JSON output of the {@code --json} options: pretty, stable key order, no HTML escaping. */
final class Json {

    /** Dates as ISO text (Gson cannot reflect into java.time). */
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls()
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

    static void print(PrintWriter out, Object value) {
        out.println(GSON.toJson(value));
        out.flush();
    }
}
