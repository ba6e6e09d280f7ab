package org.studybench.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The chi-square test that k proportions are equal, as R {@code prop.test(x, n)}: for two groups with
 * optional Yates correction and R's interval for the difference, for k > 2 groups without correction.
 */
public final class ProportionsTest {

    /**
     * @param statistic X-squared
     * @param df        k - 1
     * @param pValue    p for the chosen alternative (one-sided alternatives only for two groups)
     * @param z         the signed pooled z statistic, sqrt(X²) with the sign of p1 - p2 (two groups only, else NaN)
     * @param estimates x/n per group
     * @param difference p1 - p2 and its interval as R reports it (two groups only, else null)
     */
    public record Result(double statistic, int df, double pValue, double z, double[] estimates, Double difference, Interval interval,
            boolean continuityApplied) {
    }

    private ProportionsTest() {
    }

    public static Result twoGroups(long x1, long n1, long x2, long n2, boolean continuity, Alternative alternative, double conf) {
        return test(new double[] { x1, x2 }, new double[] { n1, n2 }, continuity, alternative, conf);
    }

    public static Result test(double[] x, double[] n, boolean continuity, Alternative alternative, double conf) {
        int k = x.length;
        if (k < 2 || n.length != k) {
            throw new IllegalArgumentException("need counts and sizes for at least 2 groups, got " + x.length + " counts and " + n.length + " sizes");
        }
        if (k > 2 && alternative != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException("one-sided alternatives need exactly 2 groups");
        }
        Checks.level(conf);
        double[] estimate = new double[k];
        double sumX = 0;
        double sumN = 0;
        for (int i = 0; i < k; i++) {
            Checks.count("group " + (i + 1), x[i], n[i]);
            estimate[i] = x[i] / n[i];
            sumX += x[i];
            sumN += n[i];
        }
        double pooled = sumX / sumN;
        if (pooled == 0 || pooled == 1) {
            throw new IllegalArgumentException("all groups have " + (pooled == 0 ? "no successes" : "only successes") + "; the test is not defined");
        }
        double yates = 0;
        Double delta = null;
        Interval interval = null;
        if (k == 2) {
            delta = estimate[0] - estimate[1];
            double sumInverse = 1 / n[0] + 1 / n[1];
            yates = continuity ? Math.min(0.5, Math.abs(delta) / sumInverse) : 0;
            double z = alternative == Alternative.TWO_SIDED ? Normal.critical(conf) : Normal.quantile(conf);
            double width = z * Math.sqrt(estimate[0] * (1 - estimate[0]) / n[0] + estimate[1] * (1 - estimate[1]) / n[1]) + yates * sumInverse;
            interval = switch (alternative) {
                case TWO_SIDED -> new Interval(Math.max(delta - width, -1), Math.min(delta + width, 1));
                case LESS -> new Interval(-1, Math.min(delta + width, 1));
                case GREATER -> new Interval(Math.max(delta - width, -1), 1);
            };
        }
        double statistic = 0;
        for (int i = 0; i < k; i++) {
            double e1 = n[i] * pooled;
            double e0 = n[i] * (1 - pooled);
            statistic += sq(Math.abs(x[i] - e1) - yates) / e1 + sq(Math.abs(n[i] - x[i] - e0) - yates) / e0;
        }
        double z = k == 2 ? Math.signum(delta) * Math.sqrt(statistic) : Double.NaN;
        double pValue = switch (alternative) {
            case TWO_SIDED -> ChiSquaredDistribution.of(k - 1).survivalProbability(statistic);
            case LESS -> Normal.cdf(z);
            case GREATER -> Normal.upper(z);
        };
        return new Result(statistic, k - 1, pValue, z, estimate, delta, interval, yates > 0);
    }

    private static double sq(double v) {
        return v * v;
    }
}
