package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.data.aggregate.ColumnMeans;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.stats.PAdjust;

/**
 * A banner's mean rows and nets. Means of ell (the api samples' share of English learners) within school
 * types, as R 4.2.2 / survey 4.1-1 give them: references/column-means.R (output in column-means.out):
 * svyby(~ell, ~stype, design, svymean, covmat = TRUE), each difference by svycontrast, t on degf(design),
 * two-sided; for the clustered (apiclus1, id = ~dnum, weights = ~pw), stratified (apistrat, strata = ~stype)
 * and simple random sampling (apiclus1, id = ~1) designs. Values in R's full precision; agreement to 1e-9
 * relative (the linearization is the same; only the order of summation differs).
 */
class ColumnMeansTest {

    @TempDir
    Path dir;

    private ColumnMeans means(String fixture, CrossTab.Design design) throws Exception {
        CrossTab t = CrossTab.all(ApiFixtures.parquet(fixture, dir), List.of(new CrossTab.Request("ell", "stype")), design, null).get(0);
        assertEquals(List.of("E", "H", "M"), t.columns());
        double[] values = t.rows().stream().mapToDouble(Double::parseDouble).toArray();
        return ColumnMeans.of(t, values, PAdjust.NONE, 0.05);
    }

    @Test
    void clusteredStratifiedAndSimpleRandomSamplesAsRSurvey() throws Exception {
        check(means("apiclus1.csv", new CrossTab.Design("pw", "dnum", null)), 14, new double[] { 29.694444444444446, 15, 22.68 },
                new double[] { 1.4258137126697967, 5.4008421759863099, 2.9825595910703466 },
                new double[] { 4.5258052348947162, 2.1928800376763307, 3.7716264512095514 },
                new double[] { 0.0058496708797285109, 0.0064367006761087298, 0.061100995619437444 });
        check(means("apistrat.csv", new CrossTab.Design("pw", null, "stype")), 197, new double[] { 25.139999999999997, 13.800000000000001, 19.699999999999999 },
                new double[] { 2.2983533851060161, 1.9612574059120593, 2.184032966784156 },
                new double[] { 3.0214167033153805, 3.1705564626463105, 2.935392752638887 },
                new double[] { 0.00022965491037445825, 0.087773149220036956, 0.045800316686104278 });
        check(means("apiclus1.csv", new CrossTab.Design(null, null, null)), 182, new double[] { 29.694444444444443, 15, 22.68 },
                new double[] { 1.4038062667943658, 3.7886603269935435, 2.8286439417944687 },
                new double[] { 4.0403736347058254, 3.1578313102731883, 4.728125804458398 },
                new double[] { 0.00035912997236336986, 0.027564774174764724, 0.10603763995407453 });
    }

    /** Medians as R's svyby(~ell, ~stype, design, svyquantile, quantiles = 0.5, qrule = "math") (column-means.out). */
    @Test
    void mediansAsRSurveysMathRule() throws Exception {
        assertArrayEquals(new double[] { 27, 11, 23 }, means("apiclus1.csv", new CrossTab.Design("pw", "dnum", null)).medians());
        assertArrayEquals(new double[] { 19, 8, 16 }, means("apistrat.csv", new CrossTab.Design("pw", null, "stype")).medians());
        assertArrayEquals(new double[] { 27, 11, 23 }, means("apiclus1.csv", new CrossTab.Design(null, null, null)).medians());
    }

    /** Letters without correction: E's mean exceeds H's and M's in the clustered sample (p = .006, .006); H vs M p = .061. */
    @Test
    void lettersFromTheTests() throws Exception {
        ColumnMeans m = means("apiclus1.csv", new CrossTab.Design("pw", "dnum", null));
        assertArrayEquals(new String[] { "BC", "", "" }, m.letters());
    }

    private static void check(ColumnMeans m, int df, double[] means, double[] se, double[] differenceSe, double[] p) {
        assertEquals(df, m.degreesOfFreedom());
        for (int j = 0; j < 3; j++) {
            assertEquals(means[j], m.means()[j], Math.abs(means[j]) * 1e-12, "mean " + j);
            assertEquals(se[j], m.standardErrors()[j], se[j] * 1e-9, "standard error " + j);
        }
        for (int k = 0; k < 3; k++) { // pairs E-H, E-M, H-M
            ColumnMeans.Pair pair = m.pairs().get(k);
            assertEquals(differenceSe[k], pair.standardError(), differenceSe[k] * 1e-9, "difference " + k);
            assertEquals(p[k], pair.pValue(), p[k] * 1e-9, "p " + k);
        }
    }

    /**
     * A net is its levels' cells summed, with the covariance summed likewise: combining sch.wide's two levels
     * into one gives the column totals, and a net of one level is that level's row with its own letters and
     * test, identical to the table it comes from (two rows: the level against the rest).
     */
    @Test
    void aNetIsItsLevelsCombined() throws Exception {
        CrossTab t = CrossTab.all(ApiFixtures.parquet("apiclus1.csv", dir), List.of(new CrossTab.Request("sch.wide", "stype")),
                new CrossTab.Design("pw", "dnum", null), null).get(0);
        CrossTab net = t.combined(List.of(Set.of("Yes"), Set.of("No")), List.of("Yes (net)", "rest"));
        ColumnPercentages original = ColumnPercentages.of(t, 0.95, PAdjust.BONFERRONI, 0.05);
        ColumnPercentages combined = ColumnPercentages.of(net, 0.95, PAdjust.BONFERRONI, 0.05);
        int yes = t.rows().indexOf("Yes");
        for (int j = 0; j < 3; j++) {
            assertEquals(original.share()[yes][j], combined.share()[0][j], 1e-15);
            assertEquals(original.letters(yes, j), combined.letters(0, j));
        }
        assertEquals(original.pValue(), combined.pValue(), 1e-12, "the same Rao-Scott test");
        CrossTab all = t.combined(List.of(Set.of("Yes", "No")), List.of("any"));
        for (int j = 0; j < 3; j++) {
            assertEquals(t.columnWeight(j), all.weighted()[0][j], 1e-9);
        }
    }
}
