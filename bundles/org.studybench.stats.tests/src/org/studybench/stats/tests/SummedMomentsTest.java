package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.studybench.stats.DesignMoments;
import org.studybench.stats.RaoScott;

/**
 * Moments summed over strata in SQL ({@link DesignMoments#ofTotals}: the totals' covariance
 * C = Σ_h n_h/(n_h − 1) Σ_i (T_hi − T̄_h)(T_hi − T̄_h)') give what the stratum moments give: the same
 * covariance of the shares (algebraically the same sum, see DesignMoments), so the same Rao-Scott test.
 * The stratum moments themselves are checked against R in SurveyTest.
 */
class SummedMomentsTest {

    @Test
    void summedOverStrataEqualsStratumMoments() {
        Random random = new Random(16);
        int rows = 3;
        int cols = 2;
        int k = rows * cols;
        int strata = 7;
        DesignMoments byStratum = new DesignMoments(k);
        double[] totals = new double[k];
        double[][] c = new double[k][k];
        for (int h = 0; h < strata; h++) {
            int psus = 2 + random.nextInt(6);
            double[][] t = new double[psus][k];
            double[] mean = new double[k];
            for (int i = 0; i < psus; i++) {
                double w = 0;
                for (int x = 0; x < k; x++) {
                    t[i][x] = random.nextInt(4) == 0 ? 0 : 10 * random.nextDouble();
                    w += t[i][x];
                    mean[x] += t[i][x] / psus;
                    totals[x] += t[i][x];
                }
                byStratum.addPsu("S" + h, w, t[i]);
            }
            for (int i = 0; i < psus; i++) {
                for (int x = 0; x < k; x++) {
                    for (int y = 0; y < k; y++) {
                        c[x][y] += psus / (psus - 1.0) * (t[i][x] - mean[x]) * (t[i][y] - mean[y]);
                    }
                }
            }
        }
        byStratum.addObservations(500, 5000);
        DesignMoments summed = DesignMoments.ofTotals(totals, c, byStratum.psuCount(), strata, byStratum.degreesOfFreedom(), null, 500, 5000);
        double[][] expected = byStratum.covariance();
        double[][] actual = summed.covariance();
        for (int x = 0; x < k; x++) {
            assertEquals(byStratum.shares()[x], summed.shares()[x], 1e-14);
            for (int y = 0; y < k; y++) {
                assertEquals(expected[x][y], actual[x][y], 1e-12 * Math.abs(expected[x][x]), x + "," + y);
            }
        }
        RaoScott.Result a = RaoScott.test(byStratum, rows, cols);
        RaoScott.Result b = RaoScott.test(summed, rows, cols);
        assertEquals(a.f(), b.f(), 1e-10 * a.f());
        assertEquals(a.ddf(), b.ddf(), 1e-10 * a.ddf());
        assertEquals(byStratum.kishDesignEffect(), summed.kishDesignEffect(), 1e-12 * byStratum.kishDesignEffect()); // (totals summed in another order)
    }

    @Test
    void aStratumOfOnePsuIsRefusedWhenTheVarianceIsAskedFor() {
        DesignMoments m = DesignMoments.ofTotals(new double[] { 1, 2 }, new double[2][2], 3, 2, 1, "north", 3, 5);
        assertEquals(1.0 / 3, m.shares()[0], 1e-15); // the point estimates stay available
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, m::covariance);
        assertEquals("stratum 'north' has only one PSU; its variance cannot be estimated", e.getMessage());
    }
}
