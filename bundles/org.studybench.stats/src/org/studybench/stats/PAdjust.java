package org.studybench.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Multiple-comparison corrections of p-values, exactly as R {@code p.adjust}. */
public enum PAdjust {
    NONE("none", "unadjusted", "no adjustment"), BONFERRONI("bonferroni", "Bonferroni", "Bonferroni's method"), HOLM("holm", "Holm", "Holm's method"),
    HOCHBERG("hochberg", "Hochberg", "Hochberg's method"), BH("BH", "BH", "Benjamini and Hochberg's false discovery rate"),
    BY("BY", "BY", "Benjamini and Yekutieli's false discovery rate");

    private final String id;
    private final String label;
    private final String method;

    PAdjust(String id, String label, String method) {
        this.id = id;
        this.label = label;
        this.method = method;
    }

    /** R's name, as stored in studies and typed on the command line. */
    public String id() {
        return id;
    }

    /** For a column heading: "Holm" as in "p (Holm)". */
    public String label() {
        return label;
    }

    /** For a note under a table: "Holm's method". */
    public String method() {
        return method;
    }

    /** Accepts R's names (case-insensitive) and the aliases fdr (= BH). */
    public static PAdjust of(String id) {
        if ("fdr".equalsIgnoreCase(id)) {
            return BH;
        }
        for (PAdjust m : values()) {
            if (m.id.equalsIgnoreCase(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown correction '" + id + "'; expected none, bonferroni, holm, hochberg, BH or BY");
    }

    /** Adjusted p-values in the order of {@code p}. */
    public double[] adjust(double... p) {
        for (double v : p) {
            Checks.probability("every p-value", v);
        }
        int n = p.length;
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        switch (this) {
            case NONE -> System.arraycopy(p, 0, out, 0, n);
            case BONFERRONI -> {
                for (int i = 0; i < n; i++) {
                    out[i] = Math.min(1, n * p[i]);
                }
            }
            case HOLM -> {
                Integer[] order = order(p, false);
                double running = 0;
                for (int i = 0; i < n; i++) {
                    running = Math.max(running, (n - i) * p[order[i]]);
                    out[order[i]] = Math.min(1, running);
                }
            }
            case HOCHBERG, BH, BY -> {
                Integer[] order = order(p, true);
                double q = 1;
                if (this == BY) {
                    q = IntStream.rangeClosed(1, n).mapToDouble(i -> 1.0 / i).sum();
                }
                double running = Double.POSITIVE_INFINITY;
                for (int k = 0; k < n; k++) {
                    int i = n - k; // rank from the top: n, n-1, ..., 1
                    double factor = this == HOCHBERG ? (n + 1 - i) : q * n / (double) i;
                    running = Math.min(running, factor * p[order[k]]);
                    out[order[k]] = Math.min(1, running);
                }
            }
        }
        return out;
    }

    /** Indices sorted by p (stable, as R's order), ascending or descending. */
    private static Integer[] order(double[] p, boolean decreasing) {
        Integer[] idx = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Comparator<Integer> byP = Comparator.comparingDouble(i -> p[i]);
        Arrays.sort(idx, decreasing ? byP.reversed() : byP);
        return idx;
    }
}
