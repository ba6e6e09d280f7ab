package org.studybench.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Confidence intervals for one binomial proportion x/n, the seven methods compared by Newcombe
 * (1998, Statistics in Medicine 17:857-872) and Brown, Cai and DasGupta (2001).
 */
public enum ProportionInterval {

    /** p ± z·sqrt(p(1-p)/n), truncated to [0,1]. */
    WALD("wald"),
    /** Wilson score interval; equals R {@code prop.test(x, n, correct = FALSE)$conf.int}. */
    WILSON("wilson"),
    /** Wilson score interval with continuity correction (Newcombe's method 4); equals R {@code prop.test(x, n)$conf.int}. */
    WILSON_CC("wilson-cc"),
    /** Agresti-Coull: Wald on (x + z²/2)/(n + z²), truncated to [0,1]. */
    AGRESTI_COULL("agresti-coull"),
    /** Clopper-Pearson exact interval from beta quantiles; equals R {@code binom.test(x, n)$conf.int}. */
    CLOPPER_PEARSON("clopper-pearson"),
    /** Jeffreys: Beta(x+½, n-x+½) quantiles, lower bound 0 when x = 0 and upper bound 1 when x = n. */
    JEFFREYS("jeffreys");

    private final String id;

    ProportionInterval(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ProportionInterval of(String id) {
        for (ProportionInterval m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown interval method '" + id + "'");
    }

    /** The two-sided interval at confidence level {@code conf} for x successes out of n. */
    public Interval of(double x, double n, double conf) {
        Checks.count("proportion", x, n);
        Checks.level(conf);
        double p = x / n;
        double z = Normal.critical(conf);
        double alpha = 1 - conf;
        return switch (this) {
            case WALD -> {
                double half = z * Math.sqrt(p * (1 - p) / n);
                yield new Interval(Math.max(0, p - half), Math.min(1, p + half));
            }
            case WILSON -> {
                Interval w = wilson(p, n, z);
                yield new Interval(x == 0 ? 0 : w.lower(), x == n ? 1 : w.upper()); // exact bounds where rounding would leave 1e-17
            }
            case WILSON_CC -> {
                double z2 = z * z;
                double q = 1 - p;
                double lower = x == 0 ? 0 : Math.max(0, (2 * n * p + z2 - 1 - z * Math.sqrt(z2 - 2 - 1 / n + 4 * p * (n * q + 1))) / (2 * (n + z2)));
                double upper = x == n ? 1 : Math.min(1, (2 * n * p + z2 + 1 + z * Math.sqrt(z2 + 2 - 1 / n + 4 * p * (n * q - 1))) / (2 * (n + z2)));
                yield new Interval(lower, upper);
            }
            case AGRESTI_COULL -> {
                double nt = n + z * z;
                double pt = (x + z * z / 2) / nt;
                double half = z * Math.sqrt(pt * (1 - pt) / nt);
                yield new Interval(Math.max(0, pt - half), Math.min(1, pt + half));
            }
            case CLOPPER_PEARSON -> new Interval(x == 0 ? 0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha / 2),
                    x == n ? 1 : BetaDistribution.of(x + 1, n - x).inverseSurvivalProbability(alpha / 2));
            case JEFFREYS -> new Interval(x == 0 ? 0 : BetaDistribution.of(x + 0.5, n - x + 0.5).inverseCumulativeProbability(alpha / 2),
                    x == n ? 1 : BetaDistribution.of(x + 0.5, n - x + 0.5).inverseSurvivalProbability(alpha / 2));
        };
    }

    /** Wilson score interval for proportion p of n with critical value z (used by Newcombe's difference interval too). */
    static Interval wilson(double p, double n, double z) {
        double z2 = z * z;
        double centre = p + z2 / (2 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double denominator = 1 + z2 / n;
        return new Interval(Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator));
    }
}
