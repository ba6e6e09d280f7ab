package org.studybench.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The chi-square test of independence on an r×c table, as R {@code chisq.test} (Yates correction for
 * 2×2 tables when asked), with the likelihood-ratio G test, expected counts, Pearson and adjusted
 * (standardized) residuals, Cramér's V with a noncentral-chi-square interval, and phi for 2×2.
 */
public final class ChiSquareTest {

    /**
     * @param statistic        Pearson X² (Yates-corrected when {@code continuityApplied})
     * @param residuals        (o − e)/√e, R's {@code $residuals}
     * @param adjustedResiduals (o − e)/√(e(1 − row/N)(1 − col/N)), R's {@code $stdres}
     * @param cramersV         √(X²/(N(min(r,c) − 1))) from the uncorrected X²
     * @param cramersVInterval from the noncentral chi-square interval for λ: √(λ/(N(min(r,c) − 1))), capped at 1
     * @param phi              signed (ad − bc)/√(row1·row2·col1·col2) for 2×2 tables, else NaN
     */
    public record Result(double statistic, int df, double pValue, boolean continuityApplied, double gStatistic, double gPValue,
            double[][] expected, double[][] residuals, double[][] adjustedResiduals, double n, double cramersV, Interval cramersVInterval,
            double phi, int smallExpected) {
    }

    private ChiSquareTest() {
    }

    /** The test with Cramér's V interval at confidence {@code conf}. */
    public static Result test(double[][] table, boolean yates, double conf) {
        Checks.level(conf);
        return test(table, yates, conf, true);
    }

    /** The test without Cramér's V interval ({@code cramersVInterval} is null), for many tables at once. */
    public static Result test(double[][] table, boolean yates) {
        return test(table, yates, Double.NaN, false);
    }

    private static Result test(double[][] table, boolean yates, double conf, boolean withInterval) {
        Checks.table(table);
        int rows = table.length;
        int cols = table[0].length;
        double[] rowSum = new double[rows];
        double[] colSum = new double[cols];
        double n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rowSum[r] += table[r][c];
                colSum[c] += table[r][c];
                n += table[r][c];
            }
        }
        for (int r = 0; r < rows; r++) {
            if (rowSum[r] == 0) {
                throw new IllegalArgumentException("row " + (r + 1) + " is empty; the test needs every row and column to have counts");
            }
        }
        for (int c = 0; c < cols; c++) {
            if (colSum[c] == 0) {
                throw new IllegalArgumentException("column " + (c + 1) + " is empty; the test needs every row and column to have counts");
            }
        }
        double[][] expected = new double[rows][cols];
        double correction = Double.POSITIVE_INFINITY;
        int smallExpected = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                expected[r][c] = rowSum[r] * colSum[c] / n;
                correction = Math.min(correction, Math.abs(table[r][c] - expected[r][c]));
                if (expected[r][c] < 5) {
                    smallExpected++;
                }
            }
        }
        boolean applyYates = yates && rows == 2 && cols == 2;
        correction = applyYates ? Math.min(0.5, correction) : 0;
        double uncorrected = 0;
        double statistic = 0;
        double g = 0;
        double[][] residuals = new double[rows][cols];
        double[][] adjusted = new double[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double o = table[r][c];
                double e = expected[r][c];
                uncorrected += (o - e) * (o - e) / e;
                double d = Math.abs(o - e) - correction;
                statistic += d * d / e;
                if (o > 0) {
                    g += 2 * o * Math.log(o / e);
                }
                residuals[r][c] = (o - e) / Math.sqrt(e);
                adjusted[r][c] = (o - e) / Math.sqrt(e * (1 - rowSum[r] / n) * (1 - colSum[c] / n));
            }
        }
        int df = (rows - 1) * (cols - 1);
        ChiSquaredDistribution chi = ChiSquaredDistribution.of(df);
        int k = Math.min(rows, cols) - 1;
        double v = Math.sqrt(uncorrected / (n * k));
        Interval vInterval = null;
        if (withInterval) { // the noncentral chi-square inversion is the costly part
            Interval lambda = NoncentralChiSquared.lambdaInterval(uncorrected, df, conf);
            vInterval = new Interval(Math.min(1, Math.sqrt(lambda.lower() / (n * k))), Math.min(1, Math.sqrt(lambda.upper() / (n * k))));
        }
        double phi = Double.NaN;
        if (rows == 2 && cols == 2) {
            phi = (table[0][0] * table[1][1] - table[0][1] * table[1][0]) / Math.sqrt(rowSum[0] * rowSum[1] * colSum[0] * colSum[1]);
        }
        return new Result(statistic, df, chi.survivalProbability(statistic), applyYates && correction > 0, g, chi.survivalProbability(g),
                expected, residuals, adjusted, n, v, vInterval, phi, smallExpected);
    }
}
