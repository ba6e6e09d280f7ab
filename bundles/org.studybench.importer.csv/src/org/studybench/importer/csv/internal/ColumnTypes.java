package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    ColumnTypes(int columns, char delimiter) {
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

    void add(List<String> fields, long line) {
        for (int c = 0; c < fields.size(); c++) {
            String v = fields.get(c).trim();
            padded[c] |= v.length() != fields.get(c).length();
            if (v.isEmpty()) {
                continue;
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
