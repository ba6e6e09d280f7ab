package org.studybench.stats;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * The noncentral chi-squared distribution (Commons Statistics has only the central one): its CDF as
 * the Poisson(λ/2) mixture of central chi-squared CDFs, and confidence limits for λ by test
 * inversion, as used for Cramér's V intervals (Smithson 2003).
 */
public final class NoncentralChiSquared {

    private NoncentralChiSquared() {
    }

    /** P(X ≤ x) for X ~ χ²(df, λ). */
    public static double cdf(double x, double df, double lambda) {
        if (x <= 0) {
            return 0;
        }
        double half = lambda / 2;
        if (half == 0) {
            return RegularizedGamma.P.value(df / 2, x / 2);
        }
        // Sum outwards from the Poisson mode, where the weights are largest, until terms vanish.
        long mode = (long) Math.floor(half);
        double logWeightMode = -half + mode * Math.log(half) - logFactorial(mode);
        double sum = 0;
        double logWeight = logWeightMode;
        for (long j = mode; ; j++) {
            double term = Math.exp(logWeight) * RegularizedGamma.P.value(df / 2 + j, x / 2);
            sum += term;
            if (term < 1e-18 * sum && j > mode + 5 || j > mode + 100_000) {
                break;
            }
            logWeight += Math.log(half) - Math.log(j + 1);
        }
        logWeight = logWeightMode;
        for (long j = mode - 1; j >= 0; j--) {
            logWeight += Math.log(j + 1) - Math.log(half);
            double term = Math.exp(logWeight) * RegularizedGamma.P.value(df / 2 + j, x / 2);
            sum += term;
            if (term < 1e-18 * sum && j < mode - 5) {
                break;
            }
        }
        return Math.min(1, sum);
    }

    /**
     * The two-sided confidence interval for λ given an observed statistic: lower limit where
     * P(X ≤ x; λ) = 1 − α/2 (0 if none), upper limit where it equals α/2 (0 if none).
     */
    public static Interval lambdaInterval(double x, double df, double conf) {
        Checks.level(conf);
        double alpha = 1 - conf;
        return new Interval(limit(x, df, 1 - alpha / 2), limit(x, df, alpha / 2));
    }

    private static double limit(double x, double df, double target) {
        if (cdf(x, df, 0) <= target) {
            return 0;
        }
        double high = Math.max(1, x);
        while (cdf(x, df, high) > target) {
            high *= 2;
        }
        return new BrentSolver(1e-12, 1e-15, 1e-16).findRoot(l -> cdf(x, df, l) - target, 0, high);
    }

    private static double logFactorial(long n) {
        return org.apache.commons.numbers.gamma.LogGamma.value(n + 1.0);
    }
}
