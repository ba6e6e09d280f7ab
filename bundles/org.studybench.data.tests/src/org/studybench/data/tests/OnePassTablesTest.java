package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.filter.ValueType;
import org.studybench.data.engine.RowSource;
import org.studybench.data.store.DigestCache;
import org.studybench.data.store.ParquetSink;
import org.studybench.stats.PAdjust;

/**
 * Many tables from one pass over the data ({@link CrossTab#all}): each table of the pass equals R's for
 * that table alone, whole sample and domain. References: R 4.2.2, survey 4.1-1, on the api fixtures
 * (bundles/org.studybench.stats.tests/fixtures/README.md):
 * <pre>
 * d &lt;- read.csv("apiclus1.csv"); des &lt;- svydesign(id = ~dnum, weights = ~pw, data = d)
 * svychisq(~sch.wide + stype, des); svychisq(~comp.imp + stype, des)                  # default Rao-Scott F
 * svychisq(~sch.wide + stype, subset(des, ell &lt; 30)); svychisq(~comp.imp + stype, subset(des, ell &lt; 30))
 * </pre>
 */
class OnePassTablesTest {

    @TempDir
    Path dir;

    @Test
    void everyTableOfOnePassIsRsTableAloneWholeSampleAndDomain() throws Exception {
        Path parquet = apiclus1();
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        List<CrossTab.Request> requests = List.of(new CrossTab.Request("sch.wide", null), new CrossTab.Request("sch.wide", "stype"),
                new CrossTab.Request("comp.imp", null), new CrossTab.Request("comp.imp", "stype"), new CrossTab.Request("stype", "sch.wide"));
        SqlFilter lowEll = SegmentFilters.toSql("ell < 30", Map.of("ell", ValueType.NUMBER));
        double[][] expected = { // {F, p} of sch.wide by stype, comp.imp by stype: whole sample, then ell < 30
                { 5.0904626152897734, 0.023071616825819007, 3.474827876441958, 0.064078594404375813 },
                { 5.465330343259029, 0.015426238987902151, 2.4992352716655324, 0.12296871059606876 } };
        SqlFilter[] filters = { null, lowEll };
        for (int f = 0; f < filters.length; f++) {
            List<CrossTab> tables = CrossTab.all(parquet, requests, design, filters[f]);
            assertEquals(5, tables.size());
            assertEquals(List.of("total"), tables.get(0).columns(), "a one-way table");
            assertEquals(List.of("No", "Yes"), tables.get(0).rows());
            double[] fp = new double[4];
            for (int t = 0; t < 2; t++) {
                ColumnPercentages cp = ColumnPercentages.of(tables.get(1 + 2 * t), 0.95, PAdjust.BONFERRONI, 0.05);
                fp[2 * t] = cp.raoScott().f();
                fp[2 * t + 1] = cp.pValue();
                assertEquals(List.of("E", "H", "M"), tables.get(1 + 2 * t).columns());
            }
            for (int k = 0; k < 4; k++) {
                assertEquals(expected[f][k], fp[k], Math.abs(expected[f][k]) * 1e-9, (f == 0 ? "whole sample" : "ell < 30") + ", value " + k);
            }
            // the transposed table is the same test
            assertEquals(fp[1], ColumnPercentages.of(tables.get(4), 0.95, PAdjust.BONFERRONI, 0.05).pValue(), 1e-12);
            // the one-way total of a pass has the whole (domain) weight of its row variable
            assertEquals(tables.get(1).columnWeight(0) + tables.get(1).columnWeight(1) + tables.get(1).columnWeight(2), tables.get(0).columnWeight(0),
                    1e-6);
        }
        // more variables than one pass takes (60) are split into passes with the same results
        List<CrossTab.Request> many = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            many.add(new CrossTab.Request(i % 2 == 0 ? "sch.wide" : "comp.imp", i % 3 == 0 ? "stype" : null));
        }
        List<CrossTab> split = CrossTab.all(parquet, many, design, null);
        assertEquals(70, split.size());
        assertEquals(expected[0][1], ColumnPercentages.of(split.get(0), 0.95, PAdjust.BONFERRONI, 0.05).pValue(), 1e-12);
        // the first table that cannot be made is the error, naming it
        InputException e = assertThrows(InputException.class, () -> CrossTab.all(parquet,
                List.of(new CrossTab.Request("sch.wide", "stype"), new CrossTab.Request("sch.wide", "sch.wide2")), design, null));
        assertTrue(e.getMessage().contains("sch.wide2"), e.getMessage());
    }

    /**
     * Tables over rows whose content is known (a dataset's Parquet file with its checked SHA-256) are kept
     * in the table cache and read back when the same tables are asked of the same content again: the
     * second time the file is not even there. Another content hash, another segment, a damaged entry:
     * the engine is asked (and here fails, the file being gone), never a wrong entry used.
     */
    @Test
    void tablesOverKnownContentAreReadBackFromTheCache() throws Exception {
        Path parquet = apiclus1();
        Path kept = Files.copy(parquet, dir.resolve("kept.parquet"));
        Path cache = dir.resolve("cache");
        String before = System.setProperty("studybench.tableCache", cache.toString());
        try {
            // as the data layer does when it checks a dataset's file: its digest, kept for the file as it is
            String sha = ParquetSink.sha256(parquet);
            DigestCache.keep(parquet, DigestCache.stamp(parquet), sha);
            CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
            List<CrossTab.Request> requests = List.of(new CrossTab.Request("sch.wide", "stype"), new CrossTab.Request("comp.imp", null));
            SqlFilter lowEll = SegmentFilters.toSql("ell < 30", Map.of("ell", ValueType.NUMBER));
            List<CrossTab> computed = CrossTab.all(new RowSource.ParquetFile(parquet, sha), requests, design, lowEll);
            try (var entries = Files.list(cache)) {
                assertEquals(1, entries.filter(f -> f.toString().endsWith(".rows")).count(), "one pass, one entry");
            }
            Files.delete(parquet);
            List<CrossTab> cached = CrossTab.all(new RowSource.ParquetFile(parquet, sha), requests, design, lowEll);
            assertSameTables(computed, cached, 0);
            // R's F of sch.wide by stype in the domain ell < 30 (see the class comment), from the cache
            assertEquals(5.465330343259029, ColumnPercentages.of(cached.get(0), 0.95, PAdjust.BONFERRONI, 0.05).raoScott().f(), 5.47e-9);

            assertThrows(InputException.class, () -> CrossTab.all(new RowSource.ParquetFile(parquet, "bb22"), requests, design, lowEll));
            SqlFilter otherDomain = SegmentFilters.toSql("ell < 40", Map.of("ell", ValueType.NUMBER));
            assertThrows(InputException.class, () -> CrossTab.all(new RowSource.ParquetFile(parquet, sha), requests, design, otherDomain));
            assertThrows(InputException.class, () -> CrossTab.all(new RowSource.ParquetFile(parquet), requests, design, lowEll),
                    "rows of unknown content are never read from the cache");

            // a file checked, then changed before the query: its results are not kept under the checked digest
            Files.copy(kept, parquet);
            List<CrossTab> unchecked = CrossTab.all(new RowSource.ParquetFile(parquet, "cc33"), requests, design, lowEll);
            assertSameTables(computed, unchecked, 1e-12);
            try (var entries = Files.list(cache)) {
                assertEquals(1, entries.filter(f -> f.toString().endsWith(".rows")).count(), "nothing kept for content whose digest was not checked");
            }
            DigestCache.keep(parquet, DigestCache.stamp(parquet), sha);
            try (var entries = Files.list(cache)) {
                Path entry = entries.filter(f -> f.toString().endsWith(".rows")).findFirst().orElseThrow();
                Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), 40)); // cut short
            }
            List<CrossTab> again = CrossTab.all(new RowSource.ParquetFile(parquet, sha), requests, design, lowEll);
            assertSameTables(computed, again, 1e-12);
            Files.delete(parquet);
            assertSameTables(again, CrossTab.all(new RowSource.ParquetFile(parquet, sha), requests, design, lowEll), 0); // stored anew
        } finally {
            if (before == null) {
                System.clearProperty("studybench.tableCache");
            } else {
                System.setProperty("studybench.tableCache", before);
            }
        }
    }

    /**
     * A clustered design's pass on DuckDB groups by one hashed key per design cell (stratum, PSU, domain and
     * the breakdown's level) instead of the values. Keys of one bit make nearly every two cells share a key:
     * that is noticed and the tables are computed again by the values, equal to those of the values
     * themselves, as are the tables of full 64-bit keys. Strata and clusters, a domain, and a breakdown with
     * missing values (api band, missing where ell is below 5) folded into the key.
     */
    @Test
    void hashedDesignKeysThatCollideAreNoticedAndTheTablesComputedByTheValues() throws Exception {
        Path banded = dir.resolve("banded.parquet");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
            s.execute("COPY (SELECT *, CASE WHEN ell < 5 THEN NULL WHEN api00 >= 700 THEN 'high' WHEN api00 >= 600 THEN 'middle' ELSE 'low' END AS band "
                    + "FROM read_parquet('" + apiclus1() + "')) TO '" + banded + "' (FORMAT parquet)");
        }
        RowSource rows = new RowSource.ParquetFile(banded);
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", "stype");
        List<CrossTab.Request> requests = List.of(new CrossTab.Request("sch.wide", "band"), new CrossTab.Request("comp.imp", "band"),
                new CrossTab.Request("comp.imp", null), new CrossTab.Request("sch.wide", "comp.imp"), new CrossTab.Request("stype", null));
        SqlFilter lowEll = SegmentFilters.toSql("ell < 30", Map.of("ell", ValueType.NUMBER));
        for (SqlFilter filter : new SqlFilter[] { null, lowEll }) {
            List<CrossTab> byValues = CrossTab.all(rows, requests, design, filter, 0);
            assertSameTables(byValues, CrossTab.all(rows, requests, design, filter, 64), 1e-12);
            assertSameTables(byValues, CrossTab.all(rows, requests, design, filter, 1), 1e-12);
            assertEquals(List.of("high", "low", "middle"), byValues.get(0).columns());
            assertTrue(byValues.get(0).observations() < 183, "band is missing for some schools");
        }
    }

    /**
     * An unclustered pass packs several tables' grouping sets into one when their variables have few levels
     * (PackedSets: grouped once by breakdown and three or four questions, then summed down to each table).
     * Every table of such a pass equals the table computed alone (one set, nothing packed) to 1e-12: no
     * design, a weight, weight and strata; whole sample and a domain; questions with missing values, a
     * question with a level per school (its own set), a one-way table, a table of two questions, a
     * selected item. The engine is seen to get the packed query.
     */
    @Test
    void packedGroupingSetsGiveEachTableAsAlone() throws Exception {
        Path items = dir.resolve("items.parquet");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement()) {
            s.execute("COPY (SELECT *, snum % 3 AS a, CASE WHEN ell < 5 THEN NULL ELSE snum % 5 END AS b, "
                    + "CASE WHEN api00 >= 700 THEN 'high' WHEN api00 >= 600 THEN 'middle' ELSE 'low' END AS c, "
                    + "CASE WHEN ell < 10 THEN NULL WHEN snum % 2 = 0 THEN 'yes' ELSE 'no' END AS d FROM read_parquet('"
                    + ApiFixtures.parquet("apistrat.csv", dir) + "')) TO '" + items + "' (FORMAT parquet)");
        }
        List<String> seen = new ArrayList<>();
        RowSource rows = new RowSource.SqlTable(org.studybench.data.engine.Dialect.DUCKDB, "items", "read_parquet('" + items + "')",
                new org.studybench.data.engine.SqlConnector() {
                    @Override
                    public java.sql.Connection connect() throws java.sql.SQLException {
                        java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                        return (java.sql.Connection) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                                new Class<?>[] { java.sql.Connection.class }, (proxy, method, args) -> {
                                    if (method.getName().equals("prepareStatement")) {
                                        seen.add((String) args[0]);
                                    }
                                    try {
                                        return method.invoke(c, args);
                                    } catch (java.lang.reflect.InvocationTargetException e) {
                                        throw e.getCause();
                                    }
                                });
                    }

                    @Override
                    public String message(java.sql.SQLException e) {
                        return e.getMessage();
                    }
                });
        List<CrossTab.Request> requests = new ArrayList<>();
        for (String question : List.of("sch.wide", "comp.imp", "a", "b", "c", "d", "snum", "picked")) {
            requests.add(new CrossTab.Request(question, "stype"));
        }
        requests.add(new CrossTab.Request("b", null));
        requests.add(new CrossTab.Request("a", "c"));
        List<CrossTab.Selected> picked = List.of(new CrossTab.Selected("picked", List.of("sch.wide", "comp.imp"), List.of("sch.wide", "comp.imp"), "Yes"));
        SqlFilter lowEll = SegmentFilters.toSql("ell < 30", Map.of("ell", ValueType.NUMBER));
        for (CrossTab.Design design : List.of(new CrossTab.Design(null, null, null), new CrossTab.Design("pw", null, null),
                new CrossTab.Design("pw", null, "stype"))) {
            for (SqlFilter filter : new SqlFilter[] { null, lowEll }) {
                seen.clear();
                List<CrossTab> together = CrossTab.all(rows, requests, picked, design, filter);
                String where = design + (filter == null ? "" : ", ell < 30");
                assertTrue(seen.stream().anyMatch(sql -> sql.contains("t AS MATERIALIZED")),
                        where + ": the sets were packed");
                for (int t = 0; t < requests.size(); t++) {
                    CrossTab alone = CrossTab.all(rows, List.of(requests.get(t)), picked, design, filter).get(0);
                    assertSameCells(alone, together.get(t), where + ", table " + requests.get(t));
                }
            }
        }
    }

    /** The same levels, counts, weights, squared weights and (where there is a design) variances to 1e-12 (relative). */
    private static void assertSameCells(CrossTab expected, CrossTab actual, String what) {
        assertEquals(expected.rows(), actual.rows(), what);
        assertEquals(expected.columns(), actual.columns(), what);
        assertEquals(expected.observations(), actual.observations(), what);
        assertEquals(expected.variance() == null, actual.variance() == null, what);
        List<double[][]> left = new ArrayList<>(List.of(expected.counts(), expected.weighted(), expected.weightedSquares()));
        List<double[][]> right = new ArrayList<>(List.of(actual.counts(), actual.weighted(), actual.weightedSquares()));
        if (expected.variance() != null) {
            assertEquals(expected.variance().degreesOfFreedom(), actual.variance().degreesOfFreedom(), what);
            left.add(expected.variance().covariance());
            right.add(actual.variance().covariance());
        }
        for (int k = 0; k < left.size(); k++) {
            for (int i = 0; i < left.get(k).length; i++) {
                for (int j = 0; j < left.get(k)[i].length; j++) {
                    assertEquals(left.get(k)[i][j], right.get(k)[i][j], Math.abs(left.get(k)[i][j]) * 1e-12 + 1e-12,
                            what + ", array " + k + ", cell " + i + "," + j);
                }
            }
        }
    }

    /**
     * The same tables to {@code tolerance} (relative): a result read back from the cache is exact (0); one
     * computed again may differ in the last digits, as the engine adds in parallel in no fixed order.
     */
    private static void assertSameTables(List<CrossTab> expected, List<CrossTab> actual, double tolerance) {
        assertEquals(expected.size(), actual.size());
        for (int t = 0; t < expected.size(); t++) {
            CrossTab a = expected.get(t);
            CrossTab b = actual.get(t);
            assertEquals(a.rows(), b.rows());
            assertEquals(a.columns(), b.columns());
            assertEquals(a.observations(), b.observations());
            assertEquals(a.variance().degreesOfFreedom(), b.variance().degreesOfFreedom());
            double[][][] left = { a.counts(), a.weighted(), a.weightedSquares(), a.variance().covariance() };
            double[][][] right = { b.counts(), b.weighted(), b.weightedSquares(), b.variance().covariance() };
            for (int k = 0; k < left.length; k++) {
                for (int i = 0; i < left[k].length; i++) {
                    for (int j = 0; j < left[k][i].length; j++) {
                        assertEquals(left[k][i][j], right[k][i][j], Math.abs(left[k][i][j]) * tolerance, "table " + t + ", array " + k + ", cell " + i + "," + j);
                    }
                }
            }
        }
    }

    /** apiclus1.csv (a plain R write.csv file: quoted text, no quotes inside) as Parquet. */
    private Path apiclus1() throws Exception {
        return ApiFixtures.parquet("apiclus1.csv", dir);
    }
}
