package org.studybench.stats;

/**
 * Sufficient statistics of a numeric sample: n, sum and sum of squares, from which the mean and the
 * (n − 1) variance follow. Built from raw values or from a published mean, SD and n.
 */
public record Sample(double n, double sum, double sumOfSquares) {

    public Sample {
        if (!(n >= 1)) {
            throw new IllegalArgumentException("a sample needs at least one value, got n=" + Checks.fmt(n));
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
        // Two-pass: the sum of squares is formed about the mean to avoid cancellation.
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new Sample(values.length, mean * values.length, ss + values.length * mean * mean);
    }

    public static Sample ofSummary(double n, double mean, double sd) {
        if (!(sd >= 0)) {
            throw new IllegalArgumentException("the standard deviation must be non-negative, got " + sd);
        }
        return new Sample(n, n * mean, (n - 1) * sd * sd + n * mean * mean);
    }

    public double mean() {
        return sum / n;
    }

    public double variance() {
        if (n < 2) {
            throw new IllegalArgumentException("the variance needs at least two values, got n=" + Checks.fmt(n));
        }
        return Math.max(0, (sumOfSquares - sum * sum / n) / (n - 1));
    }
}
