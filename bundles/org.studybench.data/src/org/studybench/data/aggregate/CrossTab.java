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
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Variable;
import org.studybench.stats.DesignMoments;

/**
 * A two-way table from a Parquet dataset in one SQL pass: per cell the unweighted count, the weighted
 * count and the sum of squared weights; with a design (weight, cluster or strata) also the sufficient
 * statistics of the design-based estimates. Missing values of either variable (and of the weight) are
 * left out.
 *
 * <p>With clusters the pass returns the weighted cell totals of every PSU. Without clusters every
 * respondent is its own PSU, and the moments only need Σw and Σw² per stratum and cell, so the pass
 * returns one row per stratum and cell however many respondents there are.
 *
 * @param rows            row levels, sorted (numbers numerically)
 * @param columns         column levels, sorted
 * @param counts          unweighted counts [row][column]
 * @param weighted        weighted counts (equal to counts without a weight)
 * @param weightedSquares sums of squared weights per cell (equal to counts without a weight)
 * @param design          design moments of the rows × columns cells (column-major), null without a design
 */
public record CrossTab(List<String> rows, List<String> columns, double[][] counts, double[][] weighted, double[][] weightedSquares, DesignMoments design,
        long observations, List<Group> groups) {

    /**
     * Sufficient statistics of a PSU (clustered designs: {@code respondents} is null and {@code cells}
     * holds its weighted cell totals, column-major) or of the respondents of one stratum and cell
     * (unclustered designs: {@code cell} is that cell, {@code cells} is null; cell −1 holds respondents outside
 * a segment's domain, who count as PSUs without weight).
     */
    public record Group(String stratum, double[] cells, int cell, long respondents, double sumWeights, double sumSquaredWeights) {
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
        DesignMoments m = new DesignMoments(Math.max(nr, 2));
        for (Group g : groups) {
            if (g.cells() != null) {
                double[] cells = new double[m.categories()];
                double total = 0;
                for (int i = 0; i < nr; i++) {
                    cells[i] = g.cells()[i + nr * j];
                    total += cells[i];
                }
                m.addPsu(g.stratum(), total, cells);
            } else {
                boolean inColumn = g.cell() >= 0 && g.cell() / nr == j;
                m.addSingletonPsus(g.stratum(), g.respondents(), inColumn ? g.cell() % nr : -1, g.sumWeights(), g.sumSquaredWeights());
            }
        }
        return m.addObservations(columnBase(j), columnSumOfSquaredWeights(j));
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
        return w * w / columnSumOfSquaredWeights(j);
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

    /** One table to compute: {@code row} by {@code column}, or the one-way table of {@code row} when {@code column} is null. */
    public record Request(String row, String column) {
    }

    /**
     * Every requested table in one pass over the data: one query whose GROUPING SETS give each
     * table's per-stratum/per-PSU cell totals, so that a banner of 40 questions by a breakdown reads
     * the file once instead of 80 times. The tables equal those of one query each (same groups; the
     * sums up to rounding, as a one-way table may be summed from a two-way set). Results are in the
     * order of {@code tables}; the first table that cannot be made (fewer
     * than two rows or columns with data) is the error.
     */
    public static List<CrossTab> all(Path parquet, List<Request> tables, Design design, SqlFilter filter) throws InputException {
        return all(new RowSource.ParquetFile(parquet), tables, design, filter);
    }

    /**
     * {@link #all(Path, List, Design, SqlFilter)} from rows anywhere: the same SQL in the source engine's
     * dialect. GROUPING() returns a bit mask (DuckDB: BIGINT, PostgreSQL: at most 31 arguments), so a pass
     * takes at most {@link Dialect#groupingLimit()} variables and more are split into passes.
     */
    public static List<CrossTab> all(RowSource source, List<Request> tables, Design design, SqlFilter filter) throws InputException {
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
            out.addAll(pass(source, tables.subList(from, to), List.copyOf(variables), design, filter));
            from = to;
        }
        return out;
    }

    private static List<CrossTab> pass(RowSource source, List<Request> tables, List<String> variables, Design design, SqlFilter filter) throws InputException {
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
        for (int v = 0; v < variables.size(); v++) {
            raw.append(dialect.identifier(variables.get(v))).append(" AS v").append(v).append(", ");
            projected.append("CASE WHEN inside THEN v").append(v).append(" END AS v").append(v).append(", ");
            keys.append(v == 0 ? "" : ", ").append('v').append(v);
        }
        // one grouping set per distinct table; GROUPING(v0, ...) tells the sets apart (bit set = variable not grouped)
        record GroupingSet(long mask, int first, int second) {
        }
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
        // Each set's levels come back in two columns, so that the result has 9 columns however many
        // variables the pass has (one column per variable made 40 tables fetch 20x the values).
        StringBuilder groupingSets = new StringBuilder();
        StringBuilder first = new StringBuilder("CASE g");
        StringBuilder second = new StringBuilder("CASE g");
        for (GroupingSet set : sets.values()) {
            groupingSets.append(groupingSets.length() == 0 ? "" : ", ").append("(h, psu, inside, v").append(set.first())
                    .append(set.second() < 0 ? "" : ", v" + set.second()).append(')');
            first.append(" WHEN ").append(set.mask()).append(" THEN ").append(dialect.text("v" + set.first()));
            second.append(" WHEN ").append(set.mask()).append(" THEN ").append(set.second() < 0 ? "NULL" : dialect.text("v" + set.second()));
        }
        // the filter appears once (its parameters are bound once); the levels outside the domain are blanked in a second step
        String sql = "WITH s AS (SELECT " + raw + w + " AS w, " + h + " AS h, " + psu + " AS psu, coalesce(" + inside + ", FALSE) AS inside FROM "
                + source.fromSql() + design.hasWeightSql(dialect) + "), d AS (SELECT " + projected + "w, h, psu, inside FROM s), "
                + "t AS (SELECT GROUPING(" + keys + ") AS g, h, psu, inside, " + keys + ", count(*) AS n, sum(w) AS sw, sum(w * w) AS sw2 FROM d "
                + "GROUP BY GROUPING SETS (" + groupingSets + ")) "
                + "SELECT g, " + dialect.text("h") + ", " + dialect.text("psu") + ", inside, " + first + " END, " + second + " END, n, sw, sw2 FROM t";
        record Row(String stratum, String psu, boolean inside, String first, String second, long n, double sw, double sw2) {
        }
        Map<Long, List<Row>> bySet = new HashMap<>();
        try (Connection connection = source.connect(); PreparedStatement s = connection.prepareStatement(sql)) {
            if (filter != null) {
                filter.bind(s);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (Double.isNaN(rs.getDouble(8))) { // a broken weight where the engine cannot stop the query (Dialect.checkedWeight)
                        throw new InputException(source.name() + ": " + Dialect.brokenWeight(design.weight()));
                    }
                    bySet.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Row(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getDouble(8),
                                    rs.getDouble(9)));
                }
            }
        } catch (SQLException e) {
            throw new InputException(source.name() + ": " + source.message(e), e);
        }
        List<CrossTab> out = new ArrayList<>();
        for (Request t : tables) {
            GroupingSet set = setOf.get(t);
            boolean rowFirst = variables.indexOf(t.row()) == set.first();
            boolean columnFirst = t.column() != null && variables.indexOf(t.column()) == set.first();
            Map<List<Object>, Object[]> groups = new LinkedHashMap<>();
            for (Row g : bySet.getOrDefault(set.mask(), List.of())) {
                String rowLevel = rowFirst ? g.first() : g.second();
                String columnLevel = t.column() == null ? "total" : columnFirst ? g.first() : g.second();
                if (g.inside() && (rowLevel == null || columnLevel == null)) {
                    continue; // a missing value of either variable: not in this table
                }
                String r = g.inside() ? rowLevel : null;
                String c = g.inside() ? columnLevel : null;
                // (a one-way table from a two-way set adds the groups of its levels over the other variable)
                Object[] group = groups.computeIfAbsent(java.util.Arrays.asList(g.stratum(), g.psu(), r, c),
                        k -> new Object[] { g.stratum(), g.psu(), r, c, 0L, 0.0, 0.0 });
                group[4] = (Long) group[4] + g.n();
                group[5] = (Double) group[5] + g.sw();
                group[6] = (Double) group[6] + g.sw2();
            }
            out.add(build(source.name(), t.row(), t.column(), design, filter, clustered, new ArrayList<>(groups.values())));
        }
        return out;
    }

    private static long bit(List<String> variables, String variable) {
        return 1L << (variables.size() - 1 - variables.indexOf(variable));
    }

    /** A table from its groups: {stratum, PSU, row level, column level, respondents, Σw, Σw²}, levels null outside the domain. */
    private static CrossTab build(String dataset, String row, String column, Design design, SqlFilter filter, boolean clustered, List<Object[]> rowsOut)
            throws InputException {
        Set<String> rowLevels = new HashSet<>();
        Set<String> columnLevels = new HashSet<>();
        for (Object[] g : rowsOut) {
            if (g[2] != null) { // null: respondents outside the segment's domain
                rowLevels.add((String) g[2]);
                columnLevels.add((String) g[3]);
            }
        }
        List<String> rowList = sortedLevels(rowLevels);
        List<String> columnList = sortedLevels(columnLevels);
        int nr = rowList.size();
        int nc = columnList.size();
        if (column == null && nr == 0) {
            throw new InputException(dataset + ": " + row + " has no values" + (filter == null ? "" : " in the segment"));
        }
        if (column != null && (nr < 2 || nc < 2)) {
            throw new InputException(dataset + ": the table of " + row + " by " + column + " has " + nr + " row(s) and " + nc
                    + " column(s) with data; at least 2 of each are needed");
        }
        Map<String, Integer> rowIndex = index(rowList);
        Map<String, Integer> columnIndex = index(columnList);
        double[][] counts = new double[nr][nc];
        double[][] weighted = new double[nr][nc];
        double[][] squares = new double[nr][nc];
        Map<String, Group> psus = new LinkedHashMap<>();
        List<Group> groups = new ArrayList<>();
        long n = 0;
        for (Object[] g : rowsOut) {
            if (g[2] == null) { // outside the domain: PSUs without weight in the table
                if (clustered) {
                    psus.computeIfAbsent(g[0] + "\u0000" + g[1], k -> new Group((String) g[0], new double[nr * nc], -1, 0, 0, 0));
                } else {
                    groups.add(new Group((String) g[0], null, -1, (Long) g[4], 0, 0));
                }
                continue;
            }
            int i = rowIndex.get((String) g[2]);
            int j = columnIndex.get((String) g[3]);
            long count = (Long) g[4];
            double sw = (Double) g[5];
            double sw2 = (Double) g[6];
            counts[i][j] += count;
            weighted[i][j] += sw;
            squares[i][j] += sw2;
            n += count;
            if (clustered) {
                Group psu0 = psus.computeIfAbsent(g[0] + "\u0000" + g[1], k -> new Group((String) g[0], new double[nr * nc], -1, 0, 0, 0));
                psu0.cells()[i + nr * j] += sw;
            } else {
                groups.add(new Group((String) g[0], null, i + nr * j, count, sw, sw2));
            }
        }
        groups.addAll(psus.values());
        DesignMoments moments = null;
        if (design.any()) {
            moments = new DesignMoments(Math.max(nr * nc, 2));
            double sumW2 = 0;
            for (Group g : groups) {
                if (g.cells() != null) {
                    double total = 0;
                    for (double v : g.cells()) {
                        total += v;
                    }
                    moments.addPsu(g.stratum(), total, nr * nc >= 2 ? g.cells() : new double[] { g.cells()[0], 0 });
                } else {
                    moments.addSingletonPsus(g.stratum(), g.respondents(), g.cell(), g.sumWeights(), g.sumSquaredWeights());
                }
            }
            for (double[] rowSquares : squares) {
                for (double v : rowSquares) {
                    sumW2 += v;
                }
            }
            moments.addObservations(n, sumW2);
        }
        return new CrossTab(rowList, columnList, counts, weighted, squares, moments, n, groups);
    }

    private static Map<String, Integer> index(List<String> levels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return index;
    }

    /** Numbers in numeric order, then text in text order; each level is parsed once. */
    private static List<String> sortedLevels(Set<String> levels) {
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
