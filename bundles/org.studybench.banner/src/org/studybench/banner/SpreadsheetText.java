package org.studybench.banner;

import java.util.regex.Pattern;

/**
 * Text cells that a spreadsheet would run as a formula when it opens a CSV file ({@code =cmd|...},
 * {@code =HYPERLINK(...)}, {@code +...}, {@code @...}, or such a text after a tab, carriage
 * return or line feed): as the OWASP "CSV injection" guidance says, such a cell is written with a leading
 * apostrophe, which spreadsheets show as text. Numbers ({@code -1.5}) stay as they are. Labels come
 * from data files and study files, which StudyBench does not trust.
 */
public final class SpreadsheetText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?%?");

    private SpreadsheetText() {
    }

    /** {@code cell} as a spreadsheet shows it as text: a formula-like text gets a leading apostrophe. */
    public static String neutralized(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        // a line feed too: an importer may have turned a carriage return inside a quoted field into one
        boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n';
        return formulaLike && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
    }
}
