package org.studybench.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/** The exact binomial test of H0: π = p, as R {@code binom.test}. */
public final class BinomialTest {

    /** R's tolerance for "as or less likely than the observed count" in the two-sided p-value. */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    /** Estimate x/n, exact p-value and the Clopper-Pearson interval for the chosen alternative. */
    public record Result(double estimate, double pValue, Interval interval) {
    }

    private BinomialTest() {
    }

    public static Result test(long x, long n, double p, Alternative alternative, double conf) {
        Checks.count("binomial test", x, n);
        Checks.probability("the null proportion p", p);
        Checks.level(conf);
        BinomialDistribution b = BinomialDistribution.of((int) n, p);
        double pValue = switch (alternative) {
            case LESS -> b.cumulativeProbability((int) x);
            case GREATER -> b.survivalProbability((int) x - 1);
            case TWO_SIDED -> twoSided(b, (int) x, (int) n, p);
        };
        double alpha = 1 - conf;
        Interval interval = switch (alternative) {
            case LESS -> new Interval(0, x == n ? 1 : BetaDistribution.of(x + 1, n - x).inverseSurvivalProbability(alpha));
            case GREATER -> new Interval(x == 0 ? 0 : BetaDistribution.of(x, n - x + 1).inverseCumulativeProbability(alpha), 1);
            case TWO_SIDED -> ProportionInterval.CLOPPER_PEARSON.of(x, n, conf);
        };
        return new Result((double) x / n, Math.min(1, pValue), interval);
    }

    /** Sum of the probabilities of all counts at most as likely as x (R's method, with its 1e-7 tolerance). */
    private static double twoSided(BinomialDistribution b, int x, int n, double p) {
        double d = b.probability(x);
        double m = n * p;
        if (x == m) {
            return 1;
        }
        if (x < m) {
            int y = 0;
            for (int i = (int) Math.ceil(m); i <= n; i++) {
                if (b.probability(i) <= d * RELATIVE_ERROR) {
                    y++;
                }
            }
            return b.cumulativeProbability(x) + b.survivalProbability(n - y);
        }
        int y = 0;
        for (int i = 0; i <= (int) Math.floor(m); i++) {
            if (b.probability(i) <= d * RELATIVE_ERROR) {
                y++;
            }
        }
        return (y == 0 ? 0 : b.cumulativeProbability(y - 1)) + b.survivalProbability(x - 1);
    }
}
