package org.studybench.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sufficient statistics of a complex sample for design-based estimates of the shares of k
 * categories (for a proportion: k = 2, "no"/"yes"; for a table: k = rows × columns cells).
 *
 * <p>Per stratum h: the number of PSUs n_h and, over its PSUs i, the sums of the PSU weight totals
 * W_i and weighted category totals T_ik, and the sums of their products (ΣW², ΣW·T_k, ΣT_k·T_l).
 * That is all Taylor linearization for a ratio estimator needs, so one SQL pass over any number of
 * rows produces it. Also kept: the number of observations and Σw² over observations (Kish).
 * Variances are "with replacement" at the first stage and without finite-population correction,
 * as R {@code survey} without {@code fpc}.
 */
public final class DesignMoments {

    /** Moments of one stratum. */
    public static final class Stratum {
        int psus;
        /** PSUs with weight: R's degf counts only these (respondents outside a domain have none). */
        int weightedPsus;
        double w;
        double ww;
        final double[] t;
        final double[] wt;
        final double[][] tt;

        Stratum(int k) {
            t = new double[k];
            wt = new double[k];
            tt = new double[k][k];
        }
    }

    private final int categories;
    private final Map<String, Stratum> strata = new LinkedHashMap<>();
    private double observations;
    private double sumSquaredWeights;
    /** Set by {@link #ofTotals}: the moments already summed over strata (the strata map stays empty). */
    private Summed summed;

    /** What {@link #ofTotals} is given. */
    private record Summed(double[] totals, double[][] totalsCovariance, int psus, int strata, int degreesOfFreedom, String singlePsuStratum) {
    }

    public DesignMoments(int categories) {
        if (categories < 2) {
            throw new IllegalArgumentException("need at least 2 categories, got " + categories);
        }
        this.categories = categories;
    }

    /**
     * Moments reduced over the strata, for data too large to pass PSU by PSU (the data store sums them
     * in SQL): the weighted total T_k of each category and the design-based covariance of those totals,
     * C = Σ_h n_h/(n_h − 1) Σ_i (T_hi − T̄_h)(T_hi − T̄_h)', over the PSUs i of each stratum h (the
     * weight total W = Σ_k T_k, as when every respondent falls in one category). The shares' covariance
     * follows by linearization exactly as from the stratum moments ({@link #covariance()}).
     *
     * @param psus             PSUs in all strata (those without weight in a domain included)
     * @param strata           strata
     * @param degreesOfFreedom as {@link #degreesOfFreedom()}: PSUs with weight minus the strata that have any
     * @param singlePsuStratum a stratum with only one PSU, whose variance cannot be estimated (refused
     *                         when the covariance is asked for, as with stratum moments), or null
     * @since 0.2
     */
    public static DesignMoments ofTotals(double[] totals, double[][] totalsCovariance, int psus, int strata, int degreesOfFreedom, String singlePsuStratum,
            double observations, double sumSquaredWeights) {
        DesignMoments m = new DesignMoments(totals.length);
        if (totalsCovariance.length != totals.length) {
            throw new IllegalArgumentException(totals.length + " totals need a " + totals.length + " x " + totals.length + " covariance, got " + totalsCovariance.length);
        }
        m.summed = new Summed(totals.clone(), totalsCovariance, psus, strata, degreesOfFreedom, singlePsuStratum);
        m.observations = observations;
        m.sumSquaredWeights = sumSquaredWeights;
        return m;
    }

    private void requireStrata() {
        if (summed != null) {
            throw new IllegalStateException("these moments were given summed over the strata");
        }
    }

    /** Adds one PSU of stratum {@code stratum}: its weight total and its weighted total per category. */
    public DesignMoments addPsu(String stratum, double weightTotal, double[] categoryTotals) {
        if (categoryTotals.length != categories) {
            throw new IllegalArgumentException("a PSU needs " + categories + " category totals, got " + categoryTotals.length);
        }
        if (!(weightTotal >= 0)) {
            throw new IllegalArgumentException("a PSU weight total must be non-negative, got " + weightTotal);
        }
        requireStrata();
        Stratum s = strata.computeIfAbsent(stratum, k -> new Stratum(categories));
        s.psus++;
        if (weightTotal > 0) {
            s.weightedPsus++;
        }
        s.w += weightTotal;
        s.ww += weightTotal * weightTotal;
        for (int k = 0; k < categories; k++) {
            s.t[k] += categoryTotals[k];
            s.wt[k] += weightTotal * categoryTotals[k];
            for (int l = 0; l < categories; l++) {
                s.tt[k][l] += categoryTotals[k] * categoryTotals[l];
            }
        }
        return this;
    }

    /**
     * Adds {@code count} PSUs of one respondent each (an unclustered design) whose weight all falls in
     * {@code category}: the same moments as {@code count} calls of {@link #addPsu}, from the totals
     * Σw and Σw² of those respondents, so that an unclustered sample needs no per-respondent rows.
     * A negative category adds PSUs with no weight (respondents outside a domain).
     */
    public DesignMoments addSingletonPsus(String stratum, long count, int category, double sumWeights, double sumSquaredWeights) {
        if (category >= categories) {
            throw new IllegalArgumentException("category " + category + " of " + categories);
        }
        requireStrata();
        Stratum s = strata.computeIfAbsent(stratum, k -> new Stratum(categories));
        s.psus += Math.toIntExact(count);
        if (category >= 0) {
            s.weightedPsus += Math.toIntExact(count); // (respondents of weight exactly 0 would count here; R leaves them out)
            s.w += sumWeights;
            s.ww += sumSquaredWeights;
            s.t[category] += sumWeights;
            s.wt[category] += sumSquaredWeights;
            s.tt[category][category] += sumSquaredWeights;
        }
        return this;
    }

    /** Adds observation-level counts used by Kish's design effect and the Korn-Graubard interval. */
    public DesignMoments addObservations(double count, double sumOfSquaredWeights) {
        observations += count;
        sumSquaredWeights += sumOfSquaredWeights;
        return this;
    }

    public int categories() {
        return categories;
    }

    public double observations() {
        return observations;
    }

    public double sumSquaredWeights() {
        return sumSquaredWeights;
    }

    public int psuCount() {
        return summed != null ? summed.psus() : strata.values().stream().mapToInt(s -> s.psus).sum();
    }

    public int strataCount() {
        return summed != null ? summed.strata() : strata.size();
    }

    /**
     * Design degrees of freedom as R's {@code degf}: PSUs minus strata, counting only PSUs with
     * weight and strata that have such PSUs (so a domain's df are those of the PSUs it touches).
     */
    public int degreesOfFreedom() {
        if (summed != null) {
            return summed.degreesOfFreedom();
        }
        int df = 0;
        for (Stratum s : strata.values()) {
            if (s.weightedPsus > 0) {
                df += s.weightedPsus - 1;
            }
        }
        return df;
    }

    public double weightTotal() {
        if (summed != null) {
            double w = 0;
            for (double t : summed.totals()) {
                w += t;
            }
            return w;
        }
        return strata.values().stream().mapToDouble(s -> s.w).sum();
    }

    /** Weighted total of each category. */
    public double[] totals() {
        if (summed != null) {
            return summed.totals().clone();
        }
        double[] out = new double[categories];
        for (Stratum s : strata.values()) {
            for (int k = 0; k < categories; k++) {
                out[k] += s.t[k];
            }
        }
        return out;
    }

    /** Weighted shares of the categories. */
    public double[] shares() {
        double w = weightTotal();
        if (!(w > 0)) {
            throw new IllegalArgumentException("the weights sum to " + w + "; there is nothing to estimate");
        }
        double[] p = totals();
        for (int k = 0; k < categories; k++) {
            p[k] /= w;
        }
        return p;
    }

    /**
     * Linearized covariance matrix of the shares: with z_ik = (T_ik − p_k W_i)/W per PSU,
     * V = Σ_h n_h/(n_h − 1) Σ_i (z_hi − z̄_h)(z_hi − z̄_h)', written in the stratum moments.
     */
    public double[][] covariance() {
        if (summed != null) {
            return covarianceOfSummed();
        }
        double w = weightTotal();
        double[] p = shares();
        double[][] v = new double[categories][categories];
        for (Map.Entry<String, Stratum> entry : strata.entrySet()) {
            Stratum s = entry.getValue();
            if (s.psus < 2) {
                throw new IllegalArgumentException("stratum '" + entry.getKey() + "' has only one PSU; its variance cannot be estimated");
            }
            double factor = s.psus / (s.psus - 1.0);
            double[] zSum = new double[categories];
            for (int k = 0; k < categories; k++) {
                zSum[k] = (s.t[k] - p[k] * s.w) / w;
            }
            for (int k = 0; k < categories; k++) {
                for (int l = 0; l < categories; l++) {
                    double zz = (s.tt[k][l] - p[l] * s.wt[k] - p[k] * s.wt[l] + p[k] * p[l] * s.ww) / (w * w);
                    v[k][l] += factor * (zz - zSum[k] * zSum[l] / s.psus);
                }
            }
        }
        return v;
    }

    /**
     * The same linearization from the totals' covariance C: with W = Σ_k T_k and p = T/W,
     * V_kl = (C_kl − p_l C_kW − p_k C_Wl + p_k p_l C_WW)/W², where C_kW = Σ_m C_km and C_WW = Σ C
     * (per stratum this is exactly the sum that {@link #covariance()} forms from the stratum moments).
     */
    private double[][] covarianceOfSummed() {
        if (summed.singlePsuStratum() != null) {
            throw new IllegalArgumentException("stratum '" + summed.singlePsuStratum() + "' has only one PSU; its variance cannot be estimated");
        }
        double w = weightTotal();
        double[] p = shares();
        double[][] c = summed.totalsCovariance();
        double[] cw = new double[categories];
        double cww = 0;
        for (int k = 0; k < categories; k++) {
            for (int m = 0; m < categories; m++) {
                cw[k] += c[k][m];
            }
            cww += cw[k];
        }
        double[][] v = new double[categories][categories];
        for (int k = 0; k < categories; k++) {
            for (int l = 0; l < categories; l++) {
                v[k][l] = (c[k][l] - p[l] * cw[k] - p[k] * cw[l] + p[k] * p[l] * cww) / (w * w);
            }
        }
        return v;
    }

    /** Kish's design effect due to weighting, n·Σw²/(Σw)². */
    public double kishDesignEffect() {
        requireObservations();
        double w = weightTotal();
        return observations * sumSquaredWeights / (w * w);
    }

    /** Kish's effective sample size, (Σw)²/Σw². */
    public double kishEffectiveN() {
        requireObservations();
        double w = weightTotal();
        return w * w / sumSquaredWeights;
    }

    private void requireObservations() {
        if (!(observations > 0 && sumSquaredWeights > 0)) {
            throw new IllegalArgumentException("the number of observations and the sum of squared weights are needed");
        }
        double w = weightTotal();
        // Cauchy-Schwarz: Σw² ≥ (Σw)²/n for any n weights, so anything smaller cannot come from real data.
        if (sumSquaredWeights < w * w / observations * (1 - 1e-12)) {
            throw new IllegalArgumentException("a sum of squared weights of " + sumSquaredWeights + " is impossible for " + Checks.fmt(observations)
                    + " observations with weight total " + w + " (it must be at least " + w * w / observations + ")");
        }
    }
}
