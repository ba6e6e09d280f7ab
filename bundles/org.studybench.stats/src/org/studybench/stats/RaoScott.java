package org.studybench.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * Rao-Scott tests of independence for a two-way table from a complex sample, as R
 * {@code svychisq(~row + col, design)}: the Pearson X² of the table N·p̂ (N observations, p̂ the
 * design-based cell shares) divided by the generalized design effects Δ of the interaction
 * contrasts. Second order (R's default "F"): F = X²/tr(Δ) on tr(Δ)²/tr(Δ²) and that times the design
 * df; first order ("Chisq"): X²/mean(δ) on (r − 1)(c − 1) df.
 */
public final class RaoScott {

    /**
     * @param pearson     uncorrected Pearson X² of N·p̂ (what R prints for statistic = "Chisq")
     * @param firstOrder  X²/mean(δ), referred to χ²(df)
     * @param f           X²/tr(Δ), referred to F(ndf, ddf)
     */
    public record Result(double pearson, int df, double firstOrder, double firstOrderP, double f, double ndf, double ddf, double fP,
            double meanDesignEffect, double[] shares) {
    }

    private RaoScott() {
    }

    /** {@code moments} has rows × cols categories, cell (r, c) at index r + rows·c (R's interaction order). */
    public static Result test(DesignMoments moments, int rows, int cols) {
        if (rows < 2 || cols < 2 || moments.categories() != rows * cols) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " table needs " + rows * cols + " cells, the moments have " + moments.categories());
        }
        double n = moments.observations();
        if (!(n > 0)) {
            throw new IllegalArgumentException("the number of observations is needed for the Rao-Scott test");
        }
        int nu = moments.degreesOfFreedom();
        if (nu < 1) {
            throw new IllegalArgumentException("the design needs more PSUs than strata");
        }
        double[] p = moments.shares();
        double[][] v = moments.covariance();
        int cells = rows * cols;
        int df = (rows - 1) * (cols - 1);
        // Model matrices on expand.grid(rows, cols): main effects X1 and the interaction columns of X12.
        double[][] x1 = new double[cells][1 + (rows - 1) + (cols - 1)];
        double[][] interaction = new double[cells][df];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                int i = r + rows * c;
                x1[i][0] = 1;
                if (r > 0) {
                    x1[i][r] = 1;
                }
                if (c > 0) {
                    x1[i][rows - 1 + c] = 1;
                }
                if (r > 0 && c > 0) {
                    interaction[i][(r - 1) + (rows - 1) * (c - 1)] = 1;
                }
            }
        }
        double[][] contrast = Matrices.residual(x1, interaction);
        double[][] inverseD = new double[cells][cells];
        for (int i = 0; i < cells; i++) {
            inverseD[i][i] = p[i] == 0 ? 0 : 1 / p[i];
        }
        double[][] ct = Matrices.transpose(contrast);
        double[][] denominator = Matrices.multiply(Matrices.multiply(ct, inverseD), contrast);
        for (double[] row : denominator) {
            for (int j = 0; j < row.length; j++) {
                row[j] /= n;
            }
        }
        double[][] numerator = Matrices.multiply(Matrices.multiply(Matrices.multiply(Matrices.multiply(ct, inverseD), v), inverseD), contrast);
        double[][] delta = Matrices.solve(denominator, numerator);
        double trace = Matrices.trace(delta);
        double trace2 = Matrices.trace(Matrices.multiply(delta, delta));
        double ndf = trace * trace / trace2;

        double pearson = 0;
        double[] rowShare = new double[rows];
        double[] colShare = new double[cols];
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                rowShare[r] += p[r + rows * c];
                colShare[c] += p[r + rows * c];
            }
        }
        for (int c = 0; c < cols; c++) {
            for (int r = 0; r < rows; r++) {
                double e = rowShare[r] * colShare[c];
                if (e == 0) {
                    throw new IllegalArgumentException("row " + (r + 1) + " or column " + (c + 1) + " of the table is empty");
                }
                double d = p[r + rows * c] - e;
                pearson += n * d * d / e;
            }
        }
        double meanDelta = trace / df;
        double first = pearson / meanDelta;
        double f = pearson / trace;
        double ddf = ndf * nu;
        return new Result(pearson, df, first, ChiSquaredDistribution.of(df).survivalProbability(first), f, ndf, ddf,
                FDistribution.of(ndf, ddf).survivalProbability(f), meanDelta, p);
    }
}
