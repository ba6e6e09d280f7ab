package org.studybench.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.studybench.stats.Alternative;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.DesignMoments;
import org.studybench.stats.FisherExactTest;
import org.studybench.stats.PAdjust;
import org.studybench.stats.RaoScott;

/** The statistics benchmarks of docs/performance.md. Inputs are generated from fixed seeds. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class StatisticsBenchmarks {

    /** Agresti's job satisfaction table (4×4, N = 96), exact r×c. */
    static final double[][] JOB = { { 1, 3, 10, 6 }, { 2, 3, 10, 7 }, { 1, 6, 14, 12 }, { 0, 1, 9, 11 } };

    /** A 5×6 crosstab with one dominant row, N = 301: exact (R's FEXACT needs workspace = 2e7 and 7.6 s here). */
    static final double[][] SKEWED = { { 45, 40, 42, 38, 44, 41 }, { 4, 3, 5, 2, 4, 2 }, { 2, 3, 1, 4, 2, 3 }, { 1, 2, 2, 1, 3, 1 }, { 1, 0, 1, 2, 0, 2 } };

    /** A 5×6 Likert-by-segment crosstab, N = 280: beyond the exact test's work limit (R's FEXACT: minutes with workspace = 2e8). */
    static final double[][] LIKERT = { { 3, 5, 2, 4, 1, 2 }, { 8, 10, 6, 9, 4, 5 }, { 12, 15, 10, 14, 8, 9 }, { 20, 22, 15, 18, 12, 14 },
            { 10, 12, 9, 8, 7, 6 } };

    /** Per-PSU weighted cell totals of a 2×3 table for 1,000,000 respondents in 2,000 PSUs and 50 strata. */
    double[][] psuTotals;
    String[] psuStrata;

    /** A 20 × 11 table: 20 rows × 55 column pairs = 1,100 column-proportion z-tests. */
    double[][] banner;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(2013);
        int psus = 2000;
        psuTotals = new double[psus][];
        psuStrata = new String[psus];
        for (int p = 0; p < psus; p++) {
            double[] cells = new double[6];
            double w = 0;
            for (int i = 0; i < 500; i++) { // 500 respondents per PSU
                double weight = 0.5 + random.nextDouble() * 2;
                int row = random.nextDouble() < 0.3 + 0.1 * (p % 3) / 2 ? 1 : 0;
                int col = random.nextInt(3);
                cells[row + 2 * col] += weight;
                w += weight;
            }
            psuTotals[p] = new double[7];
            psuTotals[p][0] = w;
            System.arraycopy(cells, 0, psuTotals[p], 1, 6);
            psuStrata[p] = "s" + (p % 50);
        }
        banner = new double[20][11];
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < 11; c++) {
                banner[r][c] = 20 + random.nextInt(80);
            }
        }
    }

    @Benchmark
    public double fisherExact4x4() {
        return FisherExactTest.test(JOB, Alternative.TWO_SIDED, 0.95).pValue();
    }

    @Benchmark
    @Warmup(iterations = 1, time = 1)
    @Measurement(iterations = 2, time = 1)
    public double fisherExact5x6N301() {
        return FisherExactTest.test(SKEWED, Alternative.TWO_SIDED, 0.95).pValue();
    }

    @Benchmark
    public double fisherMonteCarlo5x6With100000Tables() {
        return FisherExactTest.simulatedPValue(LIKERT, 100_000, 1);
    }

    /** From per-PSU totals of 1M rows (what one GROUP BY produces) to the Rao-Scott F test. */
    @Benchmark
    public double raoScottOnOneMillionRowsOfSufficientStatistics() {
        DesignMoments moments = new DesignMoments(6);
        for (int p = 0; p < psuTotals.length; p++) {
            double[] cells = new double[6];
            System.arraycopy(psuTotals[p], 1, cells, 0, 6);
            moments.addPsu(psuStrata[p], psuTotals[p][0], cells);
        }
        moments.addObservations(1_000_000, 0);
        return RaoScott.test(moments, 2, 3).fP();
    }

    @Benchmark
    public Object columnProportions1100Tests() {
        return ColumnProportions.test(banner, null, PAdjust.BONFERRONI, 0.05);
    }
}
