package org.studybench.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * A design-based proportion (weighted, clustered, stratified) with its linearized standard error and
 * confidence interval, as R {@code svyciprop}: "logit" (the default there), "beta" (Korn-Graubard) and
 * Wilson on the design-effective sample size.
 */
public final class DesignProportion {

    public enum Method {
        /** expit(logit(p) ± t_df · SE/(p(1 − p))), df = PSUs − strata: R svyciprop(method = "logit"). */
        LOGIT("logit"),
        /** Korn-Graubard beta interval on n_eff = p(1 − p)/V, rescaled by (t_{n−1}/t_df)²: R svyciprop(method = "beta"). */
        BETA("beta"),
        /** Wilson score interval with n replaced by the design-effective n = p(1 − p)/V. */
        WILSON("wilson");

        private final String id;

        Method(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Method of(String id) {
            for (Method m : values()) {
                if (m.id.equals(id)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown interval method '" + id + "'; expected logit, beta or wilson");
        }
    }

    /**
     * @param designEffect     V / (p(1 − p)/(n − 1)): the variance relative to simple random sampling with replacement, as R's deff = "replace"
     * @param effectiveN       design-effective sample size p(1 − p)/V
     * @param kishDesignEffect Kish's weighting design effect (NaN when observation counts are missing)
     */
    public record Result(double estimate, double standardError, Interval interval, Method method, int df, double total, double designEffect,
            double effectiveN, double kishDesignEffect, double kishEffectiveN) {
    }

    private DesignProportion() {
    }

    /** The share of {@code category} among the moments' categories. */
    public static Result estimate(DesignMoments moments, int category, Method method, double conf) {
        Checks.level(conf);
        double p = moments.shares()[category];
        double variance = moments.covariance()[category][category];
        double se = Math.sqrt(variance);
        int df = moments.degreesOfFreedom();
        if (df < 1) {
            throw new IllegalArgumentException("the design has " + moments.psuCount() + " PSUs in " + moments.strataCount()
                    + " strata; at least one more PSU than strata is needed");
        }
        double n = moments.observations();
        double alpha = 1 - conf;
        double effectiveN = variance > 0 ? p * (1 - p) / variance : Double.POSITIVE_INFINITY;
        Interval interval = variance == 0 ? new Interval(p, p) : switch (method) { // no variation: nothing to spread
            case LOGIT -> {
                if (p == 0 || p == 1) {
                    yield new Interval(p, p);
                }
                double logit = Math.log(p / (1 - p));
                double half = TDistribution.of(df).inverseSurvivalProbability(alpha / 2) * se / (p * (1 - p));
                yield new Interval(expit(logit - half), expit(logit + half));
            }
            case BETA -> {
                if (!(n > 1)) {
                    throw new IllegalArgumentException("the beta interval needs the number of observations");
                }
                double ratio = TDistribution.of(n - 1).inverseCumulativeProbability(alpha / 2) / TDistribution.of(df).inverseCumulativeProbability(alpha / 2);
                double neff = effectiveN * ratio * ratio;
                double lower = p == 0 ? 0 : BetaDistribution.of(neff * p, neff * (1 - p) + 1).inverseCumulativeProbability(alpha / 2);
                double upper = p == 1 ? 1 : BetaDistribution.of(neff * p + 1, neff * (1 - p)).inverseSurvivalProbability(alpha / 2);
                yield new Interval(lower, upper);
            }
            case WILSON -> ProportionInterval.wilson(p, effectiveN, Normal.critical(conf));
        };
        // R svymean(..., deff = "replace"): relative to SRS with replacement, whose variance svyvar estimates as p(1 - p)·n/(n - 1)/n.
        double deff = n > 1 && p > 0 && p < 1 ? variance / (p * (1 - p) / (n - 1)) : Double.NaN;
        boolean kish = moments.observations() > 0 && moments.sumSquaredWeights() > 0;
        return new Result(p, se, interval, method, df, moments.totals()[category], deff, effectiveN,
                kish ? moments.kishDesignEffect() : Double.NaN, kish ? moments.kishEffectiveN() : Double.NaN);
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
