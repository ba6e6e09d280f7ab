package org.studybench.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Rank tests: Mann-Whitney U (R {@code wilcox.test(x, y)}) and Kruskal-Wallis (R {@code kruskal.test}).
 * Both accept raw values or, for ordinal data such as Likert items, counts per ordered category.
 */
public final class RankTests {

    /** R's {@code wilcox.test} uses the exact distribution below this size per group when there are no ties. */
    static final int EXACT_LIMIT = 50;

    /** The exact distribution's table grows with nx·ny; beyond this it would need hundreds of megabytes. */
    static final double EXACT_PAIRS_LIMIT = 40_000;

    /**
     * @param w      R's W: the rank sum of x minus nx(nx+1)/2 (the Mann-Whitney U of x)
     * @param z      the normal statistic when the approximation was used, else NaN
     * @param exact  whether the p-value is exact
     * @param effectR rank-biserial correlation 2U/(nx·ny) − 1
     */
    public record MannWhitney(double w, double pValue, double z, boolean exact, boolean continuityApplied, double nx, double ny, double effectR) {
    }

    public record KruskalWallis(double statistic, int df, double pValue, double n) {
    }

    private RankTests() {
    }

    /** Mann-Whitney on raw values; {@code exact} null means R's default (exact when both n < 50 and no ties). */
    public static MannWhitney mannWhitney(double[] x, double[] y, Boolean exact, boolean continuity, Alternative alternative) {
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both groups need values; group " + (x.length == 0 ? "x" : "y") + " is empty");
        }
        TreeMap<Double, double[]> categories = new TreeMap<>();
        for (double v : x) {
            categories.computeIfAbsent(v, k -> new double[2])[0]++;
        }
        for (double v : y) {
            categories.computeIfAbsent(v, k -> new double[2])[1]++;
        }
        return mannWhitney(new ArrayList<>(categories.values()), exact, continuity, alternative);
    }

    /** Mann-Whitney on counts per ordered category: {@code counts[k] = {count in x, count in y}}. */
    public static MannWhitney mannWhitneyCounts(double[][] counts, Boolean exact, boolean continuity, Alternative alternative) {
        List<double[]> categories = new ArrayList<>();
        for (double[] c : counts) {
            if (c.length != 2 || c[0] < 0 || c[1] < 0) {
                throw new IllegalArgumentException("each category needs two non-negative counts (x, y)");
            }
            if (c[0] + c[1] > 0) {
                categories.add(c);
            }
        }
        return mannWhitney(categories, exact, continuity, alternative);
    }

    private static MannWhitney mannWhitney(List<double[]> categories, Boolean exact, boolean continuity, Alternative alternative) {
        double nx = 0;
        double ny = 0;
        boolean ties = false;
        for (double[] c : categories) {
            nx += c[0];
            ny += c[1];
            ties |= c[0] + c[1] > 1;
        }
        if (nx == 0 || ny == 0) {
            throw new IllegalArgumentException("both groups need values; group " + (nx == 0 ? "x" : "y") + " is empty");
        }
        double rankSumX = 0;
        double below = 0;
        double tieTerm = 0;
        for (double[] c : categories) {
            double t = c[0] + c[1];
            double midRank = below + (t + 1) / 2;
            rankSumX += c[0] * midRank;
            tieTerm += t * t * t - t;
            below += t;
        }
        double w = rankSumX - nx * (nx + 1) / 2;
        boolean useExact = exact == null ? nx < EXACT_LIMIT && ny < EXACT_LIMIT : exact;
        double effect = 2 * w / (nx * ny) - 1;
        if (useExact && !ties) {
            if (nx * ny > EXACT_PAIRS_LIMIT) {
                throw new IllegalArgumentException("the exact p-value needs nx·ny ≤ " + (long) EXACT_PAIRS_LIMIT + ", got " + Checks.fmt(nx) + "·"
                        + Checks.fmt(ny) + "; use the normal approximation (exact = false)");
            }
            double[] cdf = wilcoxonCdf((int) nx, (int) ny);
            double p = switch (alternative) {
                case LESS -> cdf[(int) w];
                case GREATER -> upper(cdf, (int) w);
                case TWO_SIDED -> Math.min(1, 2 * (w > nx * ny / 2 ? upper(cdf, (int) w) : cdf[(int) w]));
            };
            return new MannWhitney(w, p, Double.NaN, true, false, nx, ny, effect);
        }
        double n = nx + ny;
        double z = w - nx * ny / 2;
        double sigma = Math.sqrt(nx * ny / 12 * (n + 1 - tieTerm / (n * (n - 1))));
        double correction = !continuity ? 0 : switch (alternative) {
            case TWO_SIDED -> Math.signum(z) * 0.5;
            case GREATER -> 0.5;
            case LESS -> -0.5;
        };
        z = (z - correction) / sigma;
        double p = switch (alternative) {
            case LESS -> Normal.cdf(z);
            case GREATER -> Normal.upper(z);
            case TWO_SIDED -> Math.min(1, 2 * Math.min(Normal.cdf(z), Normal.upper(z)));
        };
        return new MannWhitney(w, p, z, false, continuity, nx, ny, effect);
    }

    /** P(W ≥ w) = 1 − P(W ≤ w − 1). */
    private static double upper(double[] cdf, int w) {
        return w <= 0 ? 1 : 1 - cdf[w - 1];
    }

    /** CDF of W = U for sizes m, n without ties: counts of rank subsets by rank sum, as R's pwilcox. */
    static double[] wilcoxonCdf(int m, int n) {
        int max = m * n;
        // ways[j][u]: choosing j of the positions so far with U contribution u; U = rank sum − j(j+1)/2.
        double[][] ways = new double[m + 1][max + 1];
        ways[0][0] = 1;
        for (int position = 1; position <= m + n; position++) {
            for (int j = Math.min(position, m); j >= 1; j--) {
                // taking this position as the j-th x adds (position − j) y-values below it to U
                int add = position - j;
                if (add > n) {
                    continue;
                }
                for (int u = max; u >= add; u--) {
                    ways[j][u] += ways[j - 1][u - add];
                }
            }
        }
        double total = 0;
        for (int u = 0; u <= max; u++) {
            total += ways[m][u];
        }
        double[] cdf = new double[max + 1];
        double running = 0;
        for (int u = 0; u <= max; u++) {
            running += ways[m][u];
            cdf[u] = running / total;
        }
        return cdf;
    }

    /** Kruskal-Wallis on raw values per group (groups may differ in size), with the tie correction. */
    public static KruskalWallis kruskalWallis(double[][] groups) {
        if (groups.length < 2) {
            throw new IllegalArgumentException("Kruskal-Wallis needs at least 2 groups, got " + groups.length);
        }
        TreeMap<Double, double[]> categories = new TreeMap<>();
        for (int g = 0; g < groups.length; g++) {
            if (groups[g].length == 0) {
                throw new IllegalArgumentException("group " + (g + 1) + " is empty");
            }
            for (double v : groups[g]) {
                categories.computeIfAbsent(v, k -> new double[groups.length])[g]++;
            }
        }
        return kruskalWallisCounts(categories.values().toArray(double[][]::new));
    }

    /** Kruskal-Wallis on counts per ordered category: {@code counts[k][g]} = count of category k in group g. */
    public static KruskalWallis kruskalWallisCounts(double[][] counts) {
        int groups = counts[0].length;
        double[] rankSum = new double[groups];
        double[] size = new double[groups];
        double below = 0;
        double tieTerm = 0;
        for (double[] c : counts) {
            double t = 0;
            for (double v : c) {
                t += v;
            }
            double midRank = below + (t + 1) / 2;
            for (int g = 0; g < groups; g++) {
                rankSum[g] += c[g] * midRank;
                size[g] += c[g];
            }
            tieTerm += t * t * t - t;
            below += t;
        }
        double n = below;
        double sum = 0;
        for (int g = 0; g < groups; g++) {
            if (size[g] == 0) {
                throw new IllegalArgumentException("group " + (g + 1) + " is empty");
            }
            sum += rankSum[g] * rankSum[g] / size[g];
        }
        double denominator = 1 - tieTerm / (n * n * n - n);
        if (!(denominator > 0)) {
            throw new IllegalArgumentException("all values are equal; the Kruskal-Wallis test is not defined");
        }
        double h = (12 * sum / (n * (n + 1)) - 3 * (n + 1)) / denominator;
        return new KruskalWallis(h, groups - 1, ChiSquaredDistribution.of(groups - 1).survivalProbability(h), n);
    }
}
