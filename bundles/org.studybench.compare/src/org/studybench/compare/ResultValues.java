package org.studybench.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.studybench.model.study.Parameter;
import org.studybench.model.study.Result;
import org.studybench.stats.ColumnProportions;

/**
 * Typed readers of the values StudyBench's own comparators keep in a result beyond statistic, p and
 * estimate: the letters of column proportions and the ranges of a split-sensitivity analysis. The value
 * names are this bundle's affair — written by its comparators through the key methods here and read
 * only here — so reports and the workbench never parse them.
 */
public final class ResultValues {

    /** A finding's range of group-1 shares under which its gap is significant; both null when it is significant under no split. */
    public record SplitRange(Double minShare, Double maxShare, double balancedP) {
        public boolean significantAnywhere() {
            return minShare != null;
        }
    }

    private ResultValues() {
    }

    /** The value name of a cell's letters: finding (row) and column both counted from 0. */
    public static String lettersKey(int finding, int column) {
        return "letters" + cell(finding, column);
    }

    /** The value name of a cell's proportion, as {@link #lettersKey}. */
    public static String proportionKey(int finding, int column) {
        return "proportion" + cell(finding, column);
    }

    /** "[2,B]": the second finding's second column. */
    private static String cell(int finding, int column) {
        return "[" + (finding + 1) + "," + ColumnProportions.letter(column) + "]";
    }

    /** The value names of a split-sensitivity analysis for finding {@code k} (from 0): balanced p, adjusted, min and max share. */
    public static String splitKey(String what, int k) {
        return what + "[" + (k + 1) + "]";
    }

    /**
     * The column letters of a column-proportions result: {@code letters[f][c]} are the letters (A for
     * the comparison's first segment) of the columns that finding f in column c significantly exceeds,
     * "" where none; empty when the result holds no letters.
     */
    public static Optional<String[][]> letters(Result result, int findings, int columns) {
        Map<String, String> values = values(result);
        if (values.keySet().stream().noneMatch(k -> k.startsWith("letters["))) {
            return Optional.empty();
        }
        String[][] out = new String[findings][columns];
        for (int f = 0; f < findings; f++) {
            for (int c = 0; c < columns; c++) {
                String l = values.get(lettersKey(f, c));
                out[f][c] = l == null ? "" : l;
            }
        }
        return Optional.of(out);
    }

    /** The ranges of a split-sensitivity result, one per finding; empty for other results. */
    public static Optional<List<SplitRange>> splitRanges(Result result, int findings) {
        Map<String, String> values = values(result);
        if (!values.containsKey(splitKey("p_balanced", 0))) {
            return Optional.empty();
        }
        List<SplitRange> out = new ArrayList<>();
        for (int k = 0; k < findings; k++) {
            String min = values.get(splitKey("min_share", k));
            String max = values.get(splitKey("max_share", k));
            String p = values.get(splitKey("p_balanced", k));
            out.add(new SplitRange(min == null ? null : Double.valueOf(min), max == null ? null : Double.valueOf(max),
                    p == null ? Double.NaN : Double.parseDouble(p)));
        }
        return Optional.of(out);
    }

    private static Map<String, String> values(Result result) {
        Map<String, String> out = new HashMap<>();
        if (result != null) {
            for (Parameter p : result.getValues()) {
                if (p.getName() != null) {
                    out.put(p.getName(), p.getValue() == null ? "" : p.getValue());
                }
            }
        }
        return out;
    }
}
