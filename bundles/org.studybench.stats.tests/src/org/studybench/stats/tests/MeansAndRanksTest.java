package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.studybench.stats.Alternative;
import org.studybench.stats.RankTests;
import org.studybench.stats.Sample;
import org.studybench.stats.TTest;

/** t, Mann-Whitney and Kruskal-Wallis against R 4.2.2 documented examples. */
class MeansAndRanksTest {

    /** ?t.test: Student's sleep data (Cushny and Peebles), extra by group. */
    private static final double[] SLEEP_1 = { 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0 };
    private static final double[] SLEEP_2 = { 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4 };

    @Test
    void welchAndStudentOnSleep() {
        TTest.Result welch = TTest.welch(Sample.of(SLEEP_1), Sample.of(SLEEP_2), Alternative.TWO_SIDED, 0.95);
        Near.rel(-1.8608134674868531, welch.statistic(), "Welch t");
        Near.rel(17.776473516178498, welch.df(), "Welch df");
        Near.rel(0.079394140187358173, welch.pValue(), "Welch p");
        Near.interval(-3.3654832307117104, 0.20548323071171018, welch.interval(), "Welch CI");
        Near.rel(0.75, welch.meanX(), "mean x");
        TTest.Result student = TTest.student(Sample.of(SLEEP_1), Sample.of(SLEEP_2), Alternative.TWO_SIDED, 0.95);
        Near.rel(-1.8608134674868528, student.statistic(), "Student t");
        Near.rel(18, student.df(), "Student df");
        Near.rel(0.079186714215938175, student.pValue(), "Student p");
        Near.interval(-3.3638740322875984, 0.20387403228759859, student.interval(), "Student CI");
    }

    @Test
    void summaryStatisticsGiveTheSameTest() {
        Sample x = Sample.of(SLEEP_1);
        Sample fromSummary = Sample.ofSummary(10, 0.75, Math.sqrt(x.variance()));
        TTest.Result r = TTest.welch(fromSummary, Sample.of(SLEEP_2), Alternative.TWO_SIDED, 0.95);
        Near.rel(0.079394140187358173, r.pValue(), 1e-12, "Welch p from mean, sd, n");
    }

    /**
     * Welch's t and df do not change when both groups are rescaled: the sleep data times 1e150 (variances
     * near 1e300, whose squares overflow a double) give R's values for the sleep data. Values whose
     * squared deviations overflow are refused in words (they printed a root finder's "No bracketing").
     */
    @Test
    void welchOnHugeValuesStaysExactOrIsRefusedInWords() {
        double[] x = SLEEP_1.clone();
        double[] y = SLEEP_2.clone();
        for (int i = 0; i < x.length; i++) {
            x[i] *= 1e150;
            y[i] *= 1e150;
        }
        TTest.Result scaled = TTest.welch(Sample.of(x), Sample.of(y), Alternative.TWO_SIDED, 0.95);
        Near.rel(-1.8608134674868531, scaled.statistic(), "Welch t of the rescaled sleep data");
        Near.rel(17.776473516178498, scaled.df(), "Welch df of the rescaled sleep data");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TTest.welch(Sample.of(1e308, -1e308, 5), Sample.of(1, 2, 3), Alternative.TWO_SIDED, 0.95));
        assertTrue(e.getMessage().startsWith("the values are too large to compute with"), e.getMessage());
        e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> TTest.welch(Sample.ofSummary(10, 1e308, 1e308), Sample.of(1, 2, 3), Alternative.TWO_SIDED, 0.95));
        assertTrue(e.getMessage().startsWith("the values are too large to compute with"), e.getMessage());
    }

    /**
     * NIST Statistical Reference Datasets, univariate summary statistics, NumAcc3 and NumAcc4 (higher
     * difficulty): 1,001 values, 1000000.2 (resp. 10000000.2) followed by 500 pairs of .1 and .3;
     * certified mean 1000000.2 (10000000.2) and standard deviation 0.1. The inputs are not exactly
     * representable (ulp at 1e7 ≈ 1.9e-9), which bounds the attainable agreement of the SD to ~1e-7.
     */
    @Test
    void nistNumAcc3AndNumAcc4() {
        for (double offset : new double[] { 1_000_000, 10_000_000 }) {
            double[] values = new double[1001];
            values[0] = offset + 0.2;
            for (int i = 1; i < 1001; i += 2) {
                values[i] = offset + 0.1;
                values[i + 1] = offset + 0.3;
            }
            Sample s = Sample.of(values);
            Near.rel(offset + 0.2, s.mean(), 1e-15, "certified mean");
            Near.rel(0.1, s.standardDeviation(), 1e-7, "certified standard deviation");
        }
    }

    /** ?wilcox.test: Hollander and Wolfe (1973, p. 69) permeability, x vs y. */
    private static final double[] X = { 0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46 };
    private static final double[] Y = { 1.15, 0.88, 0.90, 0.74, 1.21 };

    @Test
    void mannWhitneyExactAndNormal() {
        RankTests.MannWhitney greater = RankTests.mannWhitney(X, Y, null, true, Alternative.GREATER);
        assertEquals(35, greater.w());
        assertTrue(greater.exact());
        Near.rel(0.1272061272061272, greater.pValue(), "exact p greater");
        Near.rel(0.2544122544122544, RankTests.mannWhitney(X, Y, null, true, Alternative.TWO_SIDED).pValue(), "exact p");
        RankTests.MannWhitney approx = RankTests.mannWhitney(X, Y, false, true, Alternative.TWO_SIDED);
        assertFalse(approx.exact());
        Near.rel(0.24462360512698336, approx.pValue(), "normal p with continuity correction");
        Near.rel(0.22067136191984679, RankTests.mannWhitney(X, Y, false, false, Alternative.TWO_SIDED).pValue(), "normal p");
    }

    /** R: wilcox.test(c(1,2,2,3,3,3,4,5), c(2,3,4,4,5,6,6)): ties force the normal approximation with tie correction. */
    @Test
    void mannWhitneyWithTiesAndFromCounts() {
        double[] a = { 1, 2, 2, 3, 3, 3, 4, 5 };
        double[] b = { 2, 3, 4, 4, 5, 6, 6 };
        RankTests.MannWhitney r = RankTests.mannWhitney(a, b, null, true, Alternative.TWO_SIDED);
        assertEquals(13, r.w());
        Near.rel(0.087480333925197176, r.pValue(), "p with ties");
        // The same data as counts per ordered category (an ordinal item): {x count, y count} for values 1..6.
        double[][] counts = { { 1, 0 }, { 2, 1 }, { 3, 1 }, { 1, 2 }, { 1, 1 }, { 0, 2 } };
        Near.rel(0.087480333925197176, RankTests.mannWhitneyCounts(counts, null, true, Alternative.TWO_SIDED).pValue(), "p from counts");
    }

    @Test
    void anExactPValueForLargeGroupsIsRefusedWithAdvice() {
        double[] x = new double[300];
        double[] y = new double[300];
        for (int i = 0; i < 300; i++) {
            x[i] = i;
            y[i] = i + 0.5;
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> RankTests.mannWhitney(x, y, true, true, Alternative.TWO_SIDED));
        assertEquals("the exact p-value needs nx·ny ≤ 40000, got 300·300; use the normal approximation (exact = false)", e.getMessage());
        assertFalse(RankTests.mannWhitney(x, y, null, true, Alternative.TWO_SIDED).exact(), "the default chooses the approximation");
    }

    /** ?kruskal.test: Hollander and Wolfe (1973, p. 116) mucociliary efficiency. */
    @Test
    void kruskalWallis() {
        RankTests.KruskalWallis r = RankTests.kruskalWallis(new double[][] { { 2.9, 3.0, 2.5, 2.6, 3.2 }, { 3.8, 2.7, 4.0, 2.4 }, { 2.8, 3.4, 3.7, 2.2, 2.0 } });
        Near.rel(0.77142857142857224, r.statistic(), "H");
        assertEquals(2, r.df());
        Near.rel(0.67996477357889362, r.pValue(), "p");
        // With ties: kruskal.test(list(c(1,2,2,3,3,3,4,5), c(2,3,4,4,5,6,6), c(1,1,2,6))).
        RankTests.KruskalWallis ties = RankTests.kruskalWallis(new double[][] { { 1, 2, 2, 3, 3, 3, 4, 5 }, { 2, 3, 4, 4, 5, 6, 6 }, { 1, 1, 2, 6 } });
        Near.rel(4.0287456445993097, ties.statistic(), "H with ties");
        Near.rel(0.13340404517633894, ties.pValue(), "p with ties");
    }
}
