package org.studybench.stats;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Design-based mean of a variable (a ratio estimator ȳ = Σw·y / Σw) from per-stratum sufficient
 * statistics, with its Taylor-linearized standard error as R {@code svymean} (with-replacement first
 * stage, no finite-population correction) and a t interval on the design degrees of freedom, as
 * {@code confint(svymean(...), df = degf(design))}.
 *
 * <p>Per stratum h it keeps, over its PSUs i, the number of PSUs and of PSUs with weight, and the
 * sums of W_i, Y_i, W_i², W_i·Y_i and Y_i², where W_i is the PSU's weight total and Y_i its weighted
 * total of y. Respondents outside a domain (or with y missing) are PSUs with W = Y = 0, as R's
 * {@code subset(design, ...)}. The totals are of y − c for a centre c near the mean (given to the
 * constructor): the variance does not change, and the sums of squares lose no precision to
 * cancellation when y is large compared with its spread.
 */
public final class DesignMean {

    /**
     * @param mean           the estimate
     * @param standardError  linearized standard error
     * @param df             design degrees of freedom (PSUs with weight minus strata with such PSUs)
     * @param interval       t interval at the requested level
     * @param observations   respondents with a value (in the domain)
     * @param weightTotal    Σw of those respondents
     */
    public record Result(double mean, double standardError, int df, Interval interval, double observations, double weightTotal) {
    }

    private static final class Stratum {
        long psus;
        long weightedPsus;
        double w;
        double y;
        double ww;
        double wy;
        double yy;
    }

    /** Why an estimate is refused when a sum overflows (values near ±1.8E308, or squares of values beyond about 1E154). */
    public static final String OVERFLOW = "the values are too large to compute with: a sum or a sum of squares exceeds 1.8E308, the largest number there is "
            + "in double precision; rescale the variable (e.g. divide it by 1000)";

    private final double centre;
    private final Map<String, Stratum> strata = new LinkedHashMap<>();
    private double observations;

    /** Moments of y − {@code centre}; estimates are of y. */
    public DesignMean(double centre) {
        if (!Double.isFinite(centre)) {
            throw new IllegalArgumentException(Double.isNaN(centre) ? "the values include NaN (not a number), which has no mean; make them missing" : OVERFLOW);
        }
        this.centre = centre;
    }

    /** Adds one PSU: its weight total and weighted total of y (both 0 for a PSU outside the domain). */
    public DesignMean addPsu(String stratum, double weightTotal, double weightedTotal) {
        return addPsus(stratum, 1, weightTotal > 0 ? 1 : 0, weightTotal, weightedTotal, weightTotal * weightTotal, weightTotal * weightedTotal,
                weightedTotal * weightedTotal);
    }

    /**
     * Adds the summed moments of {@code count} PSUs of one stratum ({@code weighted} of them with
     * weight): ΣW, ΣY, ΣW², ΣW·Y, ΣY². For an unclustered design every respondent is a PSU, so these
     * are Σw, Σw·y, Σw², Σw²·y and Σw²·y² over the stratum's respondents.
     */
    public DesignMean addPsus(String stratum, long count, long weighted, double sumW, double sumY, double sumWW, double sumWY, double sumYY) {
        if (count < 0 || weighted < 0 || weighted > count) {
            throw new IllegalArgumentException("PSU counts " + weighted + " of " + count);
        }
        if (!(sumW >= 0)) {
            throw new IllegalArgumentException("a weight total must be non-negative, got " + sumW);
        }
        Stratum s = strata.computeIfAbsent(stratum, k -> new Stratum());
        s.psus += count;
        s.weightedPsus += weighted;
        s.w += sumW;
        s.y += sumY;
        s.ww += sumWW;
        s.wy += sumWY;
        s.yy += sumYY;
        return this;
    }

    /** Adds the number of respondents with a value in the domain (reported, not used in the variance). */
    public DesignMean addObservations(double count) {
        observations += count;
        return this;
    }

    /** Design degrees of freedom, counted as {@link DesignMoments#degreesOfFreedom()}. */
    public int degreesOfFreedom() {
        long df = 0;
        for (Stratum s : strata.values()) {
            if (s.weightedPsus > 0) {
                df += s.weightedPsus - 1;
            }
        }
        return Math.toIntExact(df);
    }

    /** The mean of y with its standard error and a {@code level} t interval. */
    public Result estimate(double level) {
        Checks.level(level);
        double w = strata.values().stream().mapToDouble(s -> s.w).sum();
        if (!(w > 0)) {
            throw new IllegalArgumentException("no respondent with a value and a positive weight; there is no mean to estimate");
        }
        double mean = strata.values().stream().mapToDouble(s -> s.y).sum() / w;
        double variance = 0;
        for (Map.Entry<String, Stratum> e : strata.entrySet()) {
            Stratum s = e.getValue();
            if (s.psus < 2) {
                throw new IllegalArgumentException("stratum '" + e.getKey() + "' has only one PSU; its variance cannot be estimated");
            }
            // z_i = (Y_i − ȳ W_i)/W; n_h/(n_h − 1) Σ_i (z_i − z̄_h)² written in the stratum sums
            double zSum = (s.y - mean * s.w) / w;
            double zz = (s.yy - 2 * mean * s.wy + mean * mean * s.ww) / (w * w);
            variance += s.psus / (s.psus - 1.0) * (zz - zSum * zSum / s.psus);
        }
        double se = Math.sqrt(Math.max(0, variance));
        int df = degreesOfFreedom();
        if (df < 1) {
            throw new IllegalArgumentException("the design has " + df + " degrees of freedom; a mean needs at least 1");
        }
        if (!Double.isFinite(mean) || !Double.isFinite(variance)) {
            throw new IllegalArgumentException(OVERFLOW); // rather than a mean or SE of Infinity or NaN
        }
        double t = TDistribution.of(df).inverseSurvivalProbability((1 - level) / 2);
        return new Result(centre + mean, se, df, new Interval(centre + mean - t * se, centre + mean + t * se), observations, w);
    }
}
