package org.studybench.data.aggregate;

import java.util.List;

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
 * {@code svyciprop} on the column's domain) and the test is the Rao-Scott second-order F.
 *
 * <p>Letters: without a design, SPSS Custom Tables' pooled z-tests on the counts. With a design,
 * design-based tests of each difference of column shares ({@link DesignLetters}), so weighting and
 * clustering cannot make differences look more certain than the sample allows (SPSS's "effective
 * base" letters correct for weighting only; the Kish effective bases are still reported).
 *
 * @param share          weighted share of row i within column j, [row][column]
 * @param intervals      confidence interval of each share
 * @param intervalMethod "wilson" or "logit (design-based)"
 * @param bases          unweighted column bases
 * @param effectiveBases Kish effective column bases (equal to the bases without weights)
 * @param letters        letters of each cell (A … Z, AA, …: {@link org.studybench.stats.ColumnLetters})
 * @param designTests    the design-based pairwise tests behind the letters, empty without a design
 * @param raoScott       the design-based test, null without a design
 */
public record ColumnPercentages(CrossTab table, double[][] share, Interval[][] intervals, String intervalMethod, double[] bases,
        double[] effectiveBases, String[][] letters, List<DesignLetters.Pair> designTests, ChiSquareTest.Result chiSquare, RaoScott.Result raoScott) {

    public static ColumnPercentages of(CrossTab t, double confidence, PAdjust correction, double alpha) {
        int nr = t.rows().size();
        int nc = t.columns().size();
        boolean designBased = t.design() != null;
        double[][] share = new double[nr][nc];
        Interval[][] ci = new Interval[nr][nc];
        double[] bases = new double[nc];
        double[] effective = new double[nc];
        for (int j = 0; j < nc; j++) {
            bases[j] = t.columnBase(j);
            effective[j] = t.columnEffectiveBase(j);
            double weight = t.columnWeight(j);
            for (int i = 0; i < nr; i++) {
                share[i][j] = t.weighted()[i][j] / weight;
                ci[i][j] = nr < 2 || nc < 2 ? null : designBased ? DesignProportion.estimate(t.columnMoments(j), i, DesignProportion.Method.LOGIT, confidence).interval()
                        : ProportionInterval.WILSON.of(t.counts()[i][j], bases[j], confidence);
            }
        }
        if (nr < 2 || nc < 2) { // a partial table (CrossTab.Request#partial): its shares, nothing to test or bound
            String[][] none = new String[nr][nc];
            for (String[] row : none) {
                java.util.Arrays.fill(row, "");
            }
            return new ColumnPercentages(t, share, new Interval[nr][nc], designBased ? "logit (design-based)" : "wilson", bases, effective, none, List.of(), null,
                    null);
        }
        String[][] letters = null;
        List<DesignLetters.Pair> tests = List.of();
        if (designBased) {
            DesignLetters.Result d = DesignLetters.of(t, correction, alpha);
            tests = d.pairs();
            letters = d.letters();
        } else {
            letters = ColumnProportions.test(t.counts(), bases, correction, alpha).letters();
        }
        ChiSquareTest.Result chi = ChiSquareTest.test(t.counts(), false);
        RaoScott.Result rs = designBased ? RaoScott.test(t.design(), nr, nc) : null;
        return new ColumnPercentages(t, share, ci, designBased ? "logit (design-based)" : "wilson", bases, effective, letters, tests, chi, rs);
    }

    /** The letters of cell (i, j). */
    public String letters(int i, int j) {
        return letters[i][j];
    }

    /** p-value of the test of independence: Rao-Scott F with a design, else Pearson's chi-square; NaN for a partial table (nothing to test). */
    public double pValue() {
        return raoScott != null ? raoScott.fP() : chiSquare != null ? chiSquare.pValue() : Double.NaN;
    }
}
