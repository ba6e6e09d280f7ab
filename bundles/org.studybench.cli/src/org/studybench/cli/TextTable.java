package org.studybench.cli;

import java.io.PrintWriter;
import java.util.List;

/** Left-aligned plain-text columns, two spaces apart, no trailing blanks. */
final class TextTable {

    private TextTable() {
    }

    static void print(PrintWriter out, List<String[]> rows) {
        int columns = rows.stream().mapToInt(r -> r.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c] == null ? 0 : row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                String cell = row[c] == null ? "" : row[c];
                line.append(cell);
                if (c < row.length - 1) {
                    line.append(" ".repeat(width[c] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }
}
