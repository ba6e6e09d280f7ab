package org.studybench.importer.csv.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            whole[c] &= v.matches("-?\\d{1,18}");
            numeric[c] &= number(v) != null;
            bool[c] &= v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false");
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

    private Double number(String v) {
        String s = decimalComma && v.matches("-?\\d+,\\d+") ? v.replace(',', '.') : v;
        if (!s.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        return Double.parseDouble(s);
    }
}
