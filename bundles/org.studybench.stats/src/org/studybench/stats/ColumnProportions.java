package org.studybench.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Column-proportion tests as SPSS Custom Tables' "compare column proportions": in each row, every
 * pair of columns is compared with a two-sided pooled z-test (no continuity correction) on the
 * column percentages; p-values are adjusted within the row. Each column has a letter (A, B, ...,
 * then AA, AB, ...: {@link ColumnLetters}); a cell gets the letters of the columns whose proportion it
 * significantly exceeds. Pairs whose
 * pooled proportion is 0 or 1 cannot be tested and are listed as untestable.
 */
public final class ColumnProportions {

    /** One tested pair in a row: columns i and j, z of p_i − p_j, raw and adjusted p. */
    public record Pair(int row, int i, int j, double z, double pValue, double adjustedP) {
    }

    /** letters[r][c] is the string of column letters that cell (r, c) significantly exceeds. */
    public record Result(double[][] proportions, String[][] letters, List<Pair> pairs, List<String> untestable) {
    }

    private ColumnProportions() {
    }

    /** {@code counts[r][c]}: count of row category r in column c; column bases are the column sums unless given. */
    public static Result test(double[][] counts, double[] columnBases, PAdjust correction, double alpha) {
        Checks.table(counts);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1, got " + alpha);
        }
        int rows = counts.length;
        int cols = counts[0].length;
        double[] base = new double[cols];
        for (int c = 0; c < cols; c++) {
            if (columnBases != null) {
                base[c] = columnBases[c];
            } else {
                for (double[] row : counts) {
                    base[c] += row[c];
                }
            }
            if (!(base[c] > 0)) {
                throw new IllegalArgumentException("column " + letter(c) + " has no cases; its proportions are not defined");
            }
        }
        double[][] proportions = new double[rows][cols];
        List<List<Integer>> exceeded = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> untestable = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (counts[r][c] > base[c]) {
                    throw new IllegalArgumentException("cell [" + (r + 1) + "," + letter(c) + "] has " + Checks.fmt(counts[r][c])
                            + " cases, more than its column base " + Checks.fmt(base[c]));
                }
                proportions[r][c] = counts[r][c] / base[c];
                exceeded.add(new ArrayList<>());
            }
            List<Pair> rowPairs = new ArrayList<>();
            for (int i = 0; i < cols; i++) {
                for (int j = i + 1; j < cols; j++) {
                    double pooled = (counts[r][i] + counts[r][j]) / (base[i] + base[j]);
                    if (pooled == 0 || pooled == 1) {
                        untestable.add("row " + (r + 1) + ": " + letter(i) + " vs " + letter(j));
                        continue;
                    }
                    double se = Math.sqrt(pooled * (1 - pooled) * (1 / base[i] + 1 / base[j]));
                    double z = (proportions[r][i] - proportions[r][j]) / se;
                    rowPairs.add(new Pair(r, i, j, z, Normal.twoSided(z), Double.NaN));
                }
            }
            double[] adjusted = correction.adjust(rowPairs.stream().mapToDouble(Pair::pValue).toArray());
            for (int k = 0; k < rowPairs.size(); k++) {
                Pair pair = rowPairs.get(k);
                Pair done = new Pair(pair.row(), pair.i(), pair.j(), pair.z(), pair.pValue(), adjusted[k]);
                pairs.add(done);
                if (done.adjustedP() < alpha) {
                    int higher = done.z() > 0 ? done.i() : done.j();
                    int lower = done.z() > 0 ? done.j() : done.i();
                    exceeded.get(r * cols + higher).add(lower);
                }
            }
        }
        String[][] out = new String[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[r][c] = ColumnLetters.cell(exceeded.get(r * cols + c), cols);
            }
        }
        return new Result(proportions, out, pairs, untestable);
    }

    /** The letter(s) of a column: A … Z, AA, AB, … ({@link ColumnLetters#of}). */
    public static String letter(int column) {
        return ColumnLetters.of(column);
    }
}
