package org.studybench.stats;

import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * Planning and sensitivity for two proportions: power and minimum detectable difference of the
 * two-sided pooled z-test, and, for published findings whose group sizes are unknown, which splits
 * of the total sample make a published gap significant after a multiple-comparison correction.
 */
public final class Planning {

    /** Shares of group 1 in (0, 1) tried by the split analysis, in steps of this size. */
    public static final double SPLIT_STEP = 0.001;

    /**
     * For finding i: the smallest and largest share of group 1 (of the total n) under which its gap is
     * significant at alpha after the correction (NaN when it is significant under no split), and its
     * adjusted p-value at an even split.
     */
    public record SplitRange(double minShare, double maxShare, double balancedAdjustedP, double balancedP) {
        public boolean significantAnywhere() {
            return !Double.isNaN(minShare);
        }
    }

    private Planning() {
    }

    /**
     * Power of the two-sided pooled z-test (no continuity correction) for true proportions p1, p2 and
     * group sizes n1, n2: Φ((|p1 − p2| − z·σ0)/σ1), σ0 from the pooled p̄ = (n1p1 + n2p2)/(n1 + n2),
     * σ1 = √(p1q1/n1 + p2q2/n2). With n1 = n2 this is R's {@code power.prop.test} (strict = FALSE).
     */
    public static double power(double p1, double p2, double n1, double n2, double alpha) {
        Checks.probability("p1", p1);
        Checks.probability("p2", p2);
        if (!(n1 > 0 && n2 > 0)) {
            throw new IllegalArgumentException("group sizes must be positive, got " + n1 + " and " + n2);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        double pooled = (n1 * p1 + n2 * p2) / (n1 + n2);
        double sigma0 = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        double sigma1 = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        if (sigma1 == 0) {
            return p1 == p2 ? alpha : 1;
        }
        return Normal.cdf((Math.abs(p1 - p2) - Normal.critical(1 - alpha) * sigma0) / sigma1);
    }

    /**
     * The smallest difference d > 0 such that p1 = baseline ± d is detected with the given power
     * ({@code upward} chooses the sign); NaN when no difference within [0, 1] reaches that power.
     */
    public static double minimumDetectableDifference(double baseline, double n1, double n2, double alpha, double power, boolean upward) {
        Checks.probability("the baseline proportion", baseline);
        if (!(power > alpha && power < 1)) {
            throw new IllegalArgumentException("power must be between alpha and 1, got " + power);
        }
        double room = upward ? 1 - baseline : baseline;
        if (room <= 0 || power(upward ? 1 : 0, baseline, n1, n2, alpha) < power) {
            return Double.NaN;
        }
        return new BrentSolver(1e-14, 1e-14, 1e-15).findRoot(d -> power(baseline + (upward ? d : -d), baseline, n1, n2, alpha) - power, 0,
                room);
    }

    /**
     * For each finding i (published shares p1[i] in group 1 and p2[i] in group 2, total sample n split
     * unknown), which shares s of group 1 make the gap significant: at each s on a 0.001 grid the
     * findings' two-sided pooled z-test p-values (n1 = s·n, n2 = n − n1) are adjusted together with
     * {@code correction} and compared with alpha.
     */
    public static SplitRange[] splitSensitivity(double[] p1, double[] p2, double n, PAdjust correction, double alpha) {
        if (p1.length == 0 || p1.length != p2.length) {
            throw new IllegalArgumentException("need the same number (at least one) of p1 and p2 values, got " + p1.length + " and " + p2.length);
        }
        if (!(n >= 4)) {
            throw new IllegalArgumentException("the total sample size must be at least 4, got " + n);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        for (int i = 0; i < p1.length; i++) {
            Checks.probability("p1 of finding " + (i + 1), p1[i]);
            Checks.probability("p2 of finding " + (i + 1), p2[i]);
        }
        int k = p1.length;
        double[] min = new double[k];
        double[] max = new double[k];
        java.util.Arrays.fill(min, Double.NaN);
        java.util.Arrays.fill(max, Double.NaN);
        int steps = (int) Math.round(1 / SPLIT_STEP);
        for (int step = 1; step < steps; step++) {
            double share = step * SPLIT_STEP;
            double[] adjusted = correction.adjust(pValues(p1, p2, share * n, n - share * n));
            for (int i = 0; i < k; i++) {
                if (adjusted[i] < alpha) {
                    if (Double.isNaN(min[i])) {
                        min[i] = share;
                    }
                    max[i] = share;
                }
            }
        }
        double[] balanced = pValues(p1, p2, n / 2, n / 2);
        double[] balancedAdjusted = correction.adjust(balanced);
        SplitRange[] out = new SplitRange[k];
        for (int i = 0; i < k; i++) {
            out[i] = new SplitRange(min[i], max[i], balancedAdjusted[i], balanced[i]);
        }
        return out;
    }

    /** Two-sided p-values of the pooled z-test for each finding at group sizes n1, n2. */
    static double[] pValues(double[] p1, double[] p2, double n1, double n2) {
        double[] p = new double[p1.length];
        for (int i = 0; i < p1.length; i++) {
            double pooled = (n1 * p1[i] + n2 * p2[i]) / (n1 + n2);
            double se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
            p[i] = se == 0 ? (p1[i] == p2[i] ? 1 : 0) : Normal.twoSided((p1[i] - p2[i]) / se);
        }
        return p;
    }
}
