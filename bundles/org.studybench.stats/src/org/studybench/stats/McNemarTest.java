package org.studybench.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** McNemar's test for paired proportions on a 2×2 table of pairs, as R {@code mcnemar.test}. */
public final class McNemarTest {

    public record Result(double statistic, int df, double pValue) {
    }

    private McNemarTest() {
    }

    /** Uses the discordant cells b = table[0][1] and c = table[1][0]; X² = (|b − c| − 1)²/(b + c) with correction. */
    public static Result test(double[][] table, boolean continuity) {
        Checks.table(table);
        if (table.length != 2 || table[0].length != 2) {
            throw new IllegalArgumentException("McNemar's test needs a 2x2 table of paired outcomes, got " + table.length + "x" + table[0].length);
        }
        double b = table[0][1];
        double c = table[1][0];
        if (b + c == 0) {
            throw new IllegalArgumentException("McNemar's test is not defined without discordant pairs (both off-diagonal cells are 0)");
        }
        double d = Math.abs(b - c) - (continuity ? 1 : 0);
        double statistic = d * d / (b + c);
        return new Result(statistic, 1, ChiSquaredDistribution.of(1).survivalProbability(statistic));
    }
}
