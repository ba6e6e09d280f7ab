package org.studybench.data.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Levels as DuckDB writes them, whatever engine grouped them ({@link Dialect#levelText}): tables, letters
 * and nets find a level by its text, so a double 1 must read "1.0" on PostgreSQL and Trino as it does on
 * DuckDB. A level marked by the engine as a number or a timestamp is written here as DuckDB writes it;
 * any other text is the level as it is.
 */
public final class LevelText {

    /** The character code that marks a number's level (the engine's own exact text follows). */
    static final int NUMBER = 1;
    /** The character code that marks a timestamp's level (Trino's text follows). */
    static final int TIMESTAMP = 2;

    private LevelText() {
    }

    /**
     * The level as DuckDB writes it, from the text of an engine that marks its levels (PostgreSQL, Trino);
     * null stays null, and a text that only starts like a mark (a control character in the data) stays as
     * it is. DuckDB's own levels are never read through here.
     */
    public static String of(String engineText) {
        if (engineText == null || engineText.length() < 2) {
            return engineText;
        }
        char mark = engineText.charAt(0);
        String rest = engineText.substring(1);
        if (mark == NUMBER) {
            try {
                return number(Double.parseDouble(rest));
            } catch (NumberFormatException e) {
                return engineText;
            }
        }
        if (mark == TIMESTAMP && rest.matches("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
            return timestamp(rest.length() == 16 ? rest + ":00" : rest); // Java's form leaves out zero seconds
        }
        return engineText;
    }

    /** Every text value of {@code rows} (a query's result of an engine that marks its levels) as {@link #of} reads it. */
    public static void read(List<Object[]> rows) {
        for (Object[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (row[c] instanceof String text) {
                    row[c] = of(text);
                }
            }
        }
    }

    /**
     * A double as DuckDB casts it to text: the shortest digits that read back as the same double, in plain
     * notation with at least one decimal (1.0, 12345678.5) from 10^-4 up to below 10^16, else as d.ddde+XX
     * with at least two exponent digits (1e+16, 1.5e-07); inf, -inf and nan.
     */
    public static String number(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros(); // Java writes the shortest digits,
        if (shortest.precision() == 2) { // but at least two in its E notation (4.9E-324, where 5e-324 reads back the same)
            BigDecimal one = shortest.round(new MathContext(1, RoundingMode.HALF_EVEN));
            shortest = one.doubleValue() == d ? one.stripTrailingZeros() : shortest;
        }
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = shortest.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = Math.abs(exponent);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /**
     * A timestamp as DuckDB writes it: a space between date and time (Trino writes Java's ISO "T"), its
     * fractional seconds without trailing zeros, none when whole.
     */
    static String timestamp(String iso) {
        String text = iso.length() > 10 && iso.charAt(10) == 'T' ? iso.substring(0, 10) + ' ' + iso.substring(11) : iso;
        int point = text.lastIndexOf('.');
        if (point < 0 || point < text.lastIndexOf(':')) {
            return text;
        }
        int end = text.length();
        while (end > point + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        return end == point + 1 ? text.substring(0, point) : text.substring(0, end);
    }
}
