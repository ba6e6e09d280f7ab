package org.studybench.data.aggregate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.studybench.core.InputException;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.stats.DesignMoments;

/**
 * A two-way table from a Parquet dataset in one SQL pass: per cell the unweighted count, and with a
 * weight the weighted count; with a weight, cluster or strata also the per-PSU weighted cell totals
 * (the sufficient statistics of the design-based tests). Missing values of either variable are left out.
 *
 * @param rows        row levels, sorted (numbers numerically)
 * @param columns     column levels, sorted
 * @param counts      unweighted counts [row][column]
 * @param weighted    weighted counts (equal to counts without a weight)
 * @param design      per-PSU moments of the rows × columns cells (column-major), null without a design
 */
public record CrossTab(List<String> rows, List<String> columns, double[][] counts, double[][] weighted, DesignMoments design, long observations,
        List<Psu> psus) {

    /** Weighted cell totals of one PSU, cells column-major (row + rows·column). */
    public record Psu(String stratum, double weight, double[] cells) {
    }

    /**
     * Design moments of the shares of the row levels within column {@code j} (a domain): per PSU the
     * column's weight total and its cells. Null without a design.
     */
    public DesignMoments columnMoments(int j) {
        if (design == null) {
            return null;
        }
        int nr = rows.size();
        DesignMoments m = new DesignMoments(nr);
        for (Psu psu : psus) {
            double[] cells = new double[nr];
            double total = 0;
            for (int i = 0; i < nr; i++) {
                cells[i] = psu.cells()[i + nr * j];
                total += cells[i];
            }
            m.addPsu(psu.stratum(), total, cells);
        }
        double n = 0;
        for (int i = 0; i < nr; i++) {
            n += counts[i][j];
        }
        return m.addObservations(n, 0);
    }

    /** Design variables; any may be null. */
    public record Design(String weight, String cluster, String strata) {
        boolean any() {
            return weight != null || cluster != null || strata != null;
        }
    }

    public static CrossTab of(Path parquet, String row, String column, Design design, SqlFilter filter) throws InputException {
        String r = DuckDb.identifier(row);
        String c = DuckDb.identifier(column);
        String w = design.weight() == null ? "1.0" : "CAST(" + DuckDb.identifier(design.weight()) + " AS DOUBLE)";
        String h = design.strata() == null ? "''" : "CAST(" + DuckDb.identifier(design.strata()) + " AS VARCHAR)";
        // Without a cluster every respondent is its own PSU.
        String psu = design.cluster() == null ? "row_number() OVER ()" : "CAST(" + DuckDb.identifier(design.cluster()) + " AS VARCHAR)";
        String where = r + " IS NOT NULL AND " + c + " IS NOT NULL" + (design.weight() == null ? "" : " AND " + DuckDb.identifier(design.weight()) + " IS NOT NULL")
                + (filter == null ? "" : " AND (" + filter.sql() + ")");
        String sql = "WITH d AS (SELECT CAST(" + r + " AS VARCHAR) AS r, CAST(" + c + " AS VARCHAR) AS c, " + w + " AS w, " + h + " AS h, CAST(" + psu
                + " AS VARCHAR) AS psu FROM read_parquet(" + DuckDb.literal(parquet) + ") WHERE " + where + ") "
                + "SELECT h, psu, r, c, count(*) AS n, sum(w) AS sw, sum(w * w) AS sw2 FROM d GROUP BY h, psu, r, c";
        List<Object[]> groups = new ArrayList<>();
        try (Connection connection = DuckDb.inMemory(); PreparedStatement s = connection.prepareStatement(sql)) {
            if (filter != null) {
                for (int i = 0; i < filter.parameters().size(); i++) {
                    s.setObject(i + 1, filter.parameters().get(i));
                }
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    groups.add(new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getDouble(6),
                            rs.getDouble(7) });
                }
            }
        } catch (SQLException e) {
            throw new InputException(parquet + ": " + e.getMessage().lines().findFirst().orElse("query failed"), e);
        }
        TreeSet<String> rowLevels = new TreeSet<>(CrossTab::compareLevels);
        TreeSet<String> columnLevels = new TreeSet<>(CrossTab::compareLevels);
        for (Object[] g : groups) {
            rowLevels.add((String) g[2]);
            columnLevels.add((String) g[3]);
        }
        List<String> rowList = new ArrayList<>(rowLevels);
        List<String> columnList = new ArrayList<>(columnLevels);
        int nr = rowList.size();
        int nc = columnList.size();
        if (nr < 2 || nc < 2) {
            throw new InputException(parquet + ": the table of " + row + " by " + column + " has " + nr + " row(s) and " + nc
                    + " column(s) with data; at least 2 of each are needed");
        }
        double[][] counts = new double[nr][nc];
        double[][] weighted = new double[nr][nc];
        Map<String, double[]> psus = new LinkedHashMap<>();
        Map<String, String> psuStratum = new LinkedHashMap<>();
        long n = 0;
        double sumW2 = 0;
        for (Object[] g : groups) {
            int i = rowList.indexOf((String) g[2]);
            int j = columnList.indexOf((String) g[3]);
            counts[i][j] += (Long) g[4];
            weighted[i][j] += (Double) g[5];
            n += (Long) g[4];
            sumW2 += (Double) g[6];
            String key = g[0] + "\u0000" + g[1];
            double[] totals = psus.computeIfAbsent(key, k -> new double[1 + nr * nc]);
            totals[0] += (Double) g[5];
            totals[1 + i + nr * j] += (Double) g[5];
            psuStratum.put(key, (String) g[0]);
        }
        DesignMoments moments = null;
        List<Psu> psuList = new ArrayList<>();
        if (design.any()) {
            moments = new DesignMoments(nr * nc);
            for (Map.Entry<String, double[]> e : psus.entrySet()) {
                double[] cells = java.util.Arrays.copyOfRange(e.getValue(), 1, e.getValue().length);
                moments.addPsu(psuStratum.get(e.getKey()), e.getValue()[0], cells);
                psuList.add(new Psu(psuStratum.get(e.getKey()), e.getValue()[0], cells));
            }
            moments.addObservations(n, sumW2);
        }
        return new CrossTab(rowList, columnList, counts, weighted, moments, n, psuList);
    }

    /** Numbers in numeric order, then text in text order. */
    private static int compareLevels(String a, String b) {
        Double x = number(a);
        Double y = number(b);
        if (x != null && y != null) {
            return Double.compare(x, y) != 0 ? Double.compare(x, y) : a.compareTo(b);
        }
        if (x != null || y != null) {
            return x != null ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static Double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
