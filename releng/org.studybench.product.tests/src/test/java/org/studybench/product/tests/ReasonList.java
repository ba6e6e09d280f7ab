package org.studybench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A committed list of exceptions, {@code name — reason} per line, # comments: every exception says why. */
final class ReasonList {

    private ReasonList() {
    }

    /** The names with their reasons, in file order; a line without a reason fails the test. */
    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            int dash = text.indexOf(" — ");
            if (dash <= 0 || text.substring(dash + 3).isBlank()) {
                bad.add(file + ":" + n + ": '" + text + "' gives no reason (write 'name — why')");
                continue;
            }
            entries.put(text.substring(0, dash).strip(), text.substring(dash + 3).strip());
        }
        assertEquals(List.of(), bad);
        return entries;
    }
}
