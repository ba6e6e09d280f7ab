package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.PAdjust;

class CorrectionsTest {

    /** R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.20, 0.04), method) for each method. */
    @Test
    void pAdjustAsR() {
        double[] p = { 0.01, 0.04, 0.03, 0.005, 0.20, 0.04 };
        check(PAdjust.BONFERRONI, p, 0.06, 0.24, 0.18, 0.03, 1, 0.24);
        check(PAdjust.HOLM, p, 0.05, 0.12, 0.12, 0.03, 0.2, 0.12);
        check(PAdjust.HOCHBERG, p, 0.05, 0.08, 0.08, 0.03, 0.2, 0.08);
        check(PAdjust.BH, p, 0.03, 0.048, 0.048, 0.03, 0.2, 0.048);
        check(PAdjust.BY, p, 0.07350000000000001, 0.11760000000000002, 0.11760000000000002, 0.07350000000000001, 0.49000000000000005,
                0.11760000000000002);
    }

    private static void check(PAdjust method, double[] p, double... expected) {
        double[] adjusted = method.adjust(p);
        for (int i = 0; i < p.length; i++) {
            Near.rel(expected[i], adjusted[i], method.id() + " " + i);
        }
    }

    /**
     * Column proportions on a 3×3 table (rows = answers, columns = groups A, B, C). Pairwise p-values
     * are R's prop.test(c(x_i, x_j), c(n_i, n_j), correct = FALSE)$p.value, Bonferroni within the row.
     */
    @Test
    void columnProportionLetters() {
        double[][] counts = { { 30, 45, 20 }, { 50, 40, 35 }, { 20, 15, 45 } };
        ColumnProportions.Result r = ColumnProportions.test(counts, null, PAdjust.BONFERRONI, 0.05);
        List<ColumnProportions.Pair> pairs = r.pairs();
        double[] raw = { 0.028459736916310541, 0.10247043485974931, 0.0001604853936068535, 0.15521848968468371, 0.031905255236596632,
                0.46520881845214174, 0.35212043563472278, 0.0001604853936068535, 3.6725751142656252e-06 };
        double[] bonferroni = { 0.085379210748931622, 0.30741130457924792, 0.00048145618082056046, 0.46565546905405114, 0.095715765709789902, 1,
                1, 0.00048145618082056046, 1.1017725342796876e-05 };
        for (int k = 0; k < 9; k++) {
            Near.rel(raw[k], pairs.get(k).pValue(), "raw p " + k);
            Near.rel(bonferroni[k], pairs.get(k).adjustedP(), "adjusted p " + k);
        }
        // Row 1: B (45%) > C (20%); row 2: no pair survives Bonferroni; row 3: C (45%) > A (20%) and > B (15%).
        assertEquals(List.of("", "C", ""), List.of(r.letters()[0]));
        assertEquals(List.of("", "", ""), List.of(r.letters()[1]));
        assertEquals(List.of("", "", "AB"), List.of(r.letters()[2]));
        // Without correction, row 1 A vs B (p = .028) and row 2 A vs C (p = .032) become significant too.
        ColumnProportions.Result none = ColumnProportions.test(counts, null, PAdjust.NONE, 0.05);
        assertEquals(List.of("", "AC", ""), List.of(none.letters()[0]));
        assertEquals(List.of("C", "", ""), List.of(none.letters()[1]));
    }
}
