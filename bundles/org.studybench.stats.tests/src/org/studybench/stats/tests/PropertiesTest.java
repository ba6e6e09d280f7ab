package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.studybench.stats.Alternative;
import org.studybench.stats.ChiSquareTest;
import org.studybench.stats.FisherExactTest;
import org.studybench.stats.Interval;
import org.studybench.stats.PAdjust;
import org.studybench.stats.ProportionInterval;
import org.studybench.stats.ProportionsTest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants that must hold for every input, checked on generated inputs (jqwik). */
class PropertiesTest {

    record Counts(int x, int n) {
    }

    @Provide
    Arbitrary<Counts> counts() {
        return Arbitraries.integers().between(1, 5000).flatMap(n -> Arbitraries.integers().between(0, n).map(x -> new Counts(x, n)));
    }

    @Property(tries = 300)
    void everyIntervalContainsTheEstimateAndStaysInZeroOne(@ForAll("counts") Counts c, @ForAll @DoubleRange(min = 0.5, max = 0.999) @net.jqwik.api.constraints.Scale(4) double conf) {
        double p = (double) c.x() / c.n();
        for (ProportionInterval method : ProportionInterval.values()) {
            Interval ci = method.of(c.x(), c.n(), conf);
            assertTrue(ci.lower() >= 0 && ci.upper() <= 1, method.id() + " " + ci);
            if (method != ProportionInterval.JEFFREYS) { // Jeffreys is equal-tailed and may exclude 0 < p < 1 at the extremes
                assertTrue(ci.contains(p), method.id() + " " + c + " " + ci);
            }
        }
    }

    @Property(tries = 300)
    void widerConfidenceGivesWiderIntervals(@ForAll("counts") Counts c) {
        for (ProportionInterval method : ProportionInterval.values()) {
            Interval narrow = method.of(c.x(), c.n(), 0.90);
            Interval wide = method.of(c.x(), c.n(), 0.99);
            assertTrue(wide.lower() <= narrow.lower() + 1e-12 && wide.upper() >= narrow.upper() - 1e-12, method.id() + " " + c);
        }
    }

    @Provide
    Arbitrary<int[]> twoGroups() {
        return Combinators.combine(Arbitraries.integers().between(2, 3000), Arbitraries.integers().between(2, 3000)).flatAs((n1, n2) -> Combinators
                .combine(Arbitraries.integers().between(1, n1 - 1), Arbitraries.integers().between(1, n2 - 1)).as((x1, x2) -> new int[] { x1, n1, x2, n2 }));
    }

    @Property(tries = 300)
    void swappingTheGroupsKeepsThePValueAndNegatesTheDifference(@ForAll("twoGroups") int[] g, @ForAll boolean continuity) {
        ProportionsTest.Result ab = ProportionsTest.twoGroups(g[0], g[1], g[2], g[3], continuity, Alternative.TWO_SIDED, 0.95);
        ProportionsTest.Result ba = ProportionsTest.twoGroups(g[2], g[3], g[0], g[1], continuity, Alternative.TWO_SIDED, 0.95);
        assertTrue(ab.pValue() >= 0 && ab.pValue() <= 1);
        assertEquals(ab.pValue(), ba.pValue(), 1e-12);
        assertEquals(-ab.difference(), ba.difference(), 1e-15);
        assertEquals(-ab.interval().upper(), ba.interval().lower(), 1e-12);
    }

    @Property(tries = 100)
    void fisherIsInvariantUnderTransposition(@ForAll @IntRange(min = 0, max = 12) int a, @ForAll @IntRange(min = 0, max = 12) int b,
            @ForAll @IntRange(min = 0, max = 12) int c, @ForAll @IntRange(min = 0, max = 12) int d, @ForAll @IntRange(min = 1, max = 9) int e,
            @ForAll @IntRange(min = 1, max = 9) int f) {
        double[][] t = { { a + 1, b, e }, { c, d + 1, f } };
        double[][] transposed = { { a + 1, c }, { b, d + 1 }, { e, f } };
        double p = FisherExactTest.test(t, Alternative.TWO_SIDED, 0.95).pValue();
        assertTrue(p > 0 && p <= 1);
        assertEquals(p, FisherExactTest.test(transposed, Alternative.TWO_SIDED, 0.95).pValue(), 1e-9 * p);
    }

    @Property(tries = 100)
    void chiSquarePValuesAreProbabilitiesAndVIsInZeroOne(@ForAll @IntRange(min = 1, max = 500) int a, @ForAll @IntRange(min = 1, max = 500) int b,
            @ForAll @IntRange(min = 1, max = 500) int c, @ForAll @IntRange(min = 1, max = 500) int d) {
        ChiSquareTest.Result r = ChiSquareTest.test(new double[][] { { a, b }, { c, d } }, true, 0.95);
        assertTrue(r.pValue() >= 0 && r.pValue() <= 1 && r.gPValue() >= 0 && r.gPValue() <= 1);
        assertTrue(r.cramersV() >= 0 && r.cramersV() <= 1);
        assertTrue(r.cramersVInterval().lower() <= r.cramersVInterval().upper());
    }

    @Property(tries = 300)
    void correctionsNeverLowerAPValueAndKeepItsRank(@ForAll("pValues") double[] p) {
        for (PAdjust method : PAdjust.values()) {
            double[] adjusted = method.adjust(p);
            for (int i = 0; i < p.length; i++) {
                assertTrue(adjusted[i] >= p[i] - 1e-15 && adjusted[i] <= 1, method.id());
                for (int j = 0; j < p.length; j++) {
                    if (p[i] < p[j]) {
                        assertTrue(adjusted[i] <= adjusted[j] + 1e-15, method.id() + " keeps order");
                    }
                }
            }
        }
        // Bonferroni is the most conservative of the family-wise methods, BH the least of all.
        double[] bonferroni = PAdjust.BONFERRONI.adjust(p);
        double[] holm = PAdjust.HOLM.adjust(p);
        double[] bh = PAdjust.BH.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertTrue(holm[i] <= bonferroni[i] + 1e-15 && bh[i] <= holm[i] + 1e-15);
        }
    }

    @Provide
    Arbitrary<double[]> pValues() {
        return Arbitraries.doubles().between(0, 1).array(double[].class).ofMinSize(1).ofMaxSize(30);
    }
}
