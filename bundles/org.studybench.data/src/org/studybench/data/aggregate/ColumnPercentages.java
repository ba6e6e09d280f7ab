package org.studybench.data.aggregate;

import org.studybench.stats.ChiSquareTest;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.Interval;
import org.studybench.stats.PAdjust;
import org.studybench.stats.ProportionInterval;
import org.studybench.stats.RaoScott;

/**
 * What a crosstab shows about a {@link CrossTab}: weighted column percentages with confidence
 * intervals, column-proportion letters and the test of independence.
 *
 * <p>Without a design the intervals are Wilson intervals on the unweighted counts and the test is
 * Pearson's chi-square. With a weight, cluster or strata the intervals are design-based (logit, as R
 * {@code svyciprop} on the column's domain) and the test is the Rao-Scott second-order F. Letters
 * compare the weighted column percentages on Kish's effective column bases (SPSS Custom Tables'
 * "effective base" option), so weighting that inflates counts cannot make differences look more
 * certain than the sample allows.
 *
 * @param share          weighted share of row i within column j, [row][column]
 * @param intervals      confidence interval of each share
 * @param intervalMethod "wilson" or "logit (design-based)"
 * @param bases          unweighted column bases
 * @param effectiveBases Kish effective column bases (equal to the bases without weights)
 * @param raoScott       the design-based test, null without a design
 */
public record ColumnPercentages(CrossTab table, double[][] share, Interval[][] intervals, String intervalMethod, double[] bases,
        double[] effectiveBases, ColumnProportions.Result letters, ChiSquareTest.Result chiSquare, RaoScott.Result raoScott) {

    /** Columns beyond this many get no letters (there are 26). */
    public static final int MAX_LETTERED_COLUMNS = 26;

    public static ColumnPercentages of(CrossTab t, double confidence, PAdjust correction, double alpha) {
        int nr = t.rows().size();
        int nc = t.columns().size();
        boolean designBased = t.design() != null;
        double[][] share = new double[nr][nc];
        Interval[][] ci = new Interval[nr][nc];
        double[] bases = new double[nc];
        double[] effective = new double[nc];
        double[][] effectiveCounts = new double[nr][nc];
        for (int j = 0; j < nc; j++) {
            bases[j] = t.columnBase(j);
            effective[j] = t.columnEffectiveBase(j);
            double weight = t.columnWeight(j);
            for (int i = 0; i < nr; i++) {
                share[i][j] = t.weighted()[i][j] / weight;
                effectiveCounts[i][j] = share[i][j] * effective[j];
                ci[i][j] = designBased ? DesignProportion.estimate(t.columnMoments(j), i, DesignProportion.Method.LOGIT, confidence).interval()
                        : ProportionInterval.WILSON.of(t.counts()[i][j], bases[j], confidence);
            }
        }
        ColumnProportions.Result letters = nc <= MAX_LETTERED_COLUMNS ? ColumnProportions.test(effectiveCounts, effective, correction, alpha) : null;
        ChiSquareTest.Result chi = ChiSquareTest.test(t.counts(), false);
        RaoScott.Result rs = designBased ? RaoScott.test(t.design(), nr, nc) : null;
        return new ColumnPercentages(t, share, ci, designBased ? "logit (design-based)" : "wilson", bases, effective, letters, chi, rs);
    }

    /** The letters of cell (i, j), empty when the table has too many columns to letter. */
    public String letters(int i, int j) {
        return letters == null ? "" : letters.letters()[i][j];
    }

    /** p-value of the test of independence: Rao-Scott F with a design, else Pearson's chi-square. */
    public double pValue() {
        return raoScott != null ? raoScott.fP() : chiSquare.pValue();
    }
}
