package org.studybench.data.aggregate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.TDistribution;
import org.studybench.stats.ColumnLetters;
import org.studybench.stats.PAdjust;

/**
 * The mean of a numeric row variable within each column of a {@link CrossTab} (its levels are the values),
 * and letters from t-tests of the differences between columns, as a banner's mean row shows them.
 *
 * <p>A column's mean is the ratio m_j = Σ_i x_i T_ij / Σ_i T_ij of weighted cell totals, so its linearized
 * variance, and that of a difference m_a − m_b, is c'Cc for the gradient c ((x_i − m_j)/W_j on the column's
 * cells) and the covariance C of the cell totals: the design's (as R {@code svycontrast} on
 * {@code svyby(~x, ~column, design, svymean, covmat = TRUE)}) or, without a design, simple random sampling
 * of the table's respondents (C = n/(n − 1)(diag T − TT'/n), as R's {@code svydesign(id = ~1)}). The
 * statistic is referred to t on the design's degrees of freedom (n − 1 without a design); p-values are
 * adjusted over the breakdown's pairs of columns, and a column gets the letters of the columns whose mean
 * it significantly exceeds.
 *
 * <p>The median per column is the smallest value whose weighted cumulative share reaches one half (R's
 * {@code svyquantile(..., qrule = "math")}); it is shown, not tested.
 *
 * @param means           the mean per column, NaN where the column has no respondent with a value
 * @param standardErrors  its standard error
 * @param medians         the (weighted) median per column, NaN as the mean
 * @param letters         per column, the letters of the columns it exceeds
 * @param pairs           the tested pairs
 * @param degreesOfFreedom the t distribution's degrees of freedom
 */
public record ColumnMeans(double[] means, double[] standardErrors, double[] medians, String[] letters, List<ColumnMeans.Pair> pairs, int degreesOfFreedom) {

    /** Columns a and b: m_a − m_b, its standard error, t, p and the adjusted p. */
    public record Pair(int a, int b, double difference, double standardError, double statistic, double pValue, double adjustedP) {
    }

    /**
     * @param values the value of each row level, NaN for a level left out of the mean (not a number, or a
     *               user-missing code)
     */
    public static ColumnMeans of(CrossTab t, double[] values, PAdjust correction, double alpha) {
        int nr = t.rows().size();
        int nc = t.columns().size();
        double[][] covariance = covariance(t);
        int df = t.variance() != null ? t.variance().degreesOfFreedom() : (int) Math.max(1, t.observations() - 1);
        double[] means = new double[nc];
        double[] weight = new double[nc];
        double[][] gradient = new double[nc][];
        double[] se = new double[nc];
        for (int j = 0; j < nc; j++) {
            double sum = 0;
            for (int i = 0; i < nr; i++) {
                if (!Double.isNaN(values[i])) {
                    weight[j] += t.weighted()[i][j];
                    sum += values[i] * t.weighted()[i][j];
                }
            }
            means[j] = weight[j] > 0 ? sum / weight[j] : Double.NaN;
            gradient[j] = new double[nr * nc];
            if (weight[j] > 0) {
                for (int i = 0; i < nr; i++) {
                    if (!Double.isNaN(values[i])) {
                        gradient[j][i + nr * j] = (values[i] - means[j]) / weight[j];
                    }
                }
            }
            se[j] = weight[j] > 0 ? Math.sqrt(quadratic(gradient[j], covariance)) : Double.NaN;
        }
        TDistribution dist = TDistribution.of(Math.max(df, 1));
        List<Pair> raw = new ArrayList<>();
        for (int a = 0; a < nc; a++) {
            for (int b = a + 1; b < nc; b++) {
                if (!(weight[a] > 0 && weight[b] > 0)) {
                    continue;
                }
                double[] c = new double[nr * nc];
                for (int k = 0; k < c.length; k++) {
                    c[k] = gradient[a][k] - gradient[b][k];
                }
                double s = Math.sqrt(Math.max(0, quadratic(c, covariance)));
                double d = means[a] - means[b];
                double z = s > 0 ? d / s : 0;
                double p = s > 0 ? 2 * dist.survivalProbability(Math.abs(z)) : 1;
                raw.add(new Pair(a, b, d, s, z, p, Double.NaN));
            }
        }
        double[] adjusted = correction.adjust(raw.stream().mapToDouble(Pair::pValue).toArray());
        List<Pair> pairs = new ArrayList<>();
        List<List<Integer>> exceeded = new ArrayList<>();
        for (int j = 0; j < nc; j++) {
            exceeded.add(new ArrayList<>());
        }
        for (int k = 0; k < raw.size(); k++) {
            Pair x = raw.get(k);
            Pair y = new Pair(x.a(), x.b(), x.difference(), x.standardError(), x.statistic(), x.pValue(), adjusted[k]);
            pairs.add(y);
            if (y.adjustedP() < alpha && y.difference() != 0) {
                int higher = y.difference() > 0 ? y.a() : y.b();
                exceeded.get(higher).add(higher == y.a() ? y.b() : y.a());
            }
        }
        String[] letters = new String[nc];
        for (int j = 0; j < nc; j++) {
            letters[j] = ColumnLetters.cell(exceeded.get(j), nc);
        }
        double[] medians = new double[nc];
        Integer[] order = new Integer[nr];
        for (int i = 0; i < nr; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> Double.isNaN(values[i]) ? Double.POSITIVE_INFINITY : values[i]));
        for (int j = 0; j < nc; j++) {
            medians[j] = Double.NaN;
            double cumulative = 0;
            for (int i : order) {
                if (Double.isNaN(values[i]) || !(weight[j] > 0)) {
                    continue;
                }
                cumulative += t.weighted()[i][j];
                if (cumulative >= 0.5 * weight[j]) {
                    medians[j] = values[i];
                    break;
                }
            }
        }
        return new ColumnMeans(means, se, medians, letters, pairs, df);
    }

    /** The covariance of the cell totals (cell (i, j) at i + rows·j): the design's, or simple random sampling's. */
    private static double[][] covariance(CrossTab t) {
        if (t.variance() != null) {
            return t.variance().covariance();
        }
        int nr = t.rows().size();
        int cells = nr * t.columns().size();
        double n = t.observations();
        double[] total = new double[cells];
        for (int k = 0; k < cells; k++) {
            total[k] = t.counts()[k % nr][k / nr];
        }
        double[][] c = new double[cells][cells];
        for (int a = 0; a < cells; a++) {
            for (int b = 0; b < cells; b++) {
                c[a][b] = n / (n - 1) * ((a == b ? total[a] : 0) - total[a] * total[b] / n);
            }
        }
        return c;
    }

    /** The variance c'Cc of a linear combination c of cell totals with covariance C (also DesignLetters'); zero coefficients skipped. */
    static double quadratic(double[] c, double[][] covariance) {
        double v = 0;
        for (int x = 0; x < c.length; x++) {
            if (c[x] != 0) {
                for (int y = 0; y < c.length; y++) {
                    v += c[x] * covariance[x][y] * c[y];
                }
            }
        }
        return v;
    }
}
