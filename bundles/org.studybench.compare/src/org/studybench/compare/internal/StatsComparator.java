package org.studybench.compare.internal;

import java.util.List;

import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.Alternative;
import org.studybench.stats.Interval;

/**
 * Base of the built-in comparators: turns the statistics library's argument errors into
 * {@link InputException}s (exit code 1, one line) and holds the parameters many of them share.
 */
abstract class StatsComparator implements Comparator {

    static final ParameterSpec CONF = ParameterSpec.optional("conf", ParameterType.REAL, "0.95", "confidence level of intervals");
    static final ParameterSpec ALTERNATIVE = ParameterSpec.choice("alternative", "two.sided", "alternative hypothesis", "two.sided", "less", "greater");
    static final ParameterSpec CONTINUITY = ParameterSpec.optional("continuity", ParameterType.BOOLEAN, "true", "apply the continuity correction");

    @Override
    public final ComparisonOutcome compare(Arguments arguments) throws InputException {
        try {
            return compute(arguments);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    protected abstract ComparisonOutcome compute(Arguments arguments) throws InputException;

    static Alternative alternative(Arguments a) {
        return Alternative.of(a.text("alternative"));
    }

    static ComparisonOutcome.Builder interval(ComparisonOutcome.Builder b, Interval interval, double conf) {
        return b.interval(interval.lower(), interval.upper(), conf);
    }

    /** Effect sizes' intervals may be undefined (a zero cell): then they are null. */
    static Double lower(Interval interval) {
        return interval == null ? null : interval.lower();
    }

    static Double upper(Interval interval) {
        return interval == null ? null : interval.upper();
    }

    static long count(Arguments a, String name) throws InputException {
        long v = a.integer(name);
        if (v < 0) {
            throw new InputException("--" + name + ": a count must not be negative, got " + v);
        }
        return v;
    }

    /** The number of cases in a table of counts. */
    static double total(double[][] table) {
        double n = 0;
        for (double[] row : table) {
            for (double v : row) {
                n += v;
            }
        }
        return n;
    }

    static List<ParameterSpec> params(ParameterSpec... specs) {
        return List.of(specs);
    }

    static String alternativeText(Alternative alternative) {
        return alternative == Alternative.TWO_SIDED ? "" : " (one-sided: " + alternative.id() + ")";
    }
}
