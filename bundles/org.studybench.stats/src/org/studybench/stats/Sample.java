package org.studybench.stats;

/**
 * Sufficient statistics of a numeric sample: n, the mean and M2 = Σ(x − mean)², from which the
 * (n − 1) variance follows. Kept as mean and M2 rather than Σx and Σx², which lose every digit to
 * cancellation when values are large relative to their spread (NIST StRD NumAcc4). Built from raw
 * values or from a published mean, SD and n.
 */
public record Sample(double n, double mean, double m2) {

    /** Why values near the largest double (±1.8e308) are refused: their squares (or sums) cannot be held. */
    static final String TOO_LARGE = "the values are too large to compute with: their sum or their squared deviations exceed the largest number"
            + " a double holds (about 1.8e308); rescale them (divide by a power of ten)";

    public Sample {
        if (!(n >= 1)) {
            throw new IllegalArgumentException("a sample needs at least one value, got n=" + Checks.fmt(n));
        }
        if (Double.isInfinite(mean) || m2 == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        if (!(m2 >= 0) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("invalid sample statistics: mean " + mean + ", sum of squared deviations " + m2);
        }
    }

    public static Sample of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a sample needs at least one value; the group is empty");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double correction = 0;
        double m2 = 0;
        for (double v : values) {
            correction += v - mean;
            m2 += (v - mean) * (v - mean);
        }
        // Second pass with the corrected two-pass formula (Chan, Golub and LeVeque 1983).
        mean += correction / values.length;
        m2 -= correction * correction / values.length;
        return new Sample(values.length, mean, Math.max(0, m2));
    }

    public static Sample ofSummary(double n, double mean, double sd) {
        if (!(sd >= 0)) {
            throw new IllegalArgumentException("the standard deviation must be non-negative, got " + sd);
        }
        return new Sample(n, mean, (n - 1) * sd * sd);
    }

    public double variance() {
        if (n < 2) {
            throw new IllegalArgumentException("the variance needs at least two values, got n=" + Checks.fmt(n));
        }
        return m2 / (n - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }
}
