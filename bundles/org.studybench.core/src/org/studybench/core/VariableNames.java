package org.studybench.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variable names from column headers, for importers: blank headers become {@code V<column>},
 * repeated ones get {@code _2}, {@code _3}, ... so every variable of a dataset has its own name.
 *
 * @since 0.1
 */
public final class VariableNames {

    private VariableNames() {
    }

    /** Unique names for the headers, in order; {@code headers} may contain nulls. */
    public static List<String> unique(List<String> headers) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            String n = h == null || h.isBlank() ? "V" + (i + 1) : h.trim();
            int count = seen.merge(n, 1, Integer::sum);
            out.add(count == 1 ? n : n + "_" + count);
        }
        return out;
    }
}
