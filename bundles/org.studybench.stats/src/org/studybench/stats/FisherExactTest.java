package org.studybench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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

    /** The most tables a 2×2 test enumerates (80 MB of probabilities); R's fisher.test has no such limit and runs out of memory. */
    static final long MAX_SUPPORT = 10_000_000L;

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

    /**
     * The Monte Carlo p-value of the r×c test, as R {@code fisher.test(x, simulate.p.value = TRUE, B)}:
     * (1 + #{random tables at most as likely as the observed one}) / (B + 1), where random tables with
     * the observed margins are drawn exactly (a random permutation of the cases dealt into the columns).
     * The seed makes the result reproducible.
     */
    public static double simulatedPValue(double[][] table, int replicates, long seed) {
        Checks.table(table);
        if (replicates < 1) {
            throw new IllegalArgumentException("the number of simulated tables must be positive, got " + replicates);
        }
        int rows = table.length;
        int cols = table[0].length;
        long[] rowSums = new long[rows];
        int[] colSums = new int[cols];
        int n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (table[r][c] != Math.rint(table[r][c])) {
                    throw new IllegalArgumentException("Fisher's exact test needs whole counts; cell [" + (r + 1) + "," + (c + 1) + "] is " + table[r][c]);
                }
                rowSums[r] += (long) table[r][c];
                colSums[c] += (int) table[r][c];
                n += (int) table[r][c];
            }
        }
        // The row-margin and N terms of log P are the same for every table: compare Σ_cells log(a!) only.
        double observed = 0;
        for (double[] row : table) {
            for (double v : row) {
                observed += logFactorial((long) v);
            }
        }
        double threshold = observed - Math.log(RELATIVE_ERROR); // P ≤ P_obs(1 + 1e-7)  ⇔  Σ log a! ≥ observed − log(1 + 1e-7)
        int[] labels = new int[n];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (long i = 0; i < rowSums[r]; i++) {
                labels[k++] = r;
            }
        }
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        int[] cell = new int[rows];
        int atMostAsLikely = 0;
        for (int b = 0; b < replicates; b++) {
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = labels[i];
                labels[i] = labels[j];
                labels[j] = t;
            }
            double sum = 0;
            int position = 0;
            for (int c = 0; c < cols; c++) {
                java.util.Arrays.fill(cell, 0);
                for (int i = 0; i < colSums[c]; i++) {
                    cell[labels[position++]]++;
                }
                for (int r = 0; r < rows; r++) {
                    sum += logFactorial(cell[r]);
                }
            }
            if (sum >= threshold) {
                atMostAsLikely++;
            }
        }
        return (1.0 + atMostAsLikely) / (replicates + 1.0);
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
            if (hi - lo + 1 > MAX_SUPPORT) { // one double per possible table: counts in the millions would exhaust memory
                throw new IllegalArgumentException("this table is too large for the exact test (its first cell can take " + (hi - lo + 1)
                        + " values given the margins, more than " + MAX_SUPPORT + "); use the chi-square test for counts this large");
            }
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

    // ---- r×c: network algorithm --------------------------------------------------------------

    /** Work (split evaluations) allowed before the exact r×c test gives up and suggests simulation. */
    static final long WORK_LIMIT = 20_000_000L;

    /**
     * Sum of P(table) over tables with the observed margins and P ≤ P(observed)·(1 + 1e-7), by the
     * network algorithm (Mehta and Patel 1983): tables are built column by column; a node is the
     * multiset of row totals still to fill (rows are exchangeable for what remains) and holds the
     * distinct partial log-probabilities ("pasts") that reach it. Exact bounds on what the remaining
     * columns can add (the longest and shortest paths, memoized per node) decide for whole ranges of
     * pasts at once whether all their completions count, none do, or they must be followed further.
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
        long[] columns = Arrays.stream(colSums).filter(c -> c > 0).boxed().sorted((a, b) -> Long.compare(b, a)).mapToLong(Long::longValue).toArray();
        double constant = -logFactorial(n);
        for (long r : rowSums) {
            constant += logFactorial(r);
        }
        double observed = 0;
        for (int c = 0; c < cols; c++) {
            observed += logFactorial(colSums[c]);
            for (int r = 0; r < rows; r++) {
                observed -= logFactorial(t[r][c]);
            }
        }
        Network network = new Network(columns, observed + Math.log(RELATIVE_ERROR));
        Map<Key, Pasts> stage = new HashMap<>();
        Pasts start = new Pasts();
        start.add(0, 1);
        stage.put(Key.of(rowSums), start);
        double pValue = 0;
        for (int j = 0; j < columns.length; j++) {
            Map<Key, Pasts> next = new HashMap<>();
            for (Map.Entry<Key, Pasts> node : stage.entrySet()) {
                pValue += network.advance(j, node.getKey(), node.getValue(), next, constant);
            }
            stage = next;
        }
        return Math.min(1, pValue);
    }

    /** Partial log-probabilities reaching a node, with their multiplicities. */
    private static final class Pasts {
        private double[] values = new double[4];
        private double[] weights = new double[4];
        private int size;

        void add(double value, double weight) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            values[size] = value;
            weights[size++] = weight;
        }

        /** Sorts by value and merges values equal to 1e-9 (far below R's 1e-7 tolerance). */
        void compact() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
            double[] v = new double[size];
            double[] w = new double[size];
            int m = 0;
            for (int i = 0; i < size; i++) {
                int k = order[i];
                if (m > 0 && values[k] - v[m - 1] <= 1e-9) {
                    w[m - 1] += weights[k];
                } else {
                    v[m] = values[k];
                    w[m++] = weights[k];
                }
            }
            values = v;
            weights = w;
            size = m;
        }
    }

    /** One way to fill a column at a node: the child it leads to, the log-probability it adds, how many row permutations give it. */
    private record Split(Key child, double increment, double multiplicity) {
    }

    private static final class Network {
        final long[] columns;
        final double threshold;
        final List<Map<Key, double[]>> bounds = new ArrayList<>();
        long work;

        Network(long[] columns, double threshold) {
            this.columns = columns;
            this.threshold = threshold;
            for (int j = 0; j <= columns.length; j++) {
                bounds.add(new HashMap<>());
            }
        }

        /** Resolves or forwards the pasts of one node over column j; returns the probability counted here. */
        double advance(int j, Key key, Pasts pasts, Map<Key, Pasts> next, double constant) {
            pasts.compact();
            int size = pasts.size;
            double top = pasts.values[size - 1];
            double[] prefix = new double[size + 1]; // prefix sums of weight·exp(value − top)
            for (int i = 0; i < size; i++) {
                prefix[i + 1] = prefix[i] + pasts.weights[i] * Math.exp(pasts.values[i] - top);
            }
            double counted = 0;
            for (Split split : splits(j, key)) {
                double[] b = bounds(j + 1, split.child());
                double base = split.increment();
                int allIn = upperBound(pasts.values, size, threshold - base - b[1]);
                int none = upperBound(pasts.values, size, threshold - base - b[0]);
                if (allIn > 0) {
                    counted += split.multiplicity() * prefix[allIn] * Math.exp(top + base + constant + total(split.child()));
                }
                if (none > allIn) {
                    Pasts child = next.computeIfAbsent(split.child(), k -> new Pasts());
                    for (int i = allIn; i < none; i++) {
                        child.add(pasts.values[i] + base, pasts.weights[i] * split.multiplicity());
                    }
                }
            }
            return counted;
        }

        /**
         * Bounds [min, max] on the log-probability the columns from j on can still add at a node, cheap
         * enough to compute for every node. max: Lagrangian dual of "most probable completion" — for any
         * multipliers u_i, v_k, Σ_k log C_k! + Σ u_i r_i + Σ v_k C_k + Σ_ik max_a(−log a! − (u_i + v_k)a)
         * is an upper bound (weak duality); u, v start from the independence table and are improved by
         * a few rounds of coordinate descent. min: each column put into as few rows as possible,
         * ignoring that columns share the rows — an upper bound on Σ log a!.
         */
        double[] bounds(int j, Key key) {
            if (j == columns.length) {
                return new double[] { 0, 0 };
            }
            double[] known = bounds.get(j).get(key);
            if (known != null) {
                return known;
            }
            long[] rows = key.rows;
            int m = columns.length - j;
            double base = 0;
            double concentrated = 0;
            long total = 0;
            for (int k = j; k < columns.length; k++) {
                base += logFactorial(columns[k]);
                concentrated += concentratedSplit(rows, columns[k]);
                total += columns[k];
            }
            double[] u = new double[rows.length];
            double[] v = new double[m];
            for (int i = 0; i < rows.length; i++) {
                u[i] = -Math.log(rows[i]) + 0.5 * Math.log(total);
            }
            for (int k = 0; k < m; k++) {
                v[k] = -Math.log(columns[j + k]) + 0.5 * Math.log(total);
            }
            double best = dual(rows, j, u, v);
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < rows.length; i++) {
                    u[i] = bestMultiplier(rows[i], i, true, j, u, v, rows);
                }
                for (int k = 0; k < m; k++) {
                    v[k] = bestMultiplier(columns[j + k], k, false, j, u, v, rows);
                }
                best = Math.min(best, dual(rows, j, u, v));
            }
            double[] result = { base - concentrated, base + best };
            bounds.get(j).put(key, result);
            return result;
        }

        private double dual(long[] rows, int j, double[] u, double[] v) {
            double d = 0;
            for (int i = 0; i < rows.length; i++) {
                d += u[i] * rows[i];
            }
            for (int k = 0; k < v.length; k++) {
                d += v[k] * columns[j + k];
                for (int i = 0; i < rows.length; i++) {
                    d += inner(u[i] + v[k], Math.min(rows[i], columns[j + k]));
                }
            }
            return d;
        }

        /** max over integers 0 ≤ a ≤ cap of −log a! − λa: the largest a with log a < −λ, capped. */
        private static double inner(double lambda, long cap) {
            long a = lambda >= 0 ? 0 : Math.min(cap, (long) Math.ceil(Math.exp(-lambda)) - 1);
            return -logFactorial(a) - lambda * a;
        }

        /** Coordinate descent: the multiplier of one row (or column) minimizing the dual, by bisection on its subgradient. */
        private double bestMultiplier(long margin, int index, boolean row, int j, double[] u, double[] v, long[] rows) {
            double lo = -Math.log(margin + 1.0) - 50;
            double hi = 50;
            for (int it = 0; it < 60; it++) {
                double mid = (lo + hi) / 2;
                long used = 0; // Σ of the inner maximizers: the dual's derivative is margin − used
                if (row) {
                    for (int k = 0; k < v.length; k++) {
                        used += argInner(mid + v[k], Math.min(rows[index], columns[j + k]));
                    }
                } else {
                    for (int i = 0; i < rows.length; i++) {
                        used += argInner(u[i] + mid, Math.min(rows[i], columns[j + index]));
                    }
                }
                if (used > margin) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return hi;
        }

        private static long argInner(double lambda, long cap) {
            return lambda >= 0 ? 0 : Math.min(cap, (long) Math.ceil(Math.exp(-lambda)) - 1);
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

        /**
         * All ways to distribute column j over the rows of a node, one per multiset of row cells (with its
         * multiplicity). Not memoized: a node's splits are needed once for its bounds and once when its
         * pasts advance, and keeping them all would cost more memory than recomputing them.
         */
        List<Split> splits(int j, Key key) {
            long remainingAfter = 0;
            for (int k = j + 1; k < columns.length; k++) {
                remainingAfter += columns[k];
            }
            List<Split> result = new ArrayList<>();
            fill(key.rows, new long[key.rows.length], 0, columns[j], remainingAfter, logFactorial(columns[j]), result);
            return result;
        }

        /**
         * Rows are sorted, so equal caps are adjacent; within a run of equal caps the cells are chosen
         * non-increasing and the split counted with the number of distinct orderings.
         */
        private void fill(long[] caps, long[] cell, int i, long left, long remainingAfter, double value, List<Split> out) {
            if (i == caps.length) {
                if (++work > WORK_LIMIT) {
                    throw new IllegalArgumentException("this table is too large for the exact test (more than " + WORK_LIMIT
                            + " partial tables); use a Monte Carlo p-value instead, e.g. --simulate 100000");
                }
                if (left == 0) {
                    long[] rest = new long[caps.length];
                    for (int k = 0; k < caps.length; k++) {
                        rest[k] = caps[k] - cell[k];
                    }
                    out.add(new Split(Key.of(rest), value, orderings(caps, cell)));
                }
                return;
            }
            long laterCaps = 0;
            for (int k = i + 1; k < caps.length; k++) {
                laterCaps += caps[k];
            }
            long upper = Math.min(caps[i], left);
            if (i > 0 && caps[i] == caps[i - 1]) {
                upper = Math.min(upper, cell[i - 1]); // canonical order within equal caps
            }
            for (long a = Math.max(0, left - laterCaps); a <= upper; a++) {
                if (caps[i] - a > remainingAfter) {
                    continue; // row i could not be completed by the remaining columns
                }
                cell[i] = a;
                fill(caps, cell, i + 1, left - a, remainingAfter, value - logFactorial(a), out);
            }
        }

        /** Number of distinct orderings of the cells within each run of equal caps. */
        private static double orderings(long[] caps, long[] cell) {
            double count = 1;
            int i = 0;
            while (i < caps.length) {
                int j = i;
                while (j < caps.length && caps[j] == caps[i]) {
                    j++;
                }
                // multinomial (j - i)! / Π (multiplicity of each value)!
                double runs = logFactorial(j - i);
                int k = i;
                while (k < j) {
                    int m = k;
                    while (m < j && cell[m] == cell[k]) {
                        m++;
                    }
                    runs -= logFactorial(m - k);
                    k = m;
                }
                count *= Math.rint(Math.exp(runs));
                i = j;
            }
            return count;
        }

        /** log of the sum over all completions: log(N'!) − Σ log(r'_i!). */
        private static double total(Key key) {
            long sum = 0;
            double t = 0;
            for (long r : key.rows) {
                sum += r;
                t -= logFactorial(r);
            }
            return t + logFactorial(sum);
        }
    }

    /** Number of values (sorted, first {@code size}) that are ≤ x. */
    private static int upperBound(double[] values, int size, double x) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Remaining row totals, zeros dropped, sorted descending (so equal caps are adjacent). */
    private record Key(long[] rows) {
        static Key of(long[] totals) {
            long[] r = Arrays.stream(totals).filter(v -> v > 0).map(v -> -v).sorted().map(v -> -v).toArray();
            return new Key(r);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(rows, k.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rows);
        }
    }

    private static double logChoose(long n, long k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    static double logFactorial(long n) {
        return LogGamma.value(n + 1.0);
    }
}
