package org.studybench.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parameter values checked against their {@link ParameterSpec}s, with defaults filled in. Front ends
 * build it from text with {@link #parse}; comparators read typed values from it and may assume every
 * declared parameter is present and of its declared type.
 *
 * @since 0.1
 */
public final class Arguments {

    private final Map<String, Object> values;

    private Arguments(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Parses {@code text} (parameter name → value as typed) against {@code specs}.
     *
     * @throws InputException naming the parameter when a value is missing, unknown or malformed
     */
    public static Arguments parse(List<ParameterSpec> specs, Map<String, String> text) throws InputException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String given : text.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(given))) {
                throw new InputException("unknown parameter --" + given + "; expected one of "
                        + specs.stream().map(s -> "--" + s.name()).toList());
            }
        }
        for (ParameterSpec spec : specs) {
            String raw = text.containsKey(spec.name()) ? text.get(spec.name()) : spec.defaultValue();
            if (raw == null) {
                throw new InputException("missing parameter --" + spec.name() + (spec.help().isEmpty() ? "" : " (" + spec.help() + ")"));
            }
            if (raw.isBlank() && !text.containsKey(spec.name())) {
                continue; // an optional parameter without a default value: absent, see has()
            }
            values.put(spec.name(), convert(spec, raw.trim()));
        }
        return new Arguments(values);
    }

    private static Object convert(ParameterSpec spec, String raw) throws InputException {
        String where = "--" + spec.name();
        try {
            return switch (spec.type()) {
                case INTEGER -> Long.parseLong(raw);
                case REAL -> finite(where, Double.parseDouble(raw));
                case BOOLEAN -> switch (raw.toLowerCase(Locale.ROOT)) {
                    case "true", "yes", "1" -> Boolean.TRUE;
                    case "false", "no", "0" -> Boolean.FALSE;
                    default -> throw new InputException(where + ": expected true or false, got '" + raw + "'");
                };
                case CHOICE -> {
                    if (!spec.choices().contains(raw)) {
                        throw new InputException(where + ": expected one of " + String.join("|", spec.choices()) + ", got '" + raw + "'");
                    }
                    yield raw;
                }
                case TEXT -> raw;
                case REAL_LIST -> realList(where, raw);
                case TABLE -> table(where, raw);
                case GROUPS -> groups(where, raw);
            };
        } catch (NumberFormatException e) {
            String expected = spec.type() == ParameterType.INTEGER ? "a whole number" : "a number";
            throw new InputException(where + ": expected " + expected + ", got '" + raw + "'");
        }
    }

    private static double finite(String where, double value) throws InputException {
        if (!Double.isFinite(value)) {
            throw new InputException(where + ": expected a finite number, got " + value);
        }
        return value;
    }

    private static double[] realList(String where, String raw) throws InputException {
        String[] cells = raw.split("\\s*,\\s*");
        double[] out = new double[cells.length];
        for (int i = 0; i < cells.length; i++) {
            try {
                out[i] = finite(where, Double.parseDouble(cells[i]));
            } catch (NumberFormatException e) {
                throw new InputException(where + ": value " + (i + 1) + " is not a number: '" + cells[i] + "'");
            }
        }
        return out;
    }

    private static double[][] table(String where, String raw) throws InputException {
        String[] rows = raw.split("\\s*;\\s*");
        List<double[]> out = new ArrayList<>();
        for (int r = 0; r < rows.length; r++) {
            String[] cells = rows[r].split("\\s*,\\s*");
            double[] row = new double[cells.length];
            for (int c = 0; c < cells.length; c++) {
                try {
                    row[c] = finite(where, Double.parseDouble(cells[c]));
                } catch (NumberFormatException e) {
                    throw new InputException(where + ": row " + (r + 1) + ", column " + (c + 1) + " is not a number: '" + cells[c] + "'");
                }
                if (row[c] < 0) {
                    throw new InputException(where + ": row " + (r + 1) + ", column " + (c + 1) + " is negative: " + cells[c]);
                }
            }
            if (!out.isEmpty() && out.get(0).length != row.length) {
                throw new InputException(where + ": row " + (r + 1) + " has " + row.length + " cells, row 1 has " + out.get(0).length);
            }
            out.add(row);
        }
        return out.toArray(double[][]::new);
    }

    private static double[][] groups(String where, String raw) throws InputException {
        String[] groups = raw.split("\\s*;\\s*", -1);
        double[][] out = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].isBlank()) {
                throw new InputException(where + ": group " + (g + 1) + " is empty");
            }
            out[g] = realList(where + " group " + (g + 1), groups[g]);
        }
        return out;
    }

    /** Whether an optional parameter declared with an empty default was given. */
    public boolean has(String name) {
        return values.containsKey(name);
    }

    public long integer(String name) {
        return (Long) get(name);
    }

    public double real(String name) {
        Object value = get(name);
        return value instanceof Long l ? l.doubleValue() : (Double) value;
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public String text(String name) {
        return (String) get(name);
    }

    public double[] realList(String name) {
        return ((double[]) get(name)).clone();
    }

    /** A {@link ParameterType#TABLE} or {@link ParameterType#GROUPS} value (rows may differ in length for groups). */
    public double[][] table(String name) {
        double[][] table = (double[][]) get(name);
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }

    /** Values as given, in declaration order, for provenance (input hashes, methods appendix). */
    public Map<String, Object> asMap() {
        return values;
    }

    private Object get(String name) {
        if (!values.containsKey(name)) {
            throw new IllegalArgumentException("parameter '" + name + "' was not declared or not given");
        }
        return values.get(name);
    }
}
