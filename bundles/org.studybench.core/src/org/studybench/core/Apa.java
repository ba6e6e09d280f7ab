package org.studybench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;


/**
 * APA-style text for a comparison outcome: χ²(1, N = 2000) = 26.77, p < .001, h = 0.23 [0.14, 0.32];
 * shared by the CLI, reports and the GUI so results read the same everywhere.
 *
 * @since 0.1
 */
public final class Apa {

    private Apa() {
    }

    public static String line(ComparisonOutcome o) {
        List<String> parts = new ArrayList<>();
        if (o.statistic() != null) {
            parts.add(symbol(o.statisticName()) + degrees(o) + " = " + fixed(o.statistic(), 2));
        }
        if (o.pValue() != null) {
            parts.add(p(o.pValue()));
        }
        if (o.statistic() == null && o.estimate() != null) {
            parts.add(o.estimateName() + " = " + fixed(o.estimate(), 3) + interval(o));
        }
        if (!o.effectSizes().isEmpty()) {
            ComparisonOutcome.EffectSizeValue e = o.effectSizes().get(0);
            parts.add(e.symbol() + " = " + fixed(e.value(), 2) + (e.ciLow() == null ? "" : " [" + fixed(e.ciLow(), 2) + ", " + fixed(e.ciHigh(), 2) + "]"));
        }
        return String.join(", ", parts);
    }

    public static String interval(ComparisonOutcome o) {
        if (o.ciLow() == null) {
            return "";
        }
        return ", " + Math.round(o.ciLevel() * 100) + "% CI [" + fixed(o.ciLow(), 3) + ", " + fixed(o.ciHigh(), 3) + "]";
    }

    private static String degrees(ComparisonOutcome o) {
        if (o.df() == null) {
            return "";
        }
        String df = number(o.df());
        if (o.df2() != null) {
            return "(" + df + ", " + number(o.df2()) + ")";
        }
        boolean chiSquare = "X-squared".equals(o.statisticName());
        return "(" + df + (chiSquare && o.n() != null ? ", N = " + number(o.n()) : "") + ")";
    }

    public static String symbol(String statisticName) {
        return switch (statisticName) {
            case "X-squared" -> "χ²";
            default -> statisticName;
        };
    }

    /** APA: p < .001, else three decimals without the leading zero. */
    public static String p(double p) {
        if (p < 0.001) {
            return "p < .001";
        }
        String s = fixed(p, 3);
        return "p = " + (s.startsWith("0.") ? s.substring(1) : s);
    }

    public static String fixed(double v, int decimals) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** For listings: whole numbers as such, tiny values in scientific notation, others with 4 decimals. */
    public static String compact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Math.abs(v) < 1e-3 ? String.format(Locale.ROOT, "%.3e", v) : fixed(v, 4);
    }

    /** Whole numbers without decimals, others with two. */
    public static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : fixed(v, 2);
    }
}
