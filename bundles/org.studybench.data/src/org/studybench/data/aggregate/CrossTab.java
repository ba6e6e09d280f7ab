package org.studybench.data.aggregate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.studybench.core.InputException;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DigestCache;
import org.studybench.data.store.TableCache;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.LevelText;
import org.studybench.data.engine.RowSource;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Variable;
import org.studybench.stats.DesignMoments;

/**
 * A two-way table from a Parquet dataset in one SQL pass: per cell the unweighted count, the weighted
 * count and the sum of squared weights; with a design (weight, cluster or strata) also the sufficient
 * statistics of the design-based estimates. Missing values of either variable are left out of the
 * table but not of the design (a domain, as R's na.rm = TRUE); respondents without a weight are left out.
 *
 * <p>The design-based statistics need only the design-based covariance of the table's weighted cell
 * totals (summed over strata), the design's degrees of freedom and its PSU and stratum counts. With
 * clusters the data store reduces every PSU's cell totals to that covariance in SQL (per stratum the
 * cross-products of the PSUs' totals, then the sum over strata), so a banner of 2,000 PSUs returns a few
 * thousand numbers instead of a million per-PSU rows. Without clusters every respondent is its own PSU
 * and the pass returns Σw and Σw² per stratum and cell, from which the covariance is formed here.
 *
 * <p>A pass over rows of known, checked content (an imported dataset's file) is kept in the table cache
 * and read back when the same pass is asked of the same content again ({@code TableCache}).
 *
 * @param rows            row levels, sorted (numbers numerically)
 * @param columns         column levels, sorted
 * @param counts          unweighted counts [row][column]
 * @param weighted        weighted counts (equal to counts without a weight)
 * @param weightedSquares sums of squared weights per cell (equal to counts without a weight)
 * @param design          design moments of the rows × columns cells (column-major), null without a design
 * @param variance        the design-based variance of the cell totals behind {@code design}, null without a design
 */
public record CrossTab(List<String> rows, List<String> columns, double[][] counts, double[][] weighted, double[][] weightedSquares, DesignMoments design,
        long observations, Variance variance) {

    /**
     * The design-based covariance of the weighted cell totals (cell (i, j) at i + rows·j), summed over
     * strata: Σ_h n_h/(n_h − 1) Σ_k (T_hk − T̄_h)(T_hk − T̄_h)' over the n_h PSUs k of stratum h, those
     * with no weight in the table included (respondents outside a segment's domain or without an answer to
     * the table's questions, whose PSUs stay in the design as R's subset() and na.rm = TRUE keep them).
     *
     * @param psus                    PSUs in all strata
     * @param strata                  strata
     * @param degreesOfFreedom        PSUs with weight in the table minus the strata that have any (R's degf)
     * @param columnDegreesOfFreedom  the same for the domain of each column
     * @param singlePsuStratum        a stratum with one PSU only (its variance cannot be estimated), or null
     */
    public record Variance(double[][] covariance, int psus, int strata, int degreesOfFreedom, int[] columnDegreesOfFreedom, String singlePsuStratum) {
    }

    /** Design variables; any may be null. */
    public record Design(String weight, String cluster, String strata) {
        /** Whether any design variable is set (otherwise: simple random sampling). */
        public boolean any() {
            return weight != null || cluster != null || strata != null;
        }

        /** The design a dataset declares through its variables' roles. */
        public static Design of(Dataset dataset) {
            String w = null;
            String c = null;
            String h = null;
            for (Variable v : dataset.getVariables()) {
                switch (v.getRole()) {
                    case WEIGHT -> w = v.getName();
                    case CLUSTER -> c = v.getName();
                    case STRATA -> h = v.getName();
                    default -> {
                    }
                }
            }
            return new Design(w, c, h);
        }

        /** This design with the given variables where they are not null. */
        public Design override(String weight, String cluster, String strata) {
            return new Design(weight != null ? weight : this.weight, cluster != null ? cluster : this.cluster, strata != null ? strata : this.strata);
        }

        /**
         * The weight as a SQL expression: 1.0 without one. A negative, infinite or NaN weight is refused
         * with a message naming the variable ({@link Dialect#checkedWeight}: DuckDB stops the query, on
         * PostgreSQL the sums become NaN). SPSS drops such cases, R's survey silently computes with them;
         * both hide a broken weight, so StudyBench refuses it.
         */
        String weightSql(Dialect dialect) {
            return weight == null ? "1.0" : dialect.checkedWeight(weight);
        }

        /** A WHERE clause leaving out respondents without a weight (empty without a weight). */
        String hasWeightSql(Dialect dialect) {
            return weight == null ? "" : " WHERE " + dialect.identifier(weight) + " IS NOT NULL";
        }
    }

    /**
     * Moments for the shares of the levels of a one-way table (column 0): the design's, or, without
     * a design, simple random sampling (every respondent a PSU of weight 1).
     */
    public DesignMoments proportionMoments() {
        if (design != null) {
            return columnMoments(0);
        }
        int nr = rows.size();
        DesignMoments m = new DesignMoments(Math.max(nr, 2));
        for (int i = 0; i < nr; i++) {
            double count = counts[i][0];
            m.addSingletonPsus("", (long) count, i, count, count);
        }
        return m.addObservations(observations, observations);
    }

    /**
     * Design moments of the shares of the row levels within column {@code j} (a domain: respondents of
     * other columns stay in the design as PSUs without weight in it). Null without a design.
     */
    public DesignMoments columnMoments(int j) {
        if (design == null) {
            return null;
        }
        int nr = rows.size();
        int k = Math.max(nr, 2); // a single level is padded with an empty category
        double[] totals = new double[k];
        double[][] covariance = new double[k][k];
        for (int a = 0; a < nr; a++) {
            totals[a] = weighted[a][j];
            for (int b = 0; b < nr; b++) {
                covariance[a][b] = variance.covariance()[a + nr * j][b + nr * j];
            }
        }
        return DesignMoments.ofTotals(totals, covariance, variance.psus(), variance.strata(), variance.columnDegreesOfFreedom()[j],
                variance.singlePsuStratum(), columnBase(j), columnSumOfSquaredWeights(j));
    }

    /**
     * This table with its rows combined: row {@code g} of the result sums the rows whose levels are in
     * {@code groups.get(g)} (named {@code names.get(g)}); rows in no group are left out. Every total is linear
     * in the cell totals, so the combined cells' design-based covariance is A C A' for the 0/1 matrix A that
     * sums them, and the design's PSUs, strata and degrees of freedom stay as they are: a net (say, the top two
     * boxes against the rest) gets its letters and test from the same machinery as any table.
     */
    public CrossTab combined(List<java.util.Set<String>> groups, List<String> names) {
        int nr = rows.size();
        int nc = columns.size();
        int ng = groups.size();
        int[] groupOf = new int[nr];
        for (int i = 0; i < nr; i++) {
            groupOf[i] = -1;
            for (int g = 0; g < ng; g++) {
                if (groups.get(g).contains(rows.get(i))) {
                    groupOf[i] = g;
                    break;
                }
            }
        }
        double[][] c = new double[ng][nc];
        double[][] w = new double[ng][nc];
        double[][] w2 = new double[ng][nc];
        long n = 0;
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                if (groupOf[i] >= 0) {
                    c[groupOf[i]][j] += counts[i][j];
                    w[groupOf[i]][j] += weighted[i][j];
                    w2[groupOf[i]][j] += weightedSquares[i][j];
                    n += Math.round(counts[i][j]);
                }
            }
        }
        if (variance == null) {
            return new CrossTab(List.copyOf(names), columns, c, w, w2, null, n, null);
        }
        double[][] cov = new double[ng * nc][ng * nc];
        for (int a = 0; a < nr * nc; a++) {
            int ga = groupOf[a % nr];
            if (ga < 0) {
                continue;
            }
            for (int b = 0; b < nr * nc; b++) {
                int gb = groupOf[b % nr];
                if (gb >= 0) {
                    cov[ga + ng * (a / nr)][gb + ng * (b / nr)] += variance.covariance()[a][b];
                }
            }
        }
        Variance combined = new Variance(cov, variance.psus(), variance.strata(), variance.degreesOfFreedom(), variance.columnDegreesOfFreedom(),
                variance.singlePsuStratum());
        DesignMoments moments = cellMoments(w, w2, combined, n);
        return new CrossTab(List.copyOf(names), columns, c, w, w2, moments, n, combined);
    }

    /**
     * The design moments of a table's cells (cell (i, j) at i + rows·j) from their weighted totals, sums of
     * squared weights and the design-based covariance of the totals; a table of one cell is padded with an
     * empty category, as a one-way table of one level.
     */
    private static DesignMoments cellMoments(double[][] weighted, double[][] squares, Variance variance, long observations) {
        int nr = weighted.length;
        int nc = nr == 0 ? 0 : weighted[0].length;
        int k = nr * nc;
        int categories = Math.max(k, 2);
        double[] totals = new double[categories];
        double sumW2 = 0;
        for (int j = 0; j < nc; j++) {
            for (int i = 0; i < nr; i++) {
                totals[i + nr * j] = weighted[i][j];
                sumW2 += squares[i][j];
            }
        }
        double[][] covariance = variance.covariance();
        if (categories > k) {
            covariance = new double[categories][categories];
            covariance[0][0] = variance.covariance()[0][0];
        }
        return DesignMoments.ofTotals(totals, covariance, variance.psus(), variance.strata(), variance.degreesOfFreedom(), variance.singlePsuStratum(),
                observations, sumW2);
    }

    /** Unweighted number of respondents in column j. */
    public double columnBase(int j) {
        double n = 0;
        for (double[] row : counts) {
            n += row[j];
        }
        return n;
    }

    /** Weighted total of column j. */
    public double columnWeight(int j) {
        double w = 0;
        for (double[] row : weighted) {
            w += row[j];
        }
        return w;
    }

    private double columnSumOfSquaredWeights(int j) {
        double w2 = 0;
        for (double[] row : weightedSquares) {
            w2 += row[j];
        }
        return w2;
    }

    /** Kish's effective base of column j, (Σw)²/Σw²; the unweighted base without weights. */
    public double columnEffectiveBase(int j) {
        double w = columnWeight(j);
        return w > 0 ? w * w / columnSumOfSquaredWeights(j) : 0; // (an empty column: nobody, not 0/0)
    }

    /**
     * The one-way table of {@code variable}: a single column named "total" (for a proportion or a
     * frequency table; at least one level is needed).
     */
    public static CrossTab of(Path parquet, String variable, Design design, SqlFilter filter) throws InputException {
        return of(parquet, variable, null, design, filter);
    }

    /** The one-way table of {@code variable} from rows anywhere (a Parquet file or an external engine). */
    public static CrossTab of(RowSource source, String variable, Design design, SqlFilter filter) throws InputException {
        return of(source, variable, null, design, filter);
    }

    /** The table of {@code row} by {@code column}; a null column gives the one-way table. */
    public static CrossTab of(Path parquet, String row, String column, Design design, SqlFilter filter) throws InputException {
        return of(new RowSource.ParquetFile(parquet), row, column, design, filter);
    }

    /** The table of {@code row} by {@code column} from rows anywhere (a Parquet file or an external engine); a null column gives the one-way table. */
    public static CrossTab of(RowSource source, String row, String column, Design design, SqlFilter filter) throws InputException {
        return all(source, List.of(new Request(row, column)), design, filter).get(0);
    }

    /** The grouping set of tables: variables {@code first} and {@code second} (-1: none) and its GROUPING() mask over the pass's variables. */
    record GroupingSet(long mask, int first, int second) {
    }

    /**
     * One table to compute: {@code row} by {@code column}, or the one-way table of {@code row} when {@code column} is null.
     * A {@code partial} two-way table may have fewer than two rows or columns with data and is then returned as it is
     * (a banner's question asked of part of the sample leaves some breakdown columns empty); otherwise that is refused.
     */
    public record Request(String row, String column, boolean partial) {
        /** A table that needs at least two rows and two columns with data (one-way: one row). */
        public Request(String row, String column) {
            this(row, column, false);
        }
    }

    /**
     * A row variable made in the pass from the items (variables) of a multiple-response set: "1" for a
     * respondent who gave {@code value} to any of {@code counted}, "0" for one who answered some item but
     * not that, and missing for one who answered none of {@code items} (outside the set's base). With one
     * counted item it is that item's row of the set; with all of them, the set's "any of" net. A text value
     * is compared as tables show answers (the engine's text of the value, as {@link #rows()}); a number with
     * numeric answers as numbers (the 1 of answers stored as 1.0). The value is bound as a parameter of the
     * query, never written into its text.
     *
     * @param name    the name requests use for it (also in messages), e.g. "causes: cause_time"
     * @param items   the set's variables, whose answers make the base
     * @param counted the items whose {@code value} counts
     * @param value   the answer that counts as selected: a String ("yes", "1") or, for numeric items, a Double
     */
    public record Selected(String name, List<String> items, List<String> counted, Object value) {
        public Selected {
            items = List.copyOf(items);
            counted = List.copyOf(counted);
            if (items.isEmpty() || counted.isEmpty() || !items.containsAll(counted) || !(value instanceof String || value instanceof Double)) {
                throw new IllegalArgumentException(name + ": a selection needs items, counted items among them and a counted value (text or number)");
            }
        }

        /** The row of item {@code item} of set {@code set}. */
        public static Selected item(String set, List<String> items, String item, Object value) {
            return new Selected(set + ": " + item, items, List.of(item), value);
        }

        /** The row of "any of" the items of set {@code set}. */
        public static Selected anyOf(String set, List<String> items, Object value) {
            return new Selected(set + " (any of)", items, items, value);
        }

        /**
         * The SQL expression, with one placeholder for the value per counted item. (Not "? IN (...)": Trino 476
         * takes an IN list of several format() calls as always true.)
         */
        String sql(Dialect dialect) {
            String anyAnswer = String.join(" OR ", items.stream().map(i -> dialect.identifier(i) + " IS NOT NULL").toList());
            String selected = String.join(" OR ",
                    counted.stream().map(i -> (value instanceof Double ? dialect.identifier(i) : dialect.text(dialect.identifier(i))) + " = ?").toList());
            return "CASE WHEN " + selected + " THEN 1 WHEN " + anyAnswer + " THEN 0 END";
        }
    }

    /**
     * Every requested table in one pass over the data: one query whose GROUPING SETS give each
     * table's cell totals per stratum and PSU, reduced in the same query to what the tables need (see
     * the class comment), so that a banner of 40 questions by a breakdown reads the file once instead
     * of 80 times. The tables equal those of one query each (same groups; the
     * sums up to rounding, as a one-way table may be summed from a two-way set). Results are in the
     * order of {@code tables}; the first table that cannot be made (fewer
     * than two rows or columns with data) is the error.
     */
    public static List<CrossTab> all(Path parquet, List<Request> tables, Design design, SqlFilter filter) throws InputException {
        return all(new RowSource.ParquetFile(parquet), tables, design, filter);
    }

    /**
     * {@link #all(Path, List, Design, SqlFilter)} from rows anywhere: the same SQL in the source engine's
     * dialect. GROUPING() returns a bit mask (DuckDB: BIGINT, PostgreSQL: at most 31 arguments, Trino: 63), so a pass
     * takes at most {@link Dialect#groupingLimit()} variables and more are split into passes.
     */
    public static List<CrossTab> all(RowSource source, List<Request> tables, Design design, SqlFilter filter) throws InputException {
        return all(source, tables, design, filter, FoldedGroups.KEY_BITS);
    }

    /**
     * {@link #all(RowSource, List, Design, SqlFilter)} with the width of the hashed group keys of a clustered
     * design on DuckDB (see {@link FoldedGroups}): 64 normally, 0 to group by the values themselves, and a few
     * bits only to test that colliding keys are noticed (the tables are then computed again without them).
     */
    public static List<CrossTab> all(RowSource source, List<Request> tables, Design design, SqlFilter filter, int keyBits) throws InputException {
        return all(source, tables, List.of(), design, filter, keyBits);
    }

    /** {@link #all(RowSource, List, Design, SqlFilter)} where requests may also name {@code selections} (multiple-response items and nets). */
    public static List<CrossTab> all(RowSource source, List<Request> tables, List<Selected> selections, Design design, SqlFilter filter) throws InputException {
        return all(source, tables, selections, design, filter, FoldedGroups.KEY_BITS);
    }

    /** {@link #all(RowSource, List, List, Design, SqlFilter)} with the width of the hashed group keys ({@link #all(RowSource, List, Design, SqlFilter, int)}). */
    public static List<CrossTab> all(RowSource source, List<Request> tables, List<Selected> selections, Design design, SqlFilter filter, int keyBits)
            throws InputException {
        Map<String, Selected> derived = new HashMap<>();
        selections.forEach(sel -> derived.put(sel.name(), sel));
        List<CrossTab> out = new ArrayList<>();
        int from = 0;
        while (from < tables.size()) {
            // a pass takes requests while their variables fit in one GROUPING() mask
            Set<String> variables = new java.util.LinkedHashSet<>();
            int to = from;
            while (to < tables.size()) {
                Set<String> with = new java.util.LinkedHashSet<>(variables);
                with.add(tables.get(to).row());
                if (tables.get(to).column() != null) {
                    with.add(tables.get(to).column());
                }
                if (with.size() > source.dialect().groupingLimit() && to > from) {
                    break;
                }
                variables = with;
                to++;
            }
            out.addAll(pass(source, tables.subList(from, to), List.copyOf(variables), derived, design, filter, keyBits));
            from = to;
        }
        return out;
    }

    private static List<CrossTab> pass(RowSource source, List<Request> tables, List<String> variables, Map<String, Selected> derived, Design design,
            SqlFilter filter, int keyBits) throws InputException {
        Dialect dialect = source.dialect();
        String w = design.weightSql(dialect);
        // Variables, strata and PSUs are grouped by their own types and only the grouped levels are cast
        // to text: casting every value first made the casts cost more than the grouping.
        String h = design.strata() == null ? "''" : dialect.identifier(design.strata());
        boolean clustered = design.cluster() != null;
        String psu = clustered ? dialect.identifier(design.cluster()) : "NULL";
        // A segment filter defines a domain: respondents outside it stay in the design as PSUs without
        // weight in the table (as R's subset(design, ...)); only their table values are dropped.
        String inside = filter == null ? "TRUE" : "(" + filter.sql() + ")";
        StringBuilder raw = new StringBuilder();
        StringBuilder projected = new StringBuilder();
        StringBuilder keys = new StringBuilder();
        // the placeholders in the order of the query's text: the selections' values (one per counted item, in the first
        // select), then the filter's
        List<Object> parameters = new ArrayList<>();
        for (int v = 0; v < variables.size(); v++) {
            Selected selected = derived.get(variables.get(v));
            if (selected != null) {
                selected.counted().forEach(item -> parameters.add(selected.value()));
            }
            raw.append(selected != null ? selected.sql(dialect) : dialect.identifier(variables.get(v))).append(" AS v").append(v).append(", ");
            projected.append("CASE WHEN inside THEN v").append(v).append(" END AS v").append(v).append(", ");
            keys.append(v == 0 ? "" : ", ").append('v').append(v);
        }
        // one grouping set per distinct table; GROUPING(v0, ...) tells the sets apart (bit set = variable not grouped)
        Map<Long, GroupingSet> sets = new LinkedHashMap<>(); // a table and its transpose share a set: a repeated set would be returned twice
        Map<Request, GroupingSet> setOf = new HashMap<>();
        long all = (1L << variables.size()) - 1;
        for (Request t : tables) {
            if (t.column() != null) {
                int a = variables.indexOf(t.row());
                int b = variables.indexOf(t.column());
                long mask = all & ~(bit(variables, t.row()) | bit(variables, t.column()));
                setOf.put(t, sets.computeIfAbsent(mask, m -> new GroupingSet(m, Math.min(a, b), Math.max(a, b))));
            }
        }
        // A one-way table is the sum of a two-way set of its variable over the other variable's levels,
        // missing ones included (a banner's totals): half the grouping sets of a banner.
        for (Request t : tables) {
            if (t.column() == null) {
                int a = variables.indexOf(t.row());
                GroupingSet twoWay = sets.values().stream().filter(set -> set.first() == a || set.second() == a).findFirst().orElse(null);
                setOf.put(t, twoWay != null ? twoWay : sets.computeIfAbsent(all & ~bit(variables, t.row()), m -> new GroupingSet(m, a, -1)));
            }
        }
        // Each set's levels come back in two columns, so that the result has the same columns however many
        // variables the pass has (one column per variable made 40 tables fetch 20x the values).
        // Only the design's variables and the domain are keys: a constant key costs hashing in every set for nothing.
        String designKeys = (design.strata() != null ? "h, " : "") + (clustered ? "psu, " : "") + (filter != null ? "inside, " : "");
        String designColumns = (design.strata() != null ? "h" : "'' AS h") + ", " + (clustered ? "psu" : "NULL AS psu") + ", "
                + (filter != null ? "inside" : "TRUE AS inside");
        StringBuilder groupingSets = new StringBuilder();
        StringBuilder first = new StringBuilder("CASE g");
        StringBuilder second = new StringBuilder("CASE g");
        for (GroupingSet set : sets.values()) {
            groupingSets.append(groupingSets.length() == 0 ? "" : ", ").append('(').append(designKeys).append('v').append(set.first())
                    .append(set.second() < 0 ? "" : ", v" + set.second()).append(')');
            first.append(" WHEN ").append(set.mask()).append(" THEN ").append(dialect.levelText("v" + set.first()));
            second.append(" WHEN ").append(set.mask()).append(" THEN ").append(set.second() < 0 ? "NULL" : dialect.levelText("v" + set.second()));
        }
        // the kinds of table each set serves: two-way, one-way of its first variable, one-way of its second
        Map<Request, Integer> kindOf = new HashMap<>();
        List<Set<Long>> masksOfKind = List.of(new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>(), new java.util.LinkedHashSet<>());
        for (Request t : tables) {
            GroupingSet set = setOf.get(t);
            int kind = t.column() != null ? TWO_WAY : variables.indexOf(t.row()) == set.first() ? ONE_WAY_FIRST : ONE_WAY_SECOND;
            kindOf.put(t, kind);
            masksOfKind.get(kind).add(set.mask());
        }
        // the filter appears once (its parameters are bound once); the levels outside the domain are blanked in a second step
        FoldedGroups folded = clustered ? FoldedGroups.of(dialect, sets.values(), variables.size(), filter != null, keyBits) : null;
        String packed = folded != null || clustered || sets.size() < 2 || !dialect.materializesCommonTables() ? null
                : PackedSets.sql(dialect, sets.values(), levels(source, variables, derived), designKeys, designColumns);
        String grouped = folded != null ? folded.sql() : packed != null ? packed
                : "t AS (SELECT GROUPING(" + keys + ") AS g, " + designColumns + ", " + keys + ", count(*) AS n, sum(w) AS sw, sum(w * w) AS sw2 FROM d "
                        + "GROUP BY GROUPING SETS (" + groupingSets + ")), "
                        + "u AS (SELECT g, h, psu, inside, " + first + " END AS a, " + second + " END AS b, n, sw, sw2 FROM t)";
        String sql = "WITH s AS (SELECT " + raw + w + " AS w, " + h + " AS h, " + psu + " AS psu, coalesce(" + inside + ", FALSE) AS inside FROM "
                + source.fromSql() + design.hasWeightSql(dialect) + "), d AS (" + (filter != null ? "SELECT " + projected + "w, h, psu, inside FROM s" : "SELECT * FROM s") + "), "
                + grouped + (clustered ? clusteredMoments(dialect, masksOfKind, folded != null) : " SELECT g, " + dialect.text("h") + ", inside, a, b, n, sw, sw2 FROM u");
        Map<Long, List<Cell>> cells = new HashMap<>(); // inside the domain, by the set's two levels (null: missing)
        Map<Long, List<StratumCell>> strataCells = new HashMap<>(); // unclustered: by stratum too, and those outside the domain
        Map<List<Long>, List<Object[]>> covariances = new HashMap<>(); // clustered: (set, kind) -> {level, level, level, level, value}
        Map<List<Long>, double[]> infos = new HashMap<>(); // clustered: (set, kind) -> {PSUs, strata, df}
        Map<List<Long>, String> singles = new HashMap<>(); // clustered: (set, kind) -> a stratum with one PSU
        Map<List<Object>, Integer> domainDf = new HashMap<>(); // clustered: (set, side, level) -> df
        if (filter != null) {
            parameters.addAll(filter.parameters());
        }
        List<Object[]> result = rows(source, sql, parameters);
        if (dialect != Dialect.DUCKDB) {
            LevelText.read(result); // levels as DuckDB writes them
        }
        if (folded != null && result.stream().anyMatch(row -> whole(row[0]) == FoldedGroups.COLLIDED)) {
            return pass(source, tables, variables, derived, design, filter, 0); // two design cells shared a hashed key: group by the values
        }
        for (Object[] row : result) {
            if (!clustered) {
                double sw = number(row[6]);
                checkWeight(source, design, sw);
                StratumCell c = new StratumCell(text(row[1]), Boolean.TRUE.equals(row[2]), text(row[3]), text(row[4]), Math.round(number(row[5])), sw, number(row[7]));
                strataCells.computeIfAbsent(whole(row[0]), k -> new ArrayList<>()).add(c);
                continue;
            }
            long g = whole(row[1]);
            switch ((int) whole(row[0])) {
                case 0 -> {
                    checkWeight(source, design, number(row[8]));
                    cells.computeIfAbsent(g, k -> new ArrayList<>())
                            .add(new Cell(text(row[3]), text(row[4]), Math.round(number(row[7])), number(row[8]), number(row[9])));
                }
                case 1 -> covariances.computeIfAbsent(List.of(g, whole(row[2])), k -> new ArrayList<>())
                        .add(new Object[] { text(row[3]), text(row[4]), text(row[5]), text(row[6]), number(row[7]) });
                case 2 -> {
                    List<Long> key = List.of(g, whole(row[2]));
                    infos.put(key, new double[] { number(row[7]), number(row[8]), number(row[9]) });
                    if (row[3] != null) {
                        singles.put(key, text(row[3]));
                    }
                }
                default -> domainDf.put(List.of(g, text(row[3]), text(row[4])), (int) Math.round(number(row[7]))); // (a domain's level is never missing)
            }
        }
        if (!clustered) {
            strataCells.forEach((g, list) -> cells.put(g, insideCells(list)));
        }
        List<CrossTab> out = new ArrayList<>();
        for (Request t : tables) {
            GroupingSet set = setOf.get(t);
            int kind = kindOf.get(t);
            boolean rowFirst = variables.indexOf(t.row()) == set.first();
            Layout layout = Layout.of(source.name(), t, filter, cells.getOrDefault(set.mask(), List.of()), kind, rowFirst);
            Variance variance = null;
            if (design.any()) {
                List<Long> key = List.of(set.mask(), (long) kind);
                variance = clustered
                        ? layout.variance(covariances.getOrDefault(key, List.of()), infos.get(key), singles.get(key), domainDf, set.mask())
                        : layout.variance(strataCells.getOrDefault(set.mask(), List.of()));
            }
            out.add(layout.table(design, variance));
        }
        return out;
    }

    /** The estimated levels of each of {@code variables} from the data's first rows ({@link PackedSets}); kept in the table cache as any query. */
    private static long[] levels(RowSource source, List<String> variables, Map<String, Selected> derived) throws InputException {
        String sql = PackedSets.sampleSql(source.dialect(), source.fromSql(), variables, derived);
        return PackedSets.levels(variables, derived, sql == null ? null : rows(source, sql, List.of()).get(0));
    }

    /**
     * The query's rows, each value a Long, Double, Boolean, String or null: from the table cache when the
     * source's content is known and the same query ran on it before, else from the engine (and then kept).
     */
    private static List<Object[]> rows(RowSource source, String sql, List<Object> parameters) throws InputException {
        String key = source.contentHash() == null ? null : TableCache.key(source.contentHash(), sql, parameters);
        List<Object[]> rows = key == null ? null : TableCache.load(key);
        if (rows != null) {
            return rows;
        }
        String before = key == null ? null : stamp(source);
        rows = new ArrayList<>();
        try (Connection connection = source.connect(); PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                s.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = plain(rs.getObject(c + 1));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new InputException(source.name() + ": " + source.message(e), e);
        }
        if (key != null && before != null && before.equals(stamp(source))
                && source.contentHash().equalsIgnoreCase(String.valueOf(DigestCache.digest(((RowSource.ParquetFile) source).path(), before)))) {
            TableCache.store(key, rows);
        }
        return rows;
    }

    /**
     * The stamp of a Parquet source's file (DigestCache), else null. A result is kept only when the file
     * had the same stamp before and after the query and that stamp is the one whose digest was checked:
     * a file changed between its check and the query must not leave its results under the checked digest.
     */
    private static String stamp(RowSource source) {
        return source instanceof RowSource.ParquetFile file ? DigestCache.stamp(file.path()) : null;
    }

    /** An engine's value as one of the few kinds the cache keeps: whole numbers as Long, other numbers as Double. */
    private static Object plain(Object v) {
        return switch (v) {
            case null -> null;
            case Long l -> l;
            case Integer i -> (long) i;
            case Short i -> (long) i;
            case Byte i -> (long) i;
            case java.math.BigInteger i -> i.bitLength() < 64 ? (Object) i.longValue() : (Object) i.doubleValue();
            case Number n -> n.doubleValue();
            case Boolean b -> b;
            default -> v.toString();
        };
    }

    /** A whole number exactly: the sets' GROUPING() masks take all 63 bits, more than a double holds. */
    private static long whole(Object v) {
        return v instanceof Long l ? l : Math.round(((Number) v).doubleValue());
    }

    private static double number(Object v) {
        return v == null ? 0 : ((Number) v).doubleValue();
    }

    private static String text(Object v) {
        return v == null ? null : v.toString();
    }

    private static final int TWO_WAY = 0;
    private static final int ONE_WAY_FIRST = 1;
    private static final int ONE_WAY_SECOND = 2;

    /** A broken weight where the engine cannot stop the query (Dialect.checkedWeight) shows as a NaN sum. */
    private static void checkWeight(RowSource source, Design design, double sum) throws InputException {
        if (Double.isNaN(sum)) {
            throw new InputException(source.name() + ": " + Dialect.brokenWeight(design.weight()));
        }
    }

    /** A set's respondents inside the domain with levels a and b (null: missing): count, Σw, Σw². */
    private record Cell(String a, String b, long n, double sw, double sw2) {
    }

    /** Unclustered designs: the same by stratum, and rows outside the domain (not inside, levels null). */
    private record StratumCell(String stratum, boolean inside, String a, String b, long n, double sw, double sw2) {
    }

    private static List<Cell> insideCells(List<StratumCell> rows) {
        Map<List<String>, double[]> sums = new LinkedHashMap<>();
        for (StratumCell r : rows) {
            if (r.inside()) {
                double[] x = sums.computeIfAbsent(java.util.Arrays.asList(r.a(), r.b()), k -> new double[3]);
                x[0] += r.n();
                x[1] += r.sw();
                x[2] += r.sw2();
            }
        }
        List<Cell> out = new ArrayList<>();
        sums.forEach((k, x) -> out.add(new Cell(k.get(0), k.get(1), Math.round(x[0]), x[1], x[2])));
        return out;
    }

    /**
     * The rest of the query for clustered designs: each table's cell totals per PSU (two-way cells, or a
     * variable's levels summed over the other's, missing ones included) reduced in SQL to what the
     * design-based statistics need. Per stratum h: its PSUs n_h (those with a cell of the table or
     * respondents outside the domain), the sums T_h and the cross-products S_h of the PSUs' cell totals;
     * then C = Σ_h n_h/(n_h − 1) S_h − T_h T_h'/(n_h − 1), the degrees of freedom of the table and of each
     * column's domain (PSUs with weight there, minus their strata) and a stratum with one PSU only.
     * One result of four kinds of rows: 0 cell sums, 1 covariance entries, 2 PSUs/strata/df, 3 a domain's df; with
     * {@link FoldedGroups} a fifth, a row of kind {@link FoldedGroups#COLLIDED} when hashed keys collided.
     */
    private static String clusteredMoments(Dialect dialect, List<Set<Long>> masksOfKind, boolean folded) {
        StringBuilder c = new StringBuilder();
        String[] branch = {
                "SELECT g, 0 AS k, h, p, a AS r, b AS s, sw AS y FROM u2 WHERE inside AND a IS NOT NULL AND b IS NOT NULL AND g IN (%s)",
                "SELECT g, 1 AS k, h, p, a AS r, '' AS s, sum(sw) AS y FROM u2 WHERE inside AND a IS NOT NULL AND g IN (%s) GROUP BY g, h, p, a",
                "SELECT g, 2 AS k, h, p, b AS r, '' AS s, sum(sw) AS y FROM u2 WHERE inside AND b IS NOT NULL AND g IN (%s) GROUP BY g, h, p, b" };
        for (int kind = 0; kind < 3; kind++) {
            if (!masksOfKind.get(kind).isEmpty()) {
                c.append(c.length() == 0 ? "" : " UNION ALL ").append(String.format(java.util.Locale.ROOT, branch[kind],
                        String.join(", ", masksOfKind.get(kind).stream().map(String::valueOf).toList())));
            }
        }
        String number = dialect.number("NULL");
        String text = dialect.text("NULL");
        return ", u2 AS (SELECT g, h, dense_rank() OVER (ORDER BY h, psu) AS p, inside, a, b, sw FROM u), "
                + "c AS (" + c + "), "
                // every PSU of the design counts in its stratum, also those whose respondents are all outside the segment or
                // have missing values of the table's variables (a domain, as R's subset() and na.rm = TRUE)
                + "o AS (SELECT DISTINCT g, h, p FROM u2), "
                + "ks AS (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2), "
                + "incl AS (SELECT g, k, h, p FROM c UNION SELECT o.g, ks.k, o.h, o.p FROM o CROSS JOIN ks), "
                + "nh AS (SELECT g, k, h, count(*) AS n FROM incl GROUP BY g, k, h), "
                + "pt AS (SELECT g, k, h, p, sum(y) AS tot FROM c GROUP BY g, k, h, p), "
                + "wp AS (SELECT g, k, h, count(*) AS n FROM pt WHERE tot > 0 GROUP BY g, k, h), "
                + "th AS (SELECT g, k, h, r, s, sum(y) AS t FROM c GROUP BY g, k, h, r, s), "
                + "sh AS (SELECT x.g, x.k, x.h, x.r AS r1, x.s AS s1, y.r AS r2, y.s AS s2, sum(x.y * y.y) AS v FROM c x JOIN c y "
                + "ON x.g = y.g AND x.k = y.k AND x.h = y.h AND x.p = y.p GROUP BY x.g, x.k, x.h, x.r, x.s, y.r, y.s), "
                + "cv AS (SELECT g, k, r1, s1, r2, s2, sum(v) AS v FROM ("
                + "SELECT sh.g, sh.k, sh.r1, sh.s1, sh.r2, sh.s2, nh.n * sh.v / (nh.n - 1) AS v FROM sh JOIN nh ON sh.g = nh.g AND sh.k = nh.k AND sh.h = nh.h "
                + "WHERE nh.n > 1 UNION ALL "
                + "SELECT x.g, x.k, x.r, x.s, y.r, y.s, -x.t * y.t / (nh.n - 1) FROM th x JOIN th y ON x.g = y.g AND x.k = y.k AND x.h = y.h "
                + "JOIN nh ON x.g = nh.g AND x.k = nh.k AND x.h = nh.h WHERE nh.n > 1) z GROUP BY g, k, r1, s1, r2, s2), "
                + "dc AS (SELECT g, h, p, 'r' AS side, r AS level, sum(y) AS tot FROM c WHERE k = 0 GROUP BY g, h, p, r "
                + "UNION ALL SELECT g, h, p, 's' AS side, s AS level, sum(y) AS tot FROM c WHERE k = 0 GROUP BY g, h, p, s), "
                + "ddf AS (SELECT g, side, level, sum(n - 1) AS df FROM (SELECT g, side, level, h, count(*) AS n FROM dc WHERE tot > 0 "
                + "GROUP BY g, side, level, h) q GROUP BY g, side, level), "
                + "info AS (SELECT g, k, sum(n) AS psus, count(*) AS strata, min(CASE WHEN n = 1 THEN " + dialect.text("h") + " END) AS single "
                + "FROM nh GROUP BY g, k), "
                + "dfs AS (SELECT g, k, sum(n - 1) AS df FROM wp GROUP BY g, k), "
                + "cells AS (SELECT g, a, b, sum(n) AS n, sum(sw) AS sw, sum(sw2) AS sw2 FROM u WHERE inside GROUP BY g, a, b) "
                // the set (a GROUPING() bit mask, up to 2^60: no double holds it exactly) and the kind keep their integer types
                + "SELECT 0 AS kind, g, NULL AS k, a, b, " + text + ", " + text + ", " + dialect.number("n") + ", " + dialect.number("sw") + ", "
                + dialect.number("sw2") + " FROM cells "
                + "UNION ALL SELECT 1, g, k, r1, s1, r2, s2, " + dialect.number("v") + ", " + number + ", " + number + " FROM cv "
                + "UNION ALL SELECT 2, info.g, info.k, single, " + text + ", " + text + ", " + text + ", " + dialect.number("psus") + ", "
                + dialect.number("strata") + ", " + dialect.number("coalesce(dfs.df, 0)") + " FROM info LEFT JOIN dfs ON info.g = dfs.g AND info.k = dfs.k "
                + "UNION ALL SELECT 3, g, 0, side, level, " + text + ", " + text + ", " + dialect.number("df") + ", " + number + ", " + number + " FROM ddf"
                + (folded ? " UNION ALL SELECT " + FoldedGroups.COLLIDED + ", 0, 0, " + text + ", " + text + ", " + text + ", " + text + ", "
                        + dialect.number("count(*)") + ", " + number + ", " + number + " FROM u WHERE NOT pure HAVING count(*) > 0" : "");
    }

    private static long bit(List<String> variables, String variable) {
        return 1L << (variables.size() - 1 - variables.indexOf(variable));
    }

    /**
     * One table's levels and cells from its grouping set: the row variable is the set's first when
     * {@code rowFirst}; a one-way table adds the set's cells over the other variable's levels, missing
     * ones included.
     */
    private record Layout(String dataset, Request request, List<String> rowLevels, List<String> columnLevels, Map<String, Integer> rowIndex,
            Map<String, Integer> columnIndex, double[][] counts, double[][] weighted, double[][] squares, long observations, int kind, boolean rowFirst) {

        static Layout of(String dataset, Request t, SqlFilter filter, List<Cell> cells, int kind, boolean rowFirst) throws InputException {
            boolean oneWay = t.column() == null;
            Set<String> rowSet = new HashSet<>();
            Set<String> columnSet = new HashSet<>();
            for (Cell c : cells) {
                String r = rowFirst ? c.a() : c.b();
                String col = oneWay ? "total" : rowFirst ? c.b() : c.a();
                if (r != null && col != null) {
                    rowSet.add(r);
                    columnSet.add(col);
                }
            }
            List<String> rowList = sortedLevels(rowSet);
            List<String> columnList = oneWay ? List.of("total") : sortedLevels(columnSet); // (a partial one-way table may have no rows)
            int nr = rowList.size();
            int nc = columnList.size();
            if (oneWay && nr == 0 && !t.partial()) {
                throw new InputException(dataset + ": " + t.row() + " has no values" + (filter == null ? "" : " in the segment"));
            }
            if (!oneWay && (nr < 2 || nc < 2) && !t.partial()) {
                throw new InputException(dataset + ": the table of " + t.row() + " by " + t.column() + " has " + nr + " row(s) and " + nc
                        + " column(s) with data; at least 2 of each are needed");
            }
            Map<String, Integer> rowIndex = index(rowList);
            Map<String, Integer> columnIndex = index(columnList);
            double[][] counts = new double[nr][nc];
            double[][] weighted = new double[nr][nc];
            double[][] squares = new double[nr][nc];
            long n = 0;
            for (Cell c : cells) {
                String r = rowFirst ? c.a() : c.b();
                String col = oneWay ? "total" : rowFirst ? c.b() : c.a();
                if (r != null && col != null) {
                    int i = rowIndex.get(r);
                    int j = columnIndex.get(col);
                    counts[i][j] += c.n();
                    weighted[i][j] += c.sw();
                    squares[i][j] += c.sw2();
                    n += c.n();
                }
            }
            return new Layout(dataset, t, rowList, columnList, rowIndex, columnIndex, counts, weighted, squares, n, kind, rowFirst);
        }

        int cells() {
            return rowLevels.size() * columnLevels.size();
        }

        /** The cell of a row level and a column level (column "total" for a one-way table); −1 for a level not in the table. */
        int cell(String row, String column) {
            Integer i = row == null ? null : rowIndex.get(row);
            Integer j = column == null ? null : columnIndex.get(column);
            return i == null || j == null ? -1 : i + rowLevels.size() * j;
        }

        /** The cell of a set's two levels (for a one-way kind, {@code a} is the table's variable). */
        int cellOf(String a, String b) {
            if (kind != TWO_WAY) {
                return cell(a, "total");
            }
            return rowFirst ? cell(a, b) : cell(b, a);
        }

        /** Clustered designs: the variance the query reduced. */
        Variance variance(List<Object[]> entries, double[] info, String single, Map<List<Object>, Integer> domainDf, long mask) {
            int k = cells();
            double[][] covariance = new double[k][k];
            for (Object[] e : entries) {
                int x = cellOf((String) e[0], (String) e[1]);
                int y = cellOf((String) e[2], (String) e[3]);
                if (x >= 0 && y >= 0) {
                    covariance[x][y] += (Double) e[4];
                }
            }
            int psus = info == null ? 0 : (int) Math.round(info[0]);
            int strata = info == null ? 0 : (int) Math.round(info[1]);
            int df = info == null ? 0 : (int) Math.round(info[2]);
            int[] columnDf = new int[columnLevels.size()];
            for (int j = 0; j < columnDf.length; j++) {
                // a column's domain: the other variable's level of the set (its second when the row is its first)
                columnDf[j] = kind != TWO_WAY ? df : domainDf.getOrDefault(List.of(mask, rowFirst ? "s" : "r", columnLevels.get(j)), 0);
            }
            return new Variance(covariance, psus, strata, df, columnDf, single);
        }

        /**
         * Unclustered designs: every respondent is a PSU, so per stratum the cross-products of the PSUs'
         * cell totals are Σw² on the diagonal; respondents outside the domain count as PSUs of no weight.
         */
        Variance variance(List<StratumCell> rows) {
            int k = cells();
            int nc = columnLevels.size();
            Map<String, double[]> totals = new LinkedHashMap<>(); // stratum -> Σw per cell
            Map<String, double[]> squaresByStratum = new HashMap<>(); // stratum -> Σw² per cell
            Map<String, long[]> respondents = new HashMap<>(); // stratum -> {PSUs, with weight in the table, then per column}
            for (StratumCell r : rows) {
                long[] n = respondents.computeIfAbsent(r.stratum(), s -> new long[2 + nc]);
                totals.computeIfAbsent(r.stratum(), s -> new double[k]);
                squaresByStratum.computeIfAbsent(r.stratum(), s -> new double[k]);
                n[0] += r.n(); // every respondent is a PSU of the design, those outside the table's domain too
                if (!r.inside()) {
                    continue;
                }
                int cell = kind == TWO_WAY ? cellOf(r.a(), r.b()) : cellOf(kind == ONE_WAY_FIRST ? r.a() : r.b(), null);
                if (cell < 0) {
                    continue; // a missing value of the table's variables: outside the table's domain, as R's na.rm = TRUE
                }
                n[1] += r.n(); // (respondents of weight exactly 0 count here; R leaves them out)
                n[2 + cell / rowLevels.size()] += r.n();
                totals.get(r.stratum())[cell] += r.sw();
                squaresByStratum.get(r.stratum())[cell] += r.sw2();
            }
            double[][] covariance = new double[k][k];
            int psus = 0;
            int df = 0;
            int[] columnDf = new int[nc];
            String single = null;
            for (Map.Entry<String, double[]> e : totals.entrySet()) {
                long[] n = respondents.get(e.getKey());
                psus += Math.toIntExact(n[0]);
                df += n[1] > 0 ? Math.toIntExact(n[1] - 1) : 0;
                for (int j = 0; j < nc; j++) {
                    columnDf[j] += n[2 + j] > 0 ? Math.toIntExact(n[2 + j] - 1) : 0;
                }
                if (n[0] < 2) {
                    single = single == null || (e.getKey() != null && e.getKey().compareTo(single) < 0) ? e.getKey() : single;
                    continue;
                }
                double[] t = e.getValue();
                double[] sq = squaresByStratum.get(e.getKey());
                for (int x = 0; x < k; x++) {
                    covariance[x][x] += n[0] * sq[x] / (n[0] - 1.0);
                    for (int y = 0; y < k; y++) {
                        covariance[x][y] -= t[x] * t[y] / (n[0] - 1.0);
                    }
                }
            }
            return new Variance(covariance, psus, totals.size(), df, columnDf, single);
        }

        CrossTab table(Design design, Variance variance) {
            // (a partial table with no cells has no moments: nothing to estimate)
            DesignMoments moments = variance == null || cells() == 0 ? null : cellMoments(weighted, squares, variance, observations);
            return new CrossTab(rowLevels, columnLevels, counts, weighted, squares, moments, observations, variance);
        }
    }

    private static Map<String, Integer> index(List<String> levels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return index;
    }

    /** Numbers in numeric order, then text in text order; each level is parsed once. */
    /** Levels in the order tables show them: numbers by value first, then text. */
    public static List<String> sortedLevels(java.util.Collection<String> levels) {
        record Level(String text, Double number) {
        }
        List<Level> list = new ArrayList<>();
        for (String l : levels) {
            list.add(new Level(l, number(l)));
        }
        list.sort((a, b) -> {
            if (a.number() != null && b.number() != null) {
                int c = Double.compare(a.number(), b.number());
                return c != 0 ? c : a.text().compareTo(b.text());
            }
            if (a.number() != null || b.number() != null) {
                return a.number() != null ? -1 : 1;
            }
            return a.text().compareTo(b.text());
        });
        return list.stream().map(Level::text).toList();
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
