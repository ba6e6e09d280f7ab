package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.studybench.stats.Alternative;
import org.studybench.stats.ChiSquareTest;
import org.studybench.stats.FisherExactTest;
import org.studybench.stats.McNemarTest;
import org.studybench.stats.NoncentralChiSquared;

/** Contingency-table tests against R 4.2.2 documented examples (?chisq.test, ?fisher.test, ?mcnemar.test). */
class TableTestsTest {

    /** ?chisq.test: Agresti (2007, p. 39) party identification by gender, M <- as.table(rbind(c(762, 327, 468), c(484, 239, 477))). */
    private static final double[][] PARTY = { { 762, 327, 468 }, { 484, 239, 477 } };

    @Test
    void chiSquareAgrestiPartyByGender() {
        ChiSquareTest.Result r = ChiSquareTest.test(PARTY, true, 0.95);
        Near.rel(30.070149095754672, r.statistic(), "X-squared");
        assertEquals(2, r.df());
        Near.rel(2.9535891832117569e-07, r.pValue(), "p");
        double[] expected = { 703.67138193688788, 319.64526659412405, 533.68335146898801, 542.32861806311212, 246.35473340587595, 411.31664853101199 };
        double[] residuals = { 2.1988557660158978, 0.41137017005662863, -2.8432397155451494, -2.504669492560728, -0.46858294710127296, 3.2386734435365825 };
        double[] stdres = { 4.5020535210867054, 0.69945173298442975, -5.3159455427049291, -4.5020535210867054, -0.69945173298442975, 5.3159455427049291 };
        for (int i = 0; i < 6; i++) {
            Near.rel(expected[i], r.expected()[i / 3][i % 3], "expected " + i);
            Near.rel(residuals[i], r.residuals()[i / 3][i % 3], "residual " + i);
            Near.rel(stdres[i], r.adjustedResiduals()[i / 3][i % 3], "adjusted residual " + i);
        }
        // G = 2 sum(o log(o/e)) and pchisq(G, 2, lower = FALSE), evaluated in R.
        Near.rel(30.016692613239666, r.gStatistic(), "G");
        Near.rel(3.033597910638816e-07, r.gPValue(), "G p");
        // Cramér's V = sqrt(X2/(N(k-1))); interval limits where pchisq(X2, 2, ncp) = .975 / .025 (R uniroot, tol 1e-13).
        Near.rel(0.10443580235646777, r.cramersV(), "V");
        Near.interval(0.064907418102555237, 0.14026390466568631, r.cramersVInterval(), 1e-8, "V CI");
        assertTrue(Double.isNaN(r.phi()));
    }

    /** R: chisq.test(matrix(c(12, 5, 7, 7), 2)) with and without correct; phi = (ad - bc)/sqrt(margins). */
    @Test
    void yatesCorrectionAndPhiOnTwoByTwo() {
        double[][] t = { { 12, 7 }, { 5, 7 } };
        ChiSquareTest.Result yates = ChiSquareTest.test(t, true, 0.95);
        Near.rel(0.64112026389503174, yates.statistic(), "Yates X-squared");
        Near.rel(0.42330542432241836, yates.pValue(), "Yates p");
        assertTrue(yates.continuityApplied());
        ChiSquareTest.Result plain = ChiSquareTest.test(t, false, 0.95);
        Near.rel(1.3716460268317854, plain.statistic(), "X-squared");
        Near.rel(0.24152927476368682, plain.pValue(), "p");
        Near.rel(0.21034886742464715, plain.phi(), "phi");
    }

    /** R: pchisq(30, 2, ncp = 10), pchisq(5, 3, ncp = 0.5), pchisq(400, 10, ncp = 350). */
    @Test
    void noncentralChiSquaredCdf() {
        Near.rel(0.98592601112327816, NoncentralChiSquared.cdf(30, 2, 10), "ncp 10");
        Near.rel(0.76735385612602913, NoncentralChiSquared.cdf(5, 3, 0.5), "ncp 0.5");
        Near.rel(0.85520552887890311, NoncentralChiSquared.cdf(400, 10, 350), 1e-8, "ncp 350");
    }

    /**
     * ?fisher.test: tea tasting, TeaTasting <- matrix(c(3, 1, 1, 3), 2). The p-value is exact. R finds
     * the conditional MLE and interval with uniroot at its default tol (≈ 1.2e-4), which leaves its
     * printed limits up to 0.7% off (R prints 621.93 for the upper limit); the full-precision
     * references are R's own fisher.test code (stats 4.2.2) run with uniroot(tol = 1e-14).
     */
    @Test
    void fisherTeaTasting() {
        double[][] tea = { { 3, 1 }, { 1, 3 } };
        FisherExactTest.Result r = FisherExactTest.test(tea, Alternative.TWO_SIDED, 0.95);
        Near.rel(0.48571428571428582, r.pValue(), "p");
        Near.rel(6.4083088670057879, r.oddsRatio(), 1e-4, "conditional MLE as R prints it");
        Near.rel(6.4083196581996713, r.oddsRatio(), 1e-12, "conditional MLE");
        Near.interval(0.21173559544657847, 626.24353058881354, r.interval(), 1e-12, "CI");
        // The MLE makes the expected top-left count equal to the observed 3: E[X; psi] = 3.
        Near.rel(3, noncentralMean(4, 4, 4, r.oddsRatio()), 1e-12, "E[X; MLE]");
        FisherExactTest.Result greater = FisherExactTest.test(tea, Alternative.GREATER, 0.95);
        Near.rel(0.24285714285714288, greater.pValue(), "p greater");
        Near.rel(0.31357376750498533, greater.interval().lower(), 1e-12, "one-sided lower limit");
        assertEquals(Double.POSITIVE_INFINITY, greater.interval().upper());
    }

    /** ?fisher.test: Convictions <- matrix(c(2, 10, 15, 3), nrow = 2) (Fisher 1962, twin convictions). */
    @Test
    void fisherConvictions() {
        double[][] convictions = { { 2, 15 }, { 10, 3 } };
        FisherExactTest.Result less = FisherExactTest.test(convictions, Alternative.LESS, 0.95);
        Near.rel(0.0004651809433629053, less.pValue(), "p less");
        Near.rel(0.28495954561969677, less.interval().upper(), 1e-12, "upper limit (R's code, uniroot tol 1e-14)");
        FisherExactTest.Result two = FisherExactTest.test(convictions, Alternative.TWO_SIDED, 0.95);
        Near.rel(0.00053672411914343636, two.pValue(), "p");
        Near.rel(0.046936639049680012, two.oddsRatio(), Near.EXACT, "MLE (R's code, uniroot tol 1e-14)");
        Near.interval(0.0033171639506573698, 0.36318960235668052, two.interval(), Near.EXACT, "CI (R's code, uniroot tol 1e-14)");
    }

    /** ?fisher.test: Agresti (2002, p. 57) job satisfaction by income, a 4×4 table; fisher.test(Job)$p.value. */
    @Test
    void fisherRByCJobSatisfaction() {
        double[][] job = { { 1, 3, 10, 6 }, { 2, 3, 10, 7 }, { 1, 6, 14, 12 }, { 0, 1, 9, 11 } };
        FisherExactTest.Result r = FisherExactTest.test(job, Alternative.TWO_SIDED, 0.95);
        Near.rel(0.78268493896563884, r.pValue(), "p");
        assertNull(r.oddsRatio());
    }

    /**
     * The Monte Carlo p-value estimates the exact one: for the job table 100,000 tables put it within
     * 4 standard errors of R's exact 0.7827; the same seed gives the same value, another seed another.
     */
    @Test
    void fisherMonteCarloMatchesTheExactValueWithinItsError() {
        double[][] job = { { 1, 3, 10, 6 }, { 2, 3, 10, 7 }, { 1, 6, 14, 12 }, { 0, 1, 9, 11 } };
        double p = FisherExactTest.simulatedPValue(job, 100_000, 42);
        double se = Math.sqrt(0.78268 * (1 - 0.78268) / 100_000);
        assertTrue(Math.abs(p - 0.78268493896563884) < 4 * se, "simulated " + p);
        assertEquals(p, FisherExactTest.simulatedPValue(job, 100_000, 42));
        assertTrue(p != FisherExactTest.simulatedPValue(job, 100_000, 43));
    }

    /**
     * A 5×6 table with N = 301: R fisher.test(t, workspace = 2e7)$p.value (R's default workspace is too
     * small for it: "FEXACT error 6").
     */
    @Test
    void fisherRByCFiveBySixWithThreeHundredCases() {
        double[][] t = { { 45, 40, 42, 38, 44, 41 }, { 4, 3, 5, 2, 4, 2 }, { 2, 3, 1, 4, 2, 3 }, { 1, 2, 2, 1, 3, 1 }, { 1, 0, 1, 2, 0, 2 } };
        Near.rel(0.97354875561575605, FisherExactTest.test(t, Alternative.TWO_SIDED, 0.95).pValue(), "p");
    }

    @Test
    void aTableTooLargeForTheExactTestSaysWhatToDoInstead() {
        // A 5×6 survey crosstab with N = 280: R's FEXACT ran for more than 5 minutes with workspace = 2e8.
        double[][] likert = { { 3, 5, 2, 4, 1, 2 }, { 8, 10, 6, 9, 4, 5 }, { 12, 15, 10, 14, 8, 9 }, { 20, 22, 15, 18, 12, 14 }, { 10, 12, 9, 8, 7, 6 } };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FisherExactTest.test(likert, Alternative.TWO_SIDED, 0.95));
        assertEquals("this table is too large for the exact test (more than 20000000 partial tables); use a Monte Carlo p-value instead, e.g. --simulate 100000",
                e.getMessage());
    }

    /** ?mcnemar.test: Agresti (1990, p. 350) presidential approval, Performance <- matrix(c(794, 86, 150, 570), nrow = 2). */
    @Test
    void mcNemarPresidentialApproval() {
        double[][] performance = { { 794, 150 }, { 86, 570 } };
        McNemarTest.Result r = McNemarTest.test(performance, true);
        Near.rel(16.817796610169491, r.statistic(), "McNemar's chi-squared");
        Near.rel(4.1145622813459436e-05, r.pValue(), "p");
        McNemarTest.Result plain = McNemarTest.test(performance, false);
        Near.rel(17.35593220338983, plain.statistic(), "uncorrected");
        Near.rel(3.0992934410452182e-05, plain.pValue(), "uncorrected p");
    }

    @Test
    void raggedOrNegativeTablesAreRejected() {
        assertEquals("row 2 has 2 cells, row 1 has 3",
                assertThrows(IllegalArgumentException.class, () -> ChiSquareTest.test(new double[][] { { 1, 2, 3 }, { 4, 5 } }, true, 0.95)).getMessage());
        assertEquals("cell [1,2] must be a non-negative count, got -2.0",
                assertThrows(IllegalArgumentException.class, () -> ChiSquareTest.test(new double[][] { { 1, -2 }, { 4, 5 } }, true, 0.95)).getMessage());
        assertEquals("column 2 is empty; the test needs every row and column to have counts",
                assertThrows(IllegalArgumentException.class, () -> ChiSquareTest.test(new double[][] { { 1, 0 }, { 4, 0 } }, true, 0.95)).getMessage());
    }

    /** Mean of Fisher's noncentral hypergeometric with margins m, n, k and odds ratio psi. */
    private static double noncentralMean(int m, int n, int k, double psi) {
        double num = 0;
        double den = 0;
        for (int x = Math.max(0, k - n); x <= Math.min(k, m); x++) {
            double w = choose(m, x) * choose(n, k - x) * Math.pow(psi, x);
            num += x * w;
            den += w;
        }
        return num / den;
    }

    private static double choose(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) {
            c = c * (n - k + i) / i;
        }
        return c;
    }

    /** Counts of a billion (R's fisher.test runs out of memory on them) are refused in words before anything is allocated. */
    @Test
    void fisherOnCountsInTheBillionsIsRefusedNotOutOfMemory() {
        double[][] huge = { { 1e9, 2e9 }, { 3e9, 1e9 } };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FisherExactTest.test(huge, Alternative.TWO_SIDED, 0.95));
        assertEquals("this table is too large for the exact test (its first cell can take 3000000001 values given the margins, more than 10000000); "
                + "use the chi-square test for counts this large", e.getMessage());
    }
}
