package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlEngine;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.PAdjust;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What every external engine must do with R's api data: the same results as DuckDB on the same data to
 * 1e-12 (relative), the Rao-Scott tests and domain estimates of R (R 4.2.2, survey 4.1-1: the values
 * {@link CrosstabCommandTest} and {@link ProportionCommandTest} assert), more variables than one
 * GROUPING() takes split into passes, and broken weights refused. A subclass starts a server with the
 * tables apiclus1 and apistrat (typed as {@link #apiParquet} types them) and negative, nan and infinite
 * (apistrat with a weight w that is negative, NaN or infinite for one school).
 */
abstract class EngineContract {

    static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    @TempDir
    static Path files;

    /** The engine's test server. */
    abstract EngineServer server();

    /** The engine, reading no environment variables. */
    abstract SqlEngine engine();

    /** The URL of a table of the engine's test server, with credentials. */
    final String url(String table) {
        return server().url(table);
    }

    /** The table as a row source. */
    final RowSource.SqlTable open(String table) throws InputException {
        return engine().open(url(table));
    }

    /** One line for a refused command, naming the engine (see {@link SameResults#refused}). */
    abstract String refused(String... args) throws InterruptedException;

    /**
     * Creates the table wide: i from 1 to 300, the weight w = 1 + i % 5 and {@code variables} text columns
     * c0, c1, ... with ck = (i / (k + 1)) % (2 + k % 3) as text.
     */
    abstract void createWide(int variables) throws SQLException;

    /** Runs statements on the engine's test server (e.g. CREATE TABLE ... AS SELECT). */
    abstract void execute(String... statements) throws SQLException;

    /** An api CSV as Parquet, typed as the engines' tables are: integers BIGINT, numbers DOUBLE, Yes/No text. */
    static Path apiParquet(String api) throws SQLException {
        Path parquet = files.resolve(api + ".parquet");
        if (!parquet.toFile().exists()) {
            try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
                s.execute("COPY (SELECT * FROM read_csv(" + DuckDb.literal(FIXTURES.resolve(api + ".csv"))
                        + ", auto_type_candidates = ['BIGINT', 'DOUBLE', 'VARCHAR'])) TO " + DuckDb.literal(parquet) + " (FORMAT parquet)");
            }
        }
        return parquet;
    }

    /** The same command on the CSV file (DuckDB) and on the engine's table: equal to 1e-12 (relative) in every number. */
    private JsonObject sameOnBoth(String command, String csv, String table, String... options) throws InterruptedException {
        return SameResults.onBoth(command, FIXTURES.resolve(csv), url(table), options);
    }

    /**
     * Levels of a number variable read as DuckDB writes them (a whole double "1.0", large and small ones, a
     * decimal as the double DuckDB reads it), and those of a timestamp with fractional seconds only when there
     * are some: PostgreSQL writes a whole double "1" and a decimal with its scale, Trino 1.2345678E7 and
     * 03:04:05.000 (Dialect.levelText, LevelText).
     */
    @Test
    void numberAndTimestampLevelsReadAsInDuckDb() throws Exception {
        String levels = "CASE snum % 5 WHEN 0 THEN 1 WHEN 1 THEN 12345678 WHEN 2 THEN 10000000000000000 WHEN 3 THEN 0.00012 ELSE 2.5 END";
        Path csv = files.resolve("levels.csv");
        String decimals = "CAST(CASE snum % 3 WHEN 0 THEN 0 WHEN 1 THEN 1.5 ELSE 2 END AS DECIMAL(12, 8))";
        writeLevels(levels, decimals, csv);
        execute("CREATE TABLE levels AS SELECT stype, pw, " + open("apistrat").dialect().number(levels) + " AS d, " + decimals + " AS m, "
                + "CAST(CASE snum % 3 WHEN 0 THEN TIMESTAMP '2024-01-02 03:04:05' WHEN 1 THEN TIMESTAMP '2024-01-02 03:04:05.5' "
                + "ELSE TIMESTAMP '2024-01-03 00:00:00' END AS TIMESTAMP(3)) AS t FROM apistrat");
        JsonObject j = SameResults.onBoth("crosstab", csv, url("levels"), "--row", "d", "--col", "stype", "--weight", "pw");
        assertEquals(List.of("0.00012", "1.0", "2.5", "12345678.0", "1e+16"), j.getAsJsonArray("rows").asList().stream().map(JsonElement::getAsString).toList());
        JsonObject m = SameResults.onBoth("crosstab", csv, url("levels"), "--row", "m", "--col", "stype");
        assertEquals(List.of("0.0", "1.5", "2.0"), m.getAsJsonArray("rows").asList().stream().map(JsonElement::getAsString).toList());
        CliRunner.Run stamps = CliRunner.run("crosstab", url("levels"), "--row", "t", "--col", "stype", "--json");
        assertEquals(0, stamps.exitCode(), stamps.err());
        assertEquals(List.of("2024-01-02 03:04:05", "2024-01-02 03:04:05.5", "2024-01-03 00:00:00"),
                com.google.gson.JsonParser.parseString(stamps.out()).getAsJsonObject().getAsJsonArray("rows").asList().stream().map(JsonElement::getAsString).toList());
    }

    /** apistrat's stype and pw with the number levels d and the decimal levels m, written by DuckDB as a CSV file. */
    private static void writeLevels(String levels, String decimals, Path csv) throws SQLException {
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT stype, pw, CAST(" + levels + " AS DOUBLE) AS d, " + decimals + " AS m FROM read_csv("
                    + DuckDb.literal(FIXTURES.resolve("apistrat.csv")) + ")) TO " + DuckDb.literal(csv) + " (HEADER)");
        }
    }

    @Test
    void clusteredCrosstabEqualsDuckDbAndR() throws Exception {
        JsonObject j = sameOnBoth("crosstab", "apiclus1.csv", "apiclus1", "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--cluster", "dnum");
        JsonObject rs = j.getAsJsonObject("tests").getAsJsonObject("rao_scott");
        assertEquals(5.0904626152897734, rs.get("f").getAsDouble(), 5.09 * 1e-9);
        assertEquals(0.023071616825819007, rs.get("p_value").getAsDouble(), 0.023 * 1e-8);
        assertEquals(List.of("E", "H", "M"), j.getAsJsonArray("columns").asList().stream().map(JsonElement::getAsString).toList());
    }

    @Test
    void stratifiedCrosstabEqualsDuckDbAndR() throws Exception {
        JsonObject j = sameOnBoth("crosstab", "apistrat.csv", "apistrat", "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype");
        assertStratifiedRaoScott(j);
        assertEquals(200, j.get("n").getAsInt());
    }

    /** R's Rao-Scott test of sch.wide by stype on apistrat (strata = ~stype, weights = ~pw). */
    static void assertStratifiedRaoScott(JsonObject crosstab) {
        JsonObject rs = crosstab.getAsJsonObject("tests").getAsJsonObject("rao_scott");
        assertEquals(16.546386489600511, rs.get("f").getAsDouble(), 16.5 * 1e-9);
        assertEquals(1.8413376275438333, rs.get("ndf").getAsDouble(), 1e-9);
        assertEquals(362.74351262613516, rs.get("ddf").getAsDouble(), 362 * 1e-9);
        assertEquals(3.4024309142735234e-07, rs.get("p_value").getAsDouble(), 3.4e-7 * 1e-8);
    }

    /** Integer levels become the same text as in DuckDB. */
    @Test
    void unweightedCrosstabWithNumericLevelsEqualsDuckDb() throws Exception {
        sameOnBoth("crosstab", "apiclus1.csv", "apiclus1", "--row", "comp.imp", "--col", "dnum");
    }

    @Test
    void proportionAndMeanEqualDuckDb() throws Exception {
        sameOnBoth("proportion", "apiclus1.csv", "apiclus1", "--var", "sch.wide", "--level", "Yes", "--weight", "pw", "--cluster", "dnum");
        sameOnBoth("proportion", "apistrat.csv", "apistrat", "--var", "comp.imp", "--level", "Yes", "--weight", "pw", "--strata", "stype");
        sameOnBoth("mean", "apiclus1.csv", "apiclus1", "--var", "api00", "--weight", "pw", "--cluster", "dnum");
        sameOnBoth("mean", "apistrat.csv", "apistrat", "--var", "api00", "--weight", "pw", "--strata", "stype");
    }

    /** A design-based banner (weights and strata: Rao-Scott F and design-based letters) prints the same as from the file. */
    @Test
    void bannerPrintsTheSameAsFromTheFile() throws Exception {
        SameResults.sameBanner(FIXTURES.resolve("apistrat.csv"), url("apistrat"), "--rows", "sch.wide,comp.imp", "--cols", "stype", "--weight", "pw",
                "--strata", "stype");
    }

    /**
     * Segment filters are the engine's parameterised SQL: a segment is a domain of the whole design, as R's
     * subset(d, ...). References as ProportionCommandTest: svyciprop(~I(sch.wide == "Yes"), subset(d, stype ==
     * "E"), method = "beta") on apiclus1 (id = ~dnum, weights = ~pw), and subset(d, comp.imp == "Yes") on
     * apistrat (strata = ~stype, weights = ~pw).
     */
    @Test
    void segmentFiltersAreDomainsAsInR() throws Exception {
        Object[][] cases = { { "apiclus1", new CrossTab.Design("pw", "dnum", null), "stype = \"E\"", 0.91666666666666663, 0.85906363971248967,
                0.95614850049222999 }, { "apistrat", new CrossTab.Design("pw", null, "stype"), "comp.imp = \"Yes\"", 0.97450930667332747,
                        0.92164231343863379, 0.99559599743591964 } };
        for (Object[] c : cases) {
            CrossTab t = CrossTab.of(open((String) c[0]), "sch.wide", (CrossTab.Design) c[1], SegmentFilters.toSql((String) c[2], null));
            DesignProportion.Result r = DesignProportion.estimate(t.proportionMoments(), t.rows().indexOf("Yes"), DesignProportion.Method.BETA, 0.95);
            assertEquals((Double) c[3], r.estimate(), 1e-12, (String) c[0]);
            assertEquals((Double) c[4], r.interval().lower(), 1e-9, (String) c[0]);
            assertEquals((Double) c[5], r.interval().upper(), 1e-9, (String) c[0]);
        }
    }

    /** A crosstab in a segment with text, number and list conditions: the engine equals DuckDB on the same rows in Parquet to 1e-12. */
    @Test
    void segmentCrosstabEqualsDuckDb() throws Exception {
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        SqlFilter filter = SegmentFilters.toSql("api00 >= 600 and stype in (\"E\", \"M\") and not ell between 30 and 40.5", null);
        ColumnPercentages duckdb = ColumnPercentages.of(CrossTab.of(apiParquet("apiclus1"), "sch.wide", "comp.imp", design, filter), 0.95,
                PAdjust.BONFERRONI, 0.05);
        ColumnPercentages engine = ColumnPercentages.of(CrossTab.of(open("apiclus1"), "sch.wide", "comp.imp", design, filter), 0.95, PAdjust.BONFERRONI,
                0.05);
        assertEquals(duckdb.table().rows(), engine.table().rows());
        assertEquals(duckdb.table().columns(), engine.table().columns());
        assertEquals(duckdb.table().observations(), engine.table().observations());
        assertTrue(duckdb.table().observations() > 20 && duckdb.table().observations() < 150, "the segment selects some schools");
        for (int i = 0; i < duckdb.share().length; i++) {
            for (int j = 0; j < duckdb.share()[i].length; j++) {
                assertEquals(duckdb.table().weighted()[i][j], engine.table().weighted()[i][j], 1e-12 * duckdb.table().weighted()[i][j]);
                assertEquals(duckdb.share()[i][j], engine.share()[i][j], 1e-12);
                assertEquals(duckdb.intervals()[i][j].lower(), engine.intervals()[i][j].lower(), 1e-12);
                assertEquals(duckdb.intervals()[i][j].upper(), engine.intervals()[i][j].upper(), 1e-12);
            }
        }
        assertEquals(duckdb.raoScott().f(), engine.raoScott().f(), 1e-12 * duckdb.raoScott().f());
        assertEquals(duckdb.raoScott().ddf(), engine.raoScott().ddf(), 1e-12 * duckdb.raoScott().ddf());
        assertEquals(duckdb.raoScott().fP(), engine.raoScott().fP(), 1e-12);
    }

    /**
     * A multiple-response set's rows (each item, and any of them) are made in the engine's query with the counted
     * answer bound before the segment's values: in a segment, clustered, every cell and the design-based
     * covariance equal DuckDB's on the same rows in Parquet to 1e-12. (This caught Trino taking an IN list of
     * several format() calls as always true: "any of" counted everyone.)
     */
    @Test
    void multipleResponseRowsInASegmentEqualDuckDb() throws Exception {
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        SqlFilter filter = SegmentFilters.toSql("api00 >= 600 and stype in (\"E\", \"M\")", null);
        List<String> items = List.of("sch.wide", "comp.imp");
        List<CrossTab.Selected> selections = List.of(CrossTab.Selected.item("set", items, "comp.imp", "Yes"), CrossTab.Selected.anyOf("set", items, "Yes"));
        List<CrossTab.Request> requests = List.of(new CrossTab.Request("set: comp.imp", "stype", true), new CrossTab.Request("set (any of)", "stype", true),
                new CrossTab.Request("set (any of)", null));
        List<CrossTab> duckdb = CrossTab.all(new RowSource.ParquetFile(apiParquet("apiclus1")), requests, selections, design, filter);
        List<CrossTab> engine = CrossTab.all(open("apiclus1"), requests, selections, design, filter);
        assertTrue(duckdb.get(2).weighted()[1][0] < duckdb.get(2).columnWeight(0), "some schools of the segment selected neither");
        for (int t = 0; t < requests.size(); t++) {
            assertEquals(List.of("0", "1"), engine.get(t).rows(), requests.get(t).toString());
            assertEquals(duckdb.get(t).columns(), engine.get(t).columns());
            assertEquals(duckdb.get(t).observations(), engine.get(t).observations());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(duckdb.get(t).weighted()[i], engine.get(t).weighted()[i], 1e-12 * duckdb.get(t).columnWeight(0));
            }
            double[][] a = duckdb.get(t).variance().covariance();
            double[][] b = engine.get(t).variance().covariance();
            for (int i = 0; i < a.length; i++) {
                for (int j = 0; j < a.length; j++) {
                    assertEquals(a[i][j], b[i][j], 1e-12 * Math.max(1, Math.abs(a[i][j])), requests.get(t) + " covariance " + i + ", " + j);
                }
            }
        }
    }

    /**
     * More variables in one request than the engine's GROUPING() takes are split into passes: each table
     * (every fifth, and those at the end, past the split) equals the one computed alone.
     */
    @Test
    void manyVariablesAreSplitIntoPasses() throws Exception {
        RowSource.SqlTable rows = open("wide");
        int variables = rows.dialect().groupingLimit() + 9;
        createWide(variables);
        CrossTab.Design design = new CrossTab.Design("w", null, null);
        List<CrossTab.Request> requests = new ArrayList<>();
        for (int k = 1; k < variables; k++) {
            requests.add(new CrossTab.Request("c0", "c" + k));
        }
        requests.add(new CrossTab.Request("c" + (variables - 1), null));
        List<CrossTab> together = CrossTab.all(rows, requests, design, null);
        for (int t = 0; t < requests.size(); t++) {
            if (t % 5 != 0 && t < requests.size() - 3) {
                continue;
            }
            CrossTab alone = CrossTab.of(rows, requests.get(t).row(), requests.get(t).column(), design, null);
            assertEquals(alone.rows(), together.get(t).rows(), requests.get(t).toString());
            assertEquals(alone.columns(), together.get(t).columns(), requests.get(t).toString());
            assertEquals(300, together.get(t).observations());
            for (int i = 0; i < alone.rows().size(); i++) {
                assertArrayEquals(alone.weighted()[i], together.get(t).weighted()[i], 1e-9, requests.get(t).toString());
                assertArrayEquals(alone.counts()[i], together.get(t).counts()[i], 0, requests.get(t).toString());
            }
        }
    }

    /** An unreachable server, a URL without a table, a text variable's mean: one line naming the engine, the dataset and what to fix. */
    @Test
    void badInputAnyEngineRefusesAlike() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        String unreachable = url("apistrat").replace("127.0.0.1:" + server().port() + "/", "127.0.0.1:" + closed + "/");
        String err = refused("crosstab", unreachable, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains(" 127.0.0.1:" + closed + "/"), err);
        assertTrue(err.contains(", table apistrat: cannot connect (connection refused); check the host and port"), err);

        err = refused("crosstab", url("apistrat").replace("?table=apistrat&", "?"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the URL names no table; add ?table=NAME"), err);

        err = refused("mean", url("apistrat"), "--var", "stype");
        assertTrue(err.contains("cannot be aggregated as a number"), err);
    }

    @Test
    void brokenWeightsAreRefusedAsOnDuckDb() throws Exception {
        for (String table : List.of("negative", "nan", "infinite")) {
            String err = refused("crosstab", url(table), "--row", "sch.wide", "--col", "stype", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive"), err);
            err = refused("mean", url(table), "--var", "api00", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive"), err);
        }
    }
}
