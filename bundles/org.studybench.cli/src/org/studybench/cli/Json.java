package org.studybench.cli;

import java.io.PrintWriter;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON output of the {@code --json} options: pretty, stable key order, no HTML escaping. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        out.println(GSON.toJson(value));
        out.flush();
    }
}
