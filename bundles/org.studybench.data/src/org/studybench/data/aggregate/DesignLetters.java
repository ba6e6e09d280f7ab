package org.studybench.data.aggregate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.TDistribution;
import org.studybench.stats.ColumnLetters;
import org.studybench.stats.PAdjust;

/**
 * Column-proportion letters for complex samples: in each row, every pair of columns is compared with
 * a design-based test of the difference of the two column shares (domain proportions). The variance
 * of the difference is linearized over the PSUs, so it includes weighting, clustering, stratification
 * and the covariance of the two domains (as R {@code svycontrast} on {@code svyby(..., covmat = TRUE)});
 * the statistic is referred to a t distribution with the design's degrees of freedom. p-values are
 * adjusted within each row, and a cell gets the letters of the columns it significantly exceeds.
 */
public final class DesignLetters {

    /** One tested pair of columns a and b in a row: difference p_a − p_b, its standard error, t, p, adjusted p. */
    public record Pair(int row, int a, int b, double difference, double standardError, double statistic, int df, double pValue, double adjustedP) {
    }

    public record Result(String[][] letters, List<Pair> pairs) {
    }

    private DesignLetters() {
    }

    public static Result of(CrossTab t, PAdjust correction, double alpha) {
        int nr = t.rows().size();
        int nc = t.columns().size();
        double[] columnWeight = new double[nc];
        double[][] share = new double[nr][nc];
        for (int j = 0; j < nc; j++) {
            columnWeight[j] = t.columnWeight(j);
            for (int i = 0; i < nr; i++) {
                share[i][j] = t.weighted()[i][j] / columnWeight[j];
            }
        }
        int df = t.design().degreesOfFreedom();
        TDistribution dist = TDistribution.of(Math.max(df, 1));
        List<List<Integer>> exceeded = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < nr; r++) {
            for (int j = 0; j < nc; j++) {
                exceeded.add(new ArrayList<>());
            }
            List<Pair> row = new ArrayList<>();
            for (int a = 0; a < nc; a++) {
                for (int b = a + 1; b < nc; b++) {
                    double d = share[r][a] - share[r][b];
                    double se = Math.sqrt(differenceVariance(t, r, a, b, share, columnWeight));
                    double z = se > 0 ? d / se : 0;
                    double p = se > 0 ? 2 * dist.survivalProbability(Math.abs(z)) : 1;
                    row.add(new Pair(r, a, b, d, se, z, df, p, Double.NaN));
                }
            }
            double[] adjusted = correction.adjust(row.stream().mapToDouble(Pair::pValue).toArray());
            for (int k = 0; k < row.size(); k++) {
                Pair x = row.get(k);
                Pair y = new Pair(x.row(), x.a(), x.b(), x.difference(), x.standardError(), x.statistic(), x.df(), x.pValue(), adjusted[k]);
                pairs.add(y);
                if (adjusted[k] < alpha) {
                    int higher = y.difference() > 0 ? y.a() : y.b();
                    int lower = higher == y.a() ? y.b() : y.a();
                    exceeded.get(r * nc + higher).add(lower);
                }
            }
        }
        String[][] out = new String[nr][nc];
        for (int r = 0; r < nr; r++) {
            for (int j = 0; j < nc; j++) {
                out[r][j] = ColumnLetters.cell(exceeded.get(r * nc + j), nc);
            }
        }
        return new Result(out, pairs);
    }

    /**
     * Linearized variance of p_ra − p_rb: the difference is linear in the cell totals to first order,
     * d = Σ_r' (δ(r' = r) − p_ra)·T_{r'a}/W_a − Σ_r' (δ(r' = r) − p_rb)·T_{r'b}/W_b, so its variance is
     * c'Cc for those coefficients c and the design-based covariance C of the cell totals (per stratum
     * n_h/(n_h − 1)(Σ d_k² − (Σ d_k)²/n_h) over its PSUs k, summed).
     */
    private static double differenceVariance(CrossTab t, int r, int a, int b, double[][] share, double[] columnWeight) {
        int nr = t.rows().size();
        double[] c = new double[nr * t.columns().size()];
        for (int i = 0; i < nr; i++) {
            c[i + nr * a] = ((i == r ? 1 : 0) - share[r][a]) / columnWeight[a];
            c[i + nr * b] = -((i == r ? 1 : 0) - share[r][b]) / columnWeight[b];
        }
        return ColumnMeans.quadratic(c, t.variance().covariance());
    }
}
