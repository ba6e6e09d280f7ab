package org.studybench.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/** Two-sample t tests from sufficient statistics, as R {@code t.test(x, y)} (Welch) and {@code var.equal = TRUE} (Student). */
public final class TTest {

    /** @param estimate mean(x) − mean(y), with the interval for it */
    public record Result(double statistic, double df, double pValue, double estimate, Interval interval, double meanX, double meanY,
            double cohensD) {
    }

    private TTest() {
    }

    public static Result welch(Sample x, Sample y, Alternative alternative, double conf) {
        double vx = x.variance() / x.n();
        double vy = y.variance() / y.n();
        double se = Math.sqrt(vx + vy);
        // Welch-Satterthwaite df from the shares of the two variances, so that squaring large variances cannot overflow.
        double a = vx / (vx + vy);
        double b = vy / (vx + vy);
        double df = 1 / (a * a / (x.n() - 1) + b * b / (y.n() - 1));
        return finish(x, y, se, df, alternative, conf);
    }

    public static Result student(Sample x, Sample y, Alternative alternative, double conf) {
        double df = x.n() + y.n() - 2;
        double pooled = ((x.n() - 1) * x.variance() + (y.n() - 1) * y.variance()) / df;
        double se = Math.sqrt(pooled * (1 / x.n() + 1 / y.n()));
        return finish(x, y, se, df, alternative, conf);
    }

    private static Result finish(Sample x, Sample y, double se, double df, Alternative alternative, double conf) {
        Checks.level(conf);
        if (Double.isInfinite(se) || Double.isInfinite(x.mean() - y.mean())) {
            throw new IllegalArgumentException(Sample.TOO_LARGE);
        }
        if (!(se > 0)) {
            throw new IllegalArgumentException("both groups are constant; the t statistic is not defined");
        }
        double estimate = x.mean() - y.mean();
        double t = estimate / se;
        TDistribution dist = TDistribution.of(df);
        double p = switch (alternative) {
            case LESS -> dist.cumulativeProbability(t);
            case GREATER -> dist.survivalProbability(t);
            case TWO_SIDED -> 2 * dist.survivalProbability(Math.abs(t));
        };
        Interval interval = switch (alternative) {
            case LESS -> new Interval(Double.NEGATIVE_INFINITY, estimate + dist.inverseCumulativeProbability(conf) * se);
            case GREATER -> new Interval(estimate - dist.inverseCumulativeProbability(conf) * se, Double.POSITIVE_INFINITY);
            case TWO_SIDED -> {
                double q = dist.inverseSurvivalProbability((1 - conf) / 2);
                yield new Interval(estimate - q * se, estimate + q * se);
            }
        };
        double pooledSd = Math.sqrt(((x.n() - 1) * x.variance() + (y.n() - 1) * y.variance()) / (x.n() + y.n() - 2));
        return new Result(t, df, Math.min(1, p), estimate, interval, x.mean(), y.mean(), estimate / pooledSd);
    }
}
