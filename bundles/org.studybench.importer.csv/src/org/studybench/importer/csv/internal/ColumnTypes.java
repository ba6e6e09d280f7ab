package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.studybench.core.DelimitedText;
import org.studybench.model.study.VariableType;

/**
 * Infers each column's type from its non-empty cells and converts cells to values of that type.
 *
 * <p>Values that are numbers but not finite — {@code inf}, {@code -Infinity}, {@code NaN} (as R and
 * pandas write them) and numbers beyond ±1.8E308 that overflow — cannot be stored, so in a numeric
 * column they become missing, counted and reported in a warning (never a silent change); a column
 * needs at least one finite number to be numeric.
 */
final class ColumnTypes {

    private static final Set<String> NON_FINITE = Set.of("inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "nan");

    private final boolean[] whole;
    private final boolean[] numeric;
    private final boolean[] finite;
    private final boolean[] bool;
    private final boolean[] any;
    /** Per column: some field had characters up to U+0020 at an end (trim() changed it). */
    private final boolean[] padded;
    private final boolean decimalComma;
    /** Per column: non-finite numbers seen, and where the first was. */
    private final long[] nonFinite;
    private final String[] firstNonFinite;

    /** The columns whose types are inferred, in order; the others stay text, their values as read. */
    private final int[] inferred;
    private final boolean[] skipped;
    private final char delimiter;

    ColumnTypes(int columns, char delimiter) {
        this(columns, delimiter, null);
    }

    /**
     * Types of {@code columns} columns; {@code skipped} (null: none) marks columns whose types are not
     * inferred: a one-off command names the few variables it uses, and a wide file's other columns are
     * then declared text and never looked at.
     */
    ColumnTypes(int columns, char delimiter, boolean[] skipped) {
        this.delimiter = delimiter;
        this.skipped = skipped == null ? new boolean[columns] : skipped.clone();
        this.inferred = IntStream.range(0, columns).filter(c -> !this.skipped[c]).toArray();
        whole = filled(columns);
        numeric = filled(columns);
        finite = new boolean[columns];
        bool = filled(columns);
        any = new boolean[columns];
        padded = new boolean[columns];
        nonFinite = new long[columns];
        firstNonFinite = new String[columns];
        decimalComma = delimiter == ';';
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        Arrays.fill(b, true);
        return b;
    }

    /** Empty types for the same columns (another part of the file). */
    ColumnTypes sibling() {
        return new ColumnTypes(whole.length, delimiter, skipped);
    }

    /** The columns whose types are inferred, in order (all but the skipped ones). */
    int[] inferred() {
        return inferred;
    }

    void add(List<String> fields, long line) {
        for (int c = 0; c < fields.size(); c++) {
            if (c >= skipped.length || !skipped[c]) {
                add(c, fields.get(c), line);
            }
        }
    }

    private void add(int c, String field, long line) {
        String v = field.trim();
        padded[c] |= v.length() != field.length();
        if (v.isEmpty()) {
            return;
        }
        any[c] = true;
        // Each test runs only while the column can still be of that type: a text column costs one failed test.
        boolean isWhole = whole[c] && isWhole(v);
        whole[c] = isWhole;
        if (numeric[c]) {
            boolean isFinite = isWhole || isFiniteNumber(v); // at most 18 digits: a finite number
            numeric[c] = isFinite || isNonFinite(v);
            finite[c] |= isFinite;
            if (!isFinite && numeric[c] && nonFinite[c]++ == 0) {
                firstNonFinite[c] = "line " + line + ": " + v;
            }
        }
        bool[c] = bool[c] && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"));
    }

    /**
     * {@link #add(List, long)} for field {@code c} given as bytes {@code [from, to)} of a file in an
     * ASCII-compatible charset, without making a String of it (PlainScan: most fields of a large file).
     * Fields whose verdict needs more than their ASCII bytes (an exponent, a very long number, a word
     * that may mean infinity, letters outside ASCII while the column may be true/false) go the String
     * way. False when the field is a number that is not finite: its warning needs the line, which only
     * the full reader knows.
     */
    boolean add(int c, byte[] b, int from, int to, java.nio.charset.Charset charset) {
        int s = from;
        int e = to;
        while (s < e && (b[s] & 0xff) <= ' ') {
            s++;
        }
        while (e > s && (b[e - 1] & 0xff) <= ' ') {
            e--;
        }
        padded[c] |= s != from || e != to;
        if (s == e) {
            return true;
        }
        any[c] = true;
        if (!whole[c] && !numeric[c] && !bool[c]) {
            return true; // text: nothing more to learn from this column
        }
        if (!plainAscii(b, s, e, numeric[c])) {
            add(c, new String(b, s, e - s, charset), -1);
            return nonFinite[c] == 0;
        }
        boolean isWhole = whole[c] && isWhole(b, s, e);
        whole[c] = isWhole;
        if (numeric[c]) { // as add(String): without exponent letters a number is finite, and no word for infinity is possible
            boolean isFinite = isWhole || decimalComma && isDecimalComma(b, s, e) || isPlainDecimal(b, s, e);
            numeric[c] = isFinite;
            finite[c] |= isFinite;
        }
        bool[c] = bool[c] && isTrueFalse(b, s, e);
        return true;
    }

    /**
     * ASCII only, and for a column that may still be numeric no letter of an exponent or of a word for
     * infinity or NaN and fewer than 300 characters: the byte tests below decide such a field exactly as
     * the String tests do.
     */
    private static boolean plainAscii(byte[] b, int s, int e, boolean numeric) {
        if (numeric && e - s >= 300) {
            return false;
        }
        for (int i = s; i < e; i++) {
            int x = b[i];
            if (x < 0 || numeric && (x == 'e' || x == 'E' || x == 'i' || x == 'I' || x == 'n' || x == 'N')) {
                return false;
            }
        }
        return true;
    }

    private static boolean digit(byte x) {
        return x >= '0' && x <= '9';
    }

    /** {@link #isWhole(String)} on bytes. */
    private static boolean isWhole(byte[] b, int s, int e) {
        int start = b[s] == '-' ? s + 1 : s;
        int digits = e - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < e; i++) {
            if (!digit(b[i])) {
                return false;
            }
        }
        return true;
    }

    /** {@link NumberSyntax#number} without an exponent (plainAscii leaves those to the String tests). */
    private static boolean isPlainDecimal(byte[] b, int s, int e) {
        int i = s;
        if (b[i] == '+' || b[i] == '-') {
            i++;
        }
        int start = i;
        while (i < e && digit(b[i])) {
            i++;
        }
        boolean digits = i > start;
        if (i < e && b[i] == '.') {
            int point = ++i;
            while (i < e && digit(b[i])) {
                i++;
            }
            digits |= i > point;
        }
        return digits && i == e;
    }

    /** {@link NumberSyntax#decimalComma} on bytes. */
    private static boolean isDecimalComma(byte[] b, int s, int e) {
        int i = b[s] == '-' ? s + 1 : s;
        int start = i;
        while (i < e && digit(b[i])) {
            i++;
        }
        if (i == start || i == e || b[i] != ',') {
            return false;
        }
        int after = ++i;
        while (i < e && digit(b[i])) {
            i++;
        }
        return i > after && i == e;
    }

    /** "true" or "false" in any case (ASCII: plainAscii sent the rest the String way). */
    private static boolean isTrueFalse(byte[] b, int s, int e) {
        String word = e - s == 4 ? "true" : e - s == 5 ? "false" : null;
        if (word == null) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if ((b[s + i] | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds what {@code other} saw in another part of the same file. Every test is a conjunction or a
     * disjunction over the cells, so the parts' order does not matter; {@code finite} may differ from one
     * order to another only in columns that are not numeric, where it is not used.
     */
    void merge(ColumnTypes other) {
        for (int c = 0; c < whole.length; c++) {
            whole[c] &= other.whole[c];
            numeric[c] &= other.numeric[c];
            finite[c] |= other.finite[c];
            bool[c] &= other.bool[c];
            any[c] |= other.any[c];
            padded[c] |= other.padded[c];
            if (nonFinite[c] == 0) {
                firstNonFinite[c] = other.firstNonFinite[c];
            }
            nonFinite[c] += other.nonFinite[c];
        }
    }

    VariableType type(int c) {
        if (!any[c]) {
            return VariableType.STRING;
        }
        if (whole[c]) {
            return VariableType.INTEGER;
        }
        if (numeric[c] && finite[c]) {
            return VariableType.DOUBLE;
        }
        return bool[c] ? VariableType.BOOLEAN : VariableType.STRING;
    }

    /**
     * What {@link #convert} does to column {@code c}, for a reader of the file other than this importer;
     * plain when no field needed trimming and no number was non-finite.
     */
    DelimitedText.Column column(int c) {
        DelimitedText.Conversion conversion = switch (type(c)) {
            case INTEGER -> DelimitedText.Conversion.WHOLE_NUMBER;
            case DOUBLE -> decimalComma ? DelimitedText.Conversion.NUMBER_DECIMAL_COMMA : DelimitedText.Conversion.NUMBER;
            case BOOLEAN -> DelimitedText.Conversion.TRUE_FALSE;
            default -> DelimitedText.Conversion.TEXT;
        };
        return new DelimitedText.Column(conversion, !padded[c] && nonFinite[c] == 0);
    }

    List<Object> convert(List<String> fields) {
        List<Object> out = new ArrayList<>(fields.size());
        for (int c = 0; c < fields.size(); c++) {
            String v = fields.get(c).trim();
            if (v.isEmpty()) {
                out.add(null);
                continue;
            }
            out.add(switch (type(c)) {
                case INTEGER -> Long.parseLong(v);
                case DOUBLE -> number(v); // null for a non-finite number, see nonFiniteWarning()
                case BOOLEAN -> Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
                default -> fields.get(c);
            });
        }
        return out;
    }

    /** Null, or the warning for the values of numeric columns that convert() makes missing because they are not finite numbers. */
    String nonFiniteWarning(List<String> names) {
        long count = 0;
        String first = null;
        for (int c = 0; c < nonFinite.length; c++) {
            if (type(c) == VariableType.DOUBLE && nonFinite[c] > 0) {
                count += nonFinite[c];
                first = first != null ? first : "variable '" + names.get(c) + "', " + firstNonFinite[c];
            }
        }
        return count == 0 ? null
                : count + " value" + (count == 1 ? " is" : "s are") + " not a finite number (infinite, NaN or beyond ±1.8E308) and "
                        + (count == 1 ? "becomes" : "become") + " missing, the first in " + first;
    }


    /** -?digits, at most 18 of them (so it fits a long). */
    private static boolean isWhole(String v) {
        int start = v.charAt(0) == '-' ? 1 : 0;
        int digits = v.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** A finite number, else null. */
    private Double number(String v) {
        String s = decimalComma && NumberSyntax.decimalComma(v) ? v.replace(',', '.') : v;
        if (!NumberSyntax.number(s)) {
            return null;
        }
        double d = Double.parseDouble(s);
        return Double.isFinite(d) ? d : null;
    }

    /** Whether number() gives a value, without making it. */
    private boolean isFiniteNumber(String v) {
        String s = decimalComma && NumberSyntax.decimalComma(v) ? v.replace(',', '.') : v;
        return NumberSyntax.number(s) && NumberSyntax.finite(s);
    }

    /** inf, NaN and the like, or a number too large for a double. */
    private boolean isNonFinite(String v) {
        if (NON_FINITE.contains(v.toLowerCase(Locale.ROOT))) {
            return true;
        }
        String s = decimalComma && NumberSyntax.decimalComma(v) ? v.replace(',', '.') : v;
        return NumberSyntax.number(s); // it matched the number syntax, so number() refused it for overflowing
    }
}
