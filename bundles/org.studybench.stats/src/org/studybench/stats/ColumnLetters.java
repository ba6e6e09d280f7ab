package org.studybench.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The letters that name the columns of a lettered table and the letters shown in its cells.
 *
 * <p>Columns are lettered as a spreadsheet's: A … Z, then AA, AB … AZ, BA …, so any number of columns
 * has letters. A cell lists the letters of the columns it significantly exceeds in column order. In a
 * table of at most 26 columns they are written together ("AC", as SPSS Custom Tables and Q write them);
 * in a wider table they are separated by spaces ("A AC"), because "AC" could otherwise mean column AC or
 * columns A and C.
 */
public final class ColumnLetters {

    /** Up to this many columns a cell's letters are written without separators. */
    public static final int SINGLE_LETTERS = 26;

    private ColumnLetters() {
    }

    /** The letter(s) of column {@code column} (0-based): A … Z, AA, AB, … */
    public static String of(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("a column number is 0 or more, got " + column);
        }
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.append((char) ('A' + (n - 1) % 26));
        }
        return out.reverse().toString();
    }

    /** The column (0-based) a letter names; -1 when {@code letters} is not a column letter. */
    public static int columnOf(String letters) {
        if (letters == null || letters.isEmpty() || letters.length() > 6) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = letters.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    /** A cell's letters for the columns it exceeds, in a table of {@code columnCount} columns. */
    public static String cell(Collection<Integer> columns, int columnCount) {
        List<String> letters = new ArrayList<>();
        for (int column : new TreeSet<>(columns)) {
            letters.add(of(column));
        }
        return String.join(columnCount > SINGLE_LETTERS ? " " : "", letters);
    }

    /**
     * The columns named by a cell's letters in a table of {@code columnCount} columns (the inverse of
     * {@link #cell}); letters naming no column of the table are left out.
     */
    public static List<Integer> columns(String cell, int columnCount) {
        List<Integer> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        if (columnCount > SINGLE_LETTERS || cell.indexOf(' ') >= 0) {
            parts.addAll(List.of(cell.trim().split("\\s+")));
        } else {
            for (char c : cell.toCharArray()) {
                parts.add(String.valueOf(c));
            }
        }
        for (String part : parts) {
            int column = columnOf(part);
            if (column >= 0 && column < columnCount) {
                out.add(column);
            }
        }
        return out;
    }
}
