package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.studybench.stats.Alternative;
import org.studybench.stats.BinomialTest;
import org.studybench.stats.EffectSizes;
import org.studybench.stats.ProportionsTest;

/** Reference values from R 4.2.2 (stats) examples and Newcombe (1998b); see each test. */
class ProportionTestsTest {

    /** R example ?binom.test: Mendel's peas, binom.test(c(682, 243), p = 3/4). */
    @Test
    void binomialTestMendel() {
        BinomialTest.Result r = BinomialTest.test(682, 925, 0.75, Alternative.TWO_SIDED, 0.95);
        Near.rel(0.38249155957485192, r.pValue(), "p");
        Near.interval(0.70766826407903904, 0.76540655824152526, r.interval(), "Clopper-Pearson");
        Near.rel(0.73729729729729732, r.estimate(), "estimate");
        BinomialTest.Result less = BinomialTest.test(682, 925, 0.75, Alternative.LESS, 0.95);
        Near.rel(0.19600926705388305, less.pValue(), "p less");
        Near.interval(0, 0.76105527468954515, less.interval(), "one-sided interval");
        BinomialTest.Result greater = BinomialTest.test(682, 925, 0.75, Alternative.GREATER, 0.95);
        Near.rel(0.82408912235242271, greater.pValue(), "p greater");
        Near.interval(0.71241292443654824, 1, greater.interval(), "one-sided interval");
    }

    /** R example ?prop.test: smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82); prop.test(smokers, patients). */
    @Test
    void kProportionsSmokers() {
        ProportionsTest.Result r = ProportionsTest.test(new double[] { 83, 90, 129, 70 }, new double[] { 86, 93, 136, 82 }, true,
                Alternative.TWO_SIDED, 0.95);
        Near.rel(12.600411297127639, r.statistic(), "X-squared");
        assertEquals(3, r.df());
        Near.rel(0.0055854766616270247, r.pValue(), "p");
    }

    /** R: prop.test(c(710, 600), c(1000, 1000), correct = TRUE / FALSE) and alternative = "greater". */
    @Test
    void twoProportionsAsPropTest() {
        ProportionsTest.Result yates = ProportionsTest.twoGroups(710, 1000, 600, 1000, true, Alternative.TWO_SIDED, 0.95);
        Near.rel(26.288306228565109, yates.statistic(), "X-squared (Yates)");
        Near.rel(2.9406381715766545e-07, yates.pValue(), "p (Yates)");
        Near.interval(0.067612725528883755, 0.15238727447111622, yates.interval(), "difference CI (Yates)");
        ProportionsTest.Result plain = ProportionsTest.twoGroups(710, 1000, 600, 1000, false, Alternative.TWO_SIDED, 0.95);
        Near.rel(26.772873105432019, plain.statistic(), "X-squared");
        Near.rel(2.2882707933501525e-07, plain.pValue(), "p");
        Near.interval(0.068612725528883756, 0.15138727447111622, plain.interval(), "difference CI");
        Near.rel(Math.sqrt(26.772873105432019), plain.z(), "pooled z");
        ProportionsTest.Result greater = ProportionsTest.twoGroups(710, 1000, 600, 1000, true, Alternative.GREATER, 0.95);
        Near.rel(1.4703190857883278e-07, greater.pValue(), "p greater");
        Near.interval(0.074266704357617536, 1, greater.interval(), "one-sided CI");
        // Small groups: Yates correction capped by |d|/sum(1/n), as R does.
        ProportionsTest.Result small = ProportionsTest.twoGroups(15, 148, 4, 29, true, Alternative.TWO_SIDED, 0.95);
        Near.rel(0.064459065965963708, small.statistic(), "X-squared small");
        Near.rel(0.79958216267993898, small.pValue(), "p small");
        Near.interval(-0.1917907467758877, 0.11863138051307316, small.interval(), "CI small");
    }

    /**
     * Newcombe RG (1998). Interval estimation for the difference between independent proportions:
     * comparison of eleven methods. Statistics in Medicine 17:873-890, Table II, method 10 (hybrid
     * score), examples (a)-(d); full-precision values from the same formula on R's Wilson limits.
     */
    @Test
    void newcombeHybridScoreDifference() {
        check(56, 70, 48, 80, 0.0524, 0.3339, 0.052431472402364926, 0.33387265403690586);
        check(9, 10, 3, 10, 0.1705, 0.8090, 0.17052272393450307, 0.80901797353548799);
        check(6, 7, 2, 7, 0.0582, 0.8062, 0.058227927482312314, 0.80624963752422774);
        check(5, 56, 0, 29, -0.0381, 0.1926, -0.038137147903536853, 0.19256001385511157);
    }

    private static void check(int x1, int n1, int x2, int n2, double lo4, double hi4, double lo, double hi) {
        EffectSizes.Effect d = EffectSizes.newcombeDifference(x1, n1, x2, n2, 0.95);
        Near.fourDecimals(lo4, d.interval().lower(), "Newcombe table lower " + x1 + "/" + n1 + " - " + x2 + "/" + n2);
        Near.fourDecimals(hi4, d.interval().upper(), "Newcombe table upper");
        Near.interval(lo, hi, d.interval(), "Newcombe full precision");
    }

    /** Cohen's h, risk ratio (Katz log interval) and odds ratio (Woolf interval) for 710/1000 vs 600/1000, closed forms evaluated in R. */
    @Test
    void effectSizes() {
        EffectSizes.Effect h = EffectSizes.cohensH(710, 1000, 600, 1000, 0.95);
        Near.rel(0.23208739927955468, h.value(), "h");
        Near.interval(0.14443514522189654, 0.31973965333721283, h.interval(), "h CI");
        EffectSizes.Effect rr = EffectSizes.riskRatio(710, 1000, 600, 1000, 0.95);
        Near.rel(1.1833333333333333, rr.value(), "RR");
        Near.interval(1.1096782296524748, 1.261877308538631, rr.interval(), "RR CI");
        EffectSizes.Effect or = EffectSizes.oddsRatio(710, 1000, 600, 1000, 0.95);
        Near.rel(1.632183908045977, or.value(), "OR");
        Near.interval(1.3549152901989603, 1.9661925206357691, or.interval(), "OR CI");
        Near.interval(0.068408249558025325, 0.15106091196761476, EffectSizes.newcombeDifference(710, 1000, 600, 1000, 0.95).interval(), "Newcombe");
    }
}
