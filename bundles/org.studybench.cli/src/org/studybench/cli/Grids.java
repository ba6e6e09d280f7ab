package org.studybench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prints named text outputs; keys of the form name[row,col] are laid out as a grid per name. */
final class Grids {

    private static final Pattern CELL = Pattern.compile("(.+)\\[([^,\\]]+),([^\\]]+)\\]");

    private Grids() {
    }

    static void print(PrintWriter out, Map<String, String> texts) {
        Map<String, Map<String, Map<String, String>>> grids = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Matcher m = CELL.matcher(e.getKey());
            if (m.matches()) {
                grids.computeIfAbsent(m.group(1), k -> new LinkedHashMap<>()).computeIfAbsent(m.group(2), k -> new LinkedHashMap<>()).put(m.group(3),
                        e.getValue());
            } else {
                out.println(e.getKey() + ": " + e.getValue());
            }
        }
        grids.forEach((name, rows) -> {
            LinkedHashSet<String> columns = new LinkedHashSet<>();
            rows.values().forEach(r -> columns.addAll(r.keySet()));
            List<String[]> table = new ArrayList<>();
            List<String> header = new ArrayList<>(List.of(name));
            header.addAll(columns);
            table.add(header.toArray(String[]::new));
            rows.forEach((row, cells) -> {
                List<String> line = new ArrayList<>(List.of(row));
                columns.forEach(c -> line.add(cells.getOrDefault(c, "")));
                table.add(line.toArray(String[]::new));
            });
            TextTable.print(out, table);
        });
    }
}
