package org.studybench.stats;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.numbers.rootfinder.BrentSolver;

/**
 * Fisher's exact test, as R {@code fisher.test}: for 2×2 tables the p-value, the conditional maximum
 * likelihood estimate of the odds ratio and its exact interval (not the sample odds ratio); for r×c
 * tables the two-sided p-value, summed over all tables with the observed margins that are at most as
 * likely as the observed one (a network algorithm in the spirit of Mehta and Patel 1983).
 */
public final class FisherExactTest {

    /** R treats tables within this relative probability of the observed one as "as likely". */
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    /** The odds ratio and its interval are present for 2×2 tables only. */
    public record Result(double pValue, Double oddsRatio, Interval interval) {
    }

    private FisherExactTest() {
    }

    public static Result test(double[][] table, Alternative alternative, double conf) {
        Checks.table(table);
        Checks.level(conf);
        long[][] counts = new long[table.length][table[0].length];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table[r].length; c++) {
                if (table[r][c] != Math.rint(table[r][c])) {
                    throw new IllegalArgumentException("Fisher's exact test needs whole counts; cell [" + (r + 1) + "," + (c + 1) + "] is " + table[r][c]);
                }
                counts[r][c] = (long) table[r][c];
            }
        }
        if (counts.length == 2 && counts[0].length == 2) {
            return twoByTwo(counts, alternative, conf);
        }
        if (alternative != Alternative.TWO_SIDED) {
            throw new IllegalArgumentException("one-sided alternatives are defined for 2x2 tables only");
        }
        return new Result(rByC(counts), null, null);
    }

    // ---- 2×2: the noncentral hypergeometric distribution of the top-left cell -------------------

    private static Result twoByTwo(long[][] t, Alternative alternative, double conf) {
        Hypergeometric h = new Hypergeometric(t[0][0] + t[1][0], t[0][1] + t[1][1], t[0][0] + t[0][1], t[0][0]);
        double pValue = switch (alternative) {
            case LESS -> h.cdf(h.x, 1, false);
            case GREATER -> h.cdf(h.x, 1, true);
            case TWO_SIDED -> {
                double[] d = h.density(1);
                double observed = d[(int) (h.x - h.lo)];
                double sum = 0;
                for (double v : d) {
                    if (v <= observed * RELATIVE_ERROR) {
                        sum += v;
                    }
                }
                yield sum;
            }
        };
        double estimate = h.mle();
        Interval interval = switch (alternative) {
            case LESS -> new Interval(0, h.upperLimit(1 - conf));
            case GREATER -> new Interval(h.lowerLimit(1 - conf), Double.POSITIVE_INFINITY);
            case TWO_SIDED -> new Interval(h.lowerLimit((1 - conf) / 2), h.upperLimit((1 - conf) / 2));
        };
        return new Result(Math.min(1, pValue), estimate, interval);
    }

    /** Fisher's noncentral hypergeometric distribution of x = t[0][0] given the margins, as in R's fisher.test. */
    private static final class Hypergeometric {
        final long lo;
        final long hi;
        final long x;
        final double[] logCentral;

        Hypergeometric(long m, long n, long k, long x) {
            this.lo = Math.max(0, k - n);
            this.hi = Math.min(k, m);
            this.x = x;
            logCentral = new double[(int) (hi - lo + 1)];
            for (long s = lo; s <= hi; s++) {
                logCentral[(int) (s - lo)] = logChoose(m, s) + logChoose(n, k - s) - logChoose(m + n, k);
            }
        }

        double[] density(double ncp) {
            double[] d = new double[logCentral.length];
            double max = Double.NEGATIVE_INFINITY;
            double logNcp = Math.log(ncp);
            for (int i = 0; i < d.length; i++) {
                d[i] = logCentral[i] + logNcp * (lo + i);
                max = Math.max(max, d[i]);
            }
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                d[i] = Math.exp(d[i] - max);
                sum += d[i];
            }
            for (int i = 0; i < d.length; i++) {
                d[i] /= sum;
            }
            return d;
        }

        double mean(double ncp) {
            if (ncp == 0) {
                return lo;
            }
            if (ncp == Double.POSITIVE_INFINITY) {
                return hi;
            }
            double[] d = density(ncp);
            double mean = 0;
            for (int i = 0; i < d.length; i++) {
                mean += (lo + i) * d[i];
            }
            return mean;
        }

        /** P(X ≤ q) or, with {@code upper}, P(X ≥ q). */
        double cdf(long q, double ncp, boolean upper) {
            double[] d = density(ncp);
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                long s = lo + i;
                if (upper ? s >= q : s <= q) {
                    sum += d[i];
                }
            }
            return sum;
        }

        /** The conditional MLE: the odds ratio whose mean equals the observed x. */
        double mle() {
            if (x == lo) {
                return 0;
            }
            if (x == hi) {
                return Double.POSITIVE_INFINITY;
            }
            double mu = mean(1);
            if (mu > x) {
                return root(t -> mean(t) - x);
            }
            if (mu < x) {
                return 1 / root(t -> mean(1 / t) - x);
            }
            return 1;
        }

        double upperLimit(double alpha) {
            if (x == hi) {
                return Double.POSITIVE_INFINITY;
            }
            double p = cdf(x, 1, false);
            if (p < alpha) {
                return root(t -> cdf(x, t, false) - alpha);
            }
            if (p > alpha) {
                return 1 / root(t -> cdf(x, 1 / t, false) - alpha);
            }
            return 1;
        }

        double lowerLimit(double alpha) {
            if (x == lo) {
                return 0;
            }
            double p = cdf(x, 1, true);
            if (p > alpha) {
                return root(t -> cdf(x, t, true) - alpha);
            }
            if (p < alpha) {
                return 1 / root(t -> cdf(x, 1 / t, true) - alpha);
            }
            return 1;
        }

        /** The root in (0, 1] of a function that changes sign there (as R's uniroot on c(0, 1), to full precision). */
        private static double root(DoubleUnaryOperator f) {
            return new BrentSolver(1e-15, 1e-14, 1e-300).findRoot(f, Double.MIN_NORMAL, 1);
        }
    }

    // ---- r×c: network enumeration of tables with the observed margins -------------------------

    /**
     * Sum of P(table) over tables with the observed margins and P ≤ P(observed)·(1 + 1e-7). Tables are
     * built column by column; a node is the multiset of row totals still to fill (rows are
     * exchangeable for what remains), holding the distinct partial log-probabilities that reach it.
     * Bounds on what the remaining columns can add let whole subtrees be counted or dropped at once.
     */
    private static double rByC(long[][] t) {
        int rows = t.length;
        int cols = t[0].length;
        long[] rowSums = new long[rows];
        long[] colSums = new long[cols];
        long n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rowSums[r] += t[r][c];
                colSums[c] += t[r][c];
                n += t[r][c];
            }
        }
        // Column order does not change the answer; large columns first keeps the network small.
        long[] columns = Arrays.stream(colSums).filter(c -> c > 0).boxed().sorted((a, b) -> Long.compare(b, a)).mapToLong(Long::longValue).toArray();
        double constant = -logFactorial(n);
        for (long r : rowSums) {
            constant += logFactorial(r);
        }
        double observed = constant;
        for (int c = 0; c < cols; c++) {
            observed += logFactorial(colSums[c]);
            for (int r = 0; r < rows; r++) {
                observed -= logFactorial(t[r][c]);
            }
        }
        double threshold = observed + Math.log(RELATIVE_ERROR) - constant; // compare path values against this

        Map<Key, Map<Double, double[]>> stage = new HashMap<>();
        stage.put(new Key(Arrays.stream(rowSums).filter(r -> r > 0).sorted().toArray()), new HashMap<>(Map.of(0.0, new double[] { 0.0, 1.0 })));
        double[] pValue = { 0 };
        for (int j = 0; j < columns.length; j++) {
            Map<Key, Map<Double, double[]>> next = new HashMap<>();
            long remainingAfter = 0;
            for (int k = j + 1; k < columns.length; k++) {
                remainingAfter += columns[k];
            }
            Network network = new Network(columns[j], remainingAfter, j == columns.length - 1, threshold, constant, next, pValue);
            for (Map.Entry<Key, Map<Double, double[]>> node : stage.entrySet()) {
                long[] caps = node.getKey().rows;
                double max = bound(caps, columns, j, true);
                double min = bound(caps, columns, j, false);
                double all = logFactorial(sum(caps));
                for (long r : caps) {
                    all -= logFactorial(r);
                }
                for (double[] past : node.getValue().values()) {
                    double value = past[0];
                    if (value + max <= threshold) {
                        pValue[0] += past[1] * Math.exp(constant + value + all);
                    } else if (value + min <= threshold) {
                        network.extend(caps, value, past[1]);
                    }
                }
            }
            stage = next;
        }
        return Math.min(1, pValue[0]);
    }

    /** Generates the children of a node for one column: every split of the column total over the rows. */
    private record Network(long column, long remainingAfter, boolean last, double threshold, double constant,
            Map<Key, Map<Double, double[]>> next, double[] pValue) {

        void extend(long[] caps, double past, double weight) {
            fill(caps, new long[caps.length], 0, column, past + logFactorial(column), weight);
        }

        private void fill(long[] caps, long[] cell, int i, long left, double value, double weight) {
            if (i == caps.length - 1) {
                if (left > caps[i] || caps[i] - left > remainingAfter) {
                    return;
                }
                cell[i] = left;
                double v = value - logFactorial(left);
                if (last) {
                    if (v <= threshold) {
                        pValue[0] += weight * Math.exp(constant + v);
                    }
                    return;
                }
                long[] rest = new long[caps.length];
                for (int k = 0; k < caps.length; k++) {
                    rest[k] = caps[k] - cell[k];
                }
                Key key = new Key(Arrays.stream(rest).filter(r -> r > 0).sorted().toArray());
                // Paths whose partial log-probabilities agree to 1e-10 are merged (their weights add).
                double rounded = Math.rint(v * 1e10) / 1e10;
                double[] entry = next.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(rounded, r -> new double[] { v, 0 });
                entry[1] += weight;
                return;
            }
            long laterCaps = 0;
            for (int k = i + 1; k < caps.length; k++) {
                laterCaps += caps[k];
            }
            for (long a = Math.max(0, left - laterCaps); a <= Math.min(caps[i], left); a++) {
                if (caps[i] - a > remainingAfter) {
                    continue; // row i could no longer be completed by the remaining columns
                }
                cell[i] = a;
                fill(caps, cell, i + 1, left - a, value - logFactorial(a), weight);
            }
        }
    }

    /**
     * A bound on Σ_j (log C_j! − Σ_i log a_ij!) over the remaining columns j ≥ from: per column, the
     * most even (for the maximum) or most concentrated (for the minimum) split allowed by the row caps,
     * ignoring that columns share the rows. Each per-column optimum bounds the joint one.
     */
    private static double bound(long[] caps, long[] columns, int from, boolean max) {
        double total = 0;
        for (int j = from; j < columns.length; j++) {
            total += logFactorial(columns[j]) - (max ? evenSplit(caps, columns[j]) : concentratedSplit(caps, columns[j]));
        }
        return total;
    }

    /**
     * min Σ log a_i! subject to Σ a_i = s, 0 ≤ a_i ≤ cap_i. log a! is convex, so giving each unit to
     * the lowest cell that still has room is optimal (water-filling).
     */
    private static double evenSplit(long[] caps, long s) {
        long[] a = new long[caps.length];
        double sum = 0;
        for (long left = s; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < caps.length; i++) {
                if (a[i] < caps[i] && (best < 0 || a[i] < a[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            a[best]++;
            sum += Math.log(a[best]);
        }
        return sum;
    }

    /** max Σ log a_i! subject to Σ a_i = s, 0 ≤ a_i ≤ cap_i: fill the largest caps first. */
    private static double concentratedSplit(long[] caps, long s) {
        long[] sorted = caps.clone();
        Arrays.sort(sorted);
        double sum = 0;
        long left = s;
        for (int i = sorted.length - 1; i >= 0 && left > 0; i--) {
            long a = Math.min(sorted[i], left);
            sum += logFactorial(a);
            left -= a;
        }
        return sum;
    }

    private record Key(long[] rows) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(rows, k.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rows);
        }
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    static double logFactorial(long n) {
        return LogGamma.value(n + 1.0);
    }
}
