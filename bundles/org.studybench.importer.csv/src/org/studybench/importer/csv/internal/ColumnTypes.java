package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.studybench.model.study.VariableType;

/** Infers each column's type from its non-empty cells and converts cells to values of that type. */
final class ColumnTypes {

    private final boolean[] whole;
    private final boolean[] numeric;
    private final boolean[] bool;
    private final boolean[] any;
    private final boolean decimalComma;

    ColumnTypes(int columns, char delimiter) {
        whole = filled(columns);
        numeric = filled(columns);
        bool = filled(columns);
        any = new boolean[columns];
        decimalComma = delimiter == ';';
    }

    private static boolean[] filled(int n) {
        boolean[] b = new boolean[n];
        java.util.Arrays.fill(b, true);
        return b;
    }

    void add(List<String> fields) {
        for (int c = 0; c < fields.size(); c++) {
            String v = fields.get(c).trim();
            if (v.isEmpty()) {
                continue;
            }
            any[c] = true;
            // Each test runs only while the column can still be of that type: a text column costs one failed test.
            whole[c] = whole[c] && isWhole(v);
            numeric[c] = numeric[c] && number(v) != null;
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
        if (numeric[c]) {
            return VariableType.DOUBLE;
        }
        return bool[c] ? VariableType.BOOLEAN : VariableType.STRING;
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
                case DOUBLE -> number(v);
                case BOOLEAN -> Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
                default -> fields.get(c);
            });
        }
        return out;
    }

    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

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

    private Double number(String v) {
        String s = decimalComma && DECIMAL_COMMA.matcher(v).matches() ? v.replace(',', '.') : v;
        if (!NUMBER.matcher(s).matches()) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
