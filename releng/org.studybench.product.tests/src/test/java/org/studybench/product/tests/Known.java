package org.studybench.product.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judging problems against hostile-known-failures.txt. A line names a case (or a fault-injection check,
 * {@code fault:NAME}) whose problems are all known, or a kind of problem found in many cases,
 * {@code problem:KIND}, which the tests write as a {@code [KIND]} tag at the start of the problem.
 */
final class Known {

    private Known() {
    }

    /** The tag of a file left in a temporary folder: the import spool and DuckDB's native library have known bugs of their own. */
    static String tag(String leftFileName) {
        if (leftFileName.startsWith("studybench-import-") || leftFileName.startsWith("import-") && leftFileName.endsWith(".csv")) {
            return "[spool] ";
        }
        return leftFileName.startsWith("libduckdb_java") ? "[duckdb-native] " : "";
    }

    /** Fails on every problem not known; prints the known ones, and known entries that pass now. */
    static void judge(String test, Map<String, List<String>> problems, Map<String, String> known, Path list) {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        problems.forEach((id, all) -> {
            List<String> rest = new ArrayList<>();
            for (String p : all) {
                String kind = p.startsWith("[") && p.indexOf(']') > 0 ? "problem:" + p.substring(1, p.indexOf(']')) : null;
                if (kind != null && known.containsKey(kind)) {
                    kinds.merge(kind, 1, Integer::sum);
                } else {
                    rest.add(p);
                }
            }
            if (rest.isEmpty() && known.containsKey(id)) {
                System.out.println(test + ": " + id + " passes now; remove it from " + list);
            } else if (!rest.isEmpty() && known.containsKey(id)) {
                System.out.println(test + ": known failure " + id + " (" + known.get(id) + "):\n    " + String.join("\n    ", rest));
            } else if (!rest.isEmpty()) {
                failures.add(id + ":\n    " + String.join("\n    ", rest));
            }
        });
        kinds.forEach((kind, n) -> System.out.println(test + ": known problem " + kind + " seen " + n + " times (" + known.get(kind) + ")"));
        if (!failures.isEmpty()) {
            fail(failures.size() + " cases are mishandled (fix them, or list them in " + list + " with the reason):\n" + String.join("\n", failures));
        }
    }
}
