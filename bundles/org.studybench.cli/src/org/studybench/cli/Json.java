package org.studybench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON output of the {@code --json} options: pretty, stable key order, no HTML escaping. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

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
