package org.studybench.stats;

/** Argument checks shared by the methods; messages name the offending argument and value. */
final class Checks {

    private Checks() {
    }

    static void count(String name, double x, double n) {
        if (!(n > 0) || Double.isInfinite(n)) {
            throw new IllegalArgumentException(name + ": the group size must be positive, got n=" + fmt(n));
        }
        if (!(x >= 0) || x > n) {
            throw new IllegalArgumentException(name + ": the count must be between 0 and n=" + fmt(n) + ", got " + fmt(x));
        }
        if (x != Math.rint(x) || n != Math.rint(n)) {
            throw new IllegalArgumentException(name + ": counts must be whole numbers, got " + fmt(x) + " of " + fmt(n));
        }
    }

    static void level(double conf) {
        if (!(conf > 0 && conf < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, got " + conf);
        }
    }

    static void probability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + p);
        }
    }

    static void table(double[][] table) {
        if (table.length < 2 || table[0].length < 2) {
            throw new IllegalArgumentException("the table needs at least 2 rows and 2 columns, got " + table.length + "x"
                    + (table.length == 0 ? 0 : table[0].length));
        }
        for (int r = 0; r < table.length; r++) {
            if (table[r].length != table[0].length) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + table[r].length + " cells, row 1 has " + table[0].length);
            }
            for (int c = 0; c < table[r].length; c++) {
                if (!(table[r][c] >= 0) || Double.isInfinite(table[r][c])) {
                    throw new IllegalArgumentException("cell [" + (r + 1) + "," + (c + 1) + "] must be a non-negative count, got " + table[r][c]);
                }
            }
        }
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
