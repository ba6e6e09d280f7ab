package org.studybench.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal distribution. */
final class Normal {

    static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    private Normal() {
    }

    /** The quantile z with P(Z ≤ z) = p. */
    static double quantile(double p) {
        return STANDARD.inverseCumulativeProbability(p);
    }

    /** The two-sided critical value for a confidence level: z_{1-(1-conf)/2}. */
    static double critical(double conf) {
        return STANDARD.inverseSurvivalProbability((1 - conf) / 2);
    }

    static double cdf(double z) {
        return STANDARD.cumulativeProbability(z);
    }

    static double upper(double z) {
        return STANDARD.survivalProbability(z);
    }

    /** Two-sided p-value of a z statistic. */
    static double twoSided(double z) {
        return Math.min(1, 2 * STANDARD.survivalProbability(Math.abs(z)));
    }
}
