package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.engine.postgres.PostgresEngine;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.PAdjust;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The aggregation on a real PostgreSQL server (started in a temporary folder by {@link PostgresServer},
 * loaded with R's api data): every result equals DuckDB's on the same CSV file to 1e-12 (relative), and
 * the Rao-Scott tests equal R's (R 4.2.2, survey 4.1-1: svychisq(~sch.wide + stype, d), the values
 * {@link CrosstabCommandTest} asserts). Bad input gives one line naming the engine and what to fix.
 */
class PostgresEngineTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
        server.load(FIXTURES.resolve("apiclus1.csv"), "apiclus1");
        server.load(FIXTURES.resolve("apistrat.csv"), "apistrat");
        try (Connection c = server.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
            // one school with a negative weight, one with NaN: PostgreSQL has no error() to stop the query with
            s.execute("CREATE TABLE negative AS SELECT *, CASE WHEN snum = (SELECT min(snum) FROM apistrat) THEN -1 ELSE pw END AS w FROM apistrat");
            s.execute("CREATE TABLE nan AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN 'NaN'::float8 ELSE pw END AS w FROM apistrat");
            s.execute("CREATE TABLE infinite AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN 'Infinity'::float8 ELSE pw END AS w FROM apistrat");
            s.execute("CREATE SEQUENCE counter");
            s.execute("CREATE SCHEMA other");
            s.execute("CREATE TABLE other.\"Api Strat\" AS SELECT * FROM apistrat");
        }
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonObject json(String... args) throws InterruptedException {
        return SameResults.json(args);
    }

    /** The same command on the CSV file (DuckDB) and on the PostgreSQL table: equal to 1e-12 (relative) in every number. */
    private static JsonObject sameOnBoth(String command, String csv, String table, String... options) throws InterruptedException {
        return SameResults.onBoth(command, FIXTURES.resolve(csv), server.url(table), options);
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
        JsonObject rs = j.getAsJsonObject("tests").getAsJsonObject("rao_scott");
        assertEquals(16.546386489600511, rs.get("f").getAsDouble(), 16.5 * 1e-9);
        assertEquals(1.8413376275438333, rs.get("ndf").getAsDouble(), 1e-9);
        assertEquals(362.74351262613516, rs.get("ddf").getAsDouble(), 362 * 1e-9);
        assertEquals(3.4024309142735234e-07, rs.get("p_value").getAsDouble(), 3.4e-7 * 1e-8);
        assertEquals(200, j.get("n").getAsInt());
    }

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

    @Test
    void bannerPrintsTheSameAsFromTheFile() throws Exception {
        SameResults.sameBanner(FIXTURES.resolve("apistrat.csv"), server.url("apistrat"), "--rows", "sch.wide,comp.imp", "--cols", "stype", "--weight", "pw",
                "--strata", "stype");
    }

    @Test
    void tableInAnotherSchemaWithAQuotedName() throws Exception {
        JsonObject j = json("crosstab", server.url("other.Api%20Strat"), "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype",
                "--json");
        assertEquals(16.546386489600511, j.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("f").getAsDouble(), 16.5 * 1e-9);
    }

    /** A query instead of a table: its rows are aggregated like a table's; the session is read-only, so a query cannot change data. */
    @Test
    void queryInsteadOfATable() throws Exception {
        String query = "query=" + URLEncoder.encode("SELECT \"sch.wide\", stype, pw FROM apistrat WHERE pw > 0", StandardCharsets.UTF_8);
        String url = server.url("apistrat").replace("table=apistrat", query);
        JsonObject j = json("crosstab", url, "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype", "--json");
        assertEquals(16.546386489600511, j.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("f").getAsDouble(), 16.5 * 1e-9);

        String writes = server.url("apistrat").replace("table=apistrat", "query="
                + URLEncoder.encode("SELECT *, nextval('counter') AS k FROM apistrat", StandardCharsets.UTF_8));
        String err = refused("crosstab", writes, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains(", query: the query tried to change data (cannot execute nextval() in a read-only transaction)"), err);

        String invalid = server.url("apistrat").replace("table=apistrat", "query=" + URLEncoder.encode("SELEKT 1", StandardCharsets.UTF_8));
        err = refused("crosstab", invalid, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains(", query: the query is not valid SQL (syntax error at or near "), err);

        err = refused("crosstab", server.url("apistrat") + "&" + query, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the URL names both a table and a query"), err);
    }

    /** The password from a pgpass file, which the driver reads itself (~/.pgpass; here the file its system property names). */
    @Test
    void passwordFromPgpassFile() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:" + server.port() + ":" + PostgresServer.DATABASE + ":" + PostgresServer.USER + ":" + PostgresServer.PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        String before = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        try {
            JsonObject j = json("crosstab", server.url("apistrat", "user=" + PostgresServer.USER), "--row", "sch.wide", "--col", "stype", "--json");
            assertEquals(200, j.get("n").getAsInt());
        } finally {
            if (before == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", before);
            }
        }
    }

    /**
     * Segment filters are the same parameterised SQL on PostgreSQL: a segment is a domain of the whole
     * design, as R's subset(d, ...). References as ProportionCommandTest: R 4.2.2, survey 4.1-1,
     * svyciprop(~I(sch.wide == "Yes"), subset(d, stype == "E"), method = "beta") on apiclus1 (id = ~dnum,
     * weights = ~pw), and subset(d, comp.imp == "Yes") on apistrat (strata = ~stype, weights = ~pw).
     */
    @Test
    void segmentFiltersAreDomainsAsInR() throws Exception {
        Object[][] cases = { { "apiclus1", new CrossTab.Design("pw", "dnum", null), "stype = \"E\"", 0.91666666666666663, 0.85906363971248967,
                0.95614850049222999 }, { "apistrat", new CrossTab.Design("pw", null, "stype"), "comp.imp = \"Yes\"", 0.97450930667332747,
                        0.92164231343863379, 0.99559599743591964 } };
        for (Object[] c : cases) {
            RowSource.SqlTable rows = new PostgresEngine(Map.of()).open(server.url((String) c[0]));
            CrossTab t = CrossTab.of(rows, "sch.wide", (CrossTab.Design) c[1], SegmentFilters.toSql((String) c[2], null));
            DesignProportion.Result r = DesignProportion.estimate(t.proportionMoments(), t.rows().indexOf("Yes"), DesignProportion.Method.BETA, 0.95);
            assertEquals((Double) c[3], r.estimate(), 1e-12, (String) c[0]);
            assertEquals((Double) c[4], r.interval().lower(), 1e-9, (String) c[0]);
            assertEquals((Double) c[5], r.interval().upper(), 1e-9, (String) c[0]);
        }
    }

    /** A crosstab in a segment with text, number and list conditions: PostgreSQL equals DuckDB on the same rows in Parquet to 1e-12. */
    @Test
    void segmentCrosstabEqualsDuckDb() throws Exception {
        Path parquet = dir.resolve("apiclus1.parquet"); // typed as PostgresServer.load types the table (Yes/No stay text)
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + DuckDb.literal(FIXTURES.resolve("apiclus1.csv"))
                    + ", auto_type_candidates = ['BIGINT', 'DOUBLE', 'VARCHAR'])) TO " + DuckDb.literal(parquet)
                    + " (FORMAT parquet)");
        }
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        SqlFilter filter = SegmentFilters.toSql("api00 >= 600 and stype in (\"E\", \"M\") and not ell between 30 and 40.5", null);
        ColumnPercentages duckdb = ColumnPercentages.of(CrossTab.of(parquet, "sch.wide", "comp.imp", design, filter), 0.95, PAdjust.BONFERRONI, 0.05);
        ColumnPercentages postgres = ColumnPercentages.of(CrossTab.of(new PostgresEngine(Map.of()).open(server.url("apiclus1")), "sch.wide", "comp.imp",
                design, filter), 0.95, PAdjust.BONFERRONI, 0.05);
        assertEquals(duckdb.table().rows(), postgres.table().rows());
        assertEquals(duckdb.table().columns(), postgres.table().columns());
        assertEquals(duckdb.table().observations(), postgres.table().observations());
        assertTrue(duckdb.table().observations() > 20 && duckdb.table().observations() < 150, "the segment selects some schools");
        for (int i = 0; i < duckdb.share().length; i++) {
            for (int j = 0; j < duckdb.share()[i].length; j++) {
                assertEquals(duckdb.table().weighted()[i][j], postgres.table().weighted()[i][j], 1e-12 * duckdb.table().weighted()[i][j]);
                assertEquals(duckdb.share()[i][j], postgres.share()[i][j], 1e-12);
                assertEquals(duckdb.intervals()[i][j].lower(), postgres.intervals()[i][j].lower(), 1e-12);
                assertEquals(duckdb.intervals()[i][j].upper(), postgres.intervals()[i][j].upper(), 1e-12);
            }
        }
        assertEquals(duckdb.raoScott().f(), postgres.raoScott().f(), 1e-12 * duckdb.raoScott().f());
        assertEquals(duckdb.raoScott().ddf(), postgres.raoScott().ddf(), 1e-12 * duckdb.raoScott().ddf());
        assertEquals(duckdb.raoScott().fP(), postgres.raoScott().fP(), 1e-12);
    }

    /**
     * PostgreSQL's GROUPING() takes at most 31 arguments: 40 variables in one request are split into two
     * passes, and each table equals the one computed alone.
     */
    @Test
    void manyVariablesAreSplitIntoPassesOfAtMost31() throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < 40; k++) {
            columns.append(", ((i / ").append(k + 1).append(") % ").append(2 + k % 3).append(")::text AS \"c").append(k).append('"');
        }
        try (Connection c = server.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE wide AS SELECT i, 1 + i % 5 AS w" + columns + " FROM generate_series(1, 300) AS i");
        }
        RowSource.SqlTable rows = new PostgresEngine(Map.of()).open(server.url("wide"));
        CrossTab.Design design = new CrossTab.Design("w", null, null);
        List<CrossTab.Request> requests = new ArrayList<>();
        for (int k = 1; k < 40; k++) {
            requests.add(new CrossTab.Request("c0", "c" + k));
        }
        requests.add(new CrossTab.Request("c39", null));
        List<CrossTab> together = CrossTab.all(rows, requests, design, null);
        for (int t = 0; t < requests.size(); t++) {
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

    /** The user and password from PGUSER and PGPASSWORD when the URL has none. */
    @Test
    void credentialsFromTheEnvironment() throws Exception {
        Map<String, String> environment = Map.of("PGUSER", PostgresServer.USER, "PGPASSWORD", PostgresServer.PASSWORD);
        RowSource.SqlTable table = new PostgresEngine(environment).open(server.url("apistrat", ""));
        assertEquals(Dialect.POSTGRESQL, table.dialect());
        assertEquals("PostgreSQL 127.0.0.1:" + server.port() + "/survey, table apistrat", table.name());
        CrossTab t = CrossTab.of(table, "sch.wide", "stype", new CrossTab.Design("pw", null, "stype"), null);
        assertEquals(200, t.observations());
        InputException wrong = assertThrows(InputException.class, () -> CrossTab.of(new PostgresEngine(Map.of("PGUSER", PostgresServer.USER, "PGPASSWORD",
                "wrong-secret")).open(server.url("apistrat", "")), "sch.wide", "stype", new CrossTab.Design(null, null, null), null));
        assertTrue(wrong.getMessage().contains("authentication failed for user studybench"), wrong.getMessage());
    }

    /** One line on stderr, exit 1, the engine named, no Java class names, no password. */
    private static String refused(String... args) throws InterruptedException {
        return SameResults.refused("PostgreSQL", "org.postgresql", List.of(PostgresServer.PASSWORD, "wrong-secret"), args);
    }

    @Test
    void badInputIsOneLineNamingTheEngineAndWhatToFix() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        String refusedUrl = server.url("apistrat").replace(":" + server.port() + "/", ":" + closed + "/");
        String err = refused("crosstab", refusedUrl, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("cannot connect (connection refused); check the host and port"), err);
        assertTrue(err.contains("127.0.0.1:" + closed + "/survey"), err);

        err = refused("crosstab", server.url("apistrat", "user=" + PostgresServer.USER + "&password=wrong-secret"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("authentication failed for user studybench; check the user and password"), err);

        err = refused("crosstab", server.url("nosuch"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("table nosuch: no table nosuch"), err);

        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "nosuch", "--weight", "pw");
        assertTrue(err.contains("no column \"nosuch\" in table apistrat; check the variable names"), err);

        err = refused("mean", server.url("apistrat"), "--var", "stype");
        assertTrue(err.contains("cannot be aggregated as a number"), err);

        err = refused("crosstab", server.url("apistrat").replace("?table=apistrat&", "?"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the URL names no table; add ?table=NAME"), err);
    }

    @Test
    void brokenWeightsAreRefusedAsOnDuckDb() throws Exception {
        for (String table : List.of("negative", "nan", "infinite")) {
            String err = refused("crosstab", server.url(table), "--row", "sch.wide", "--col", "stype", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive"), err);
            err = refused("mean", server.url(table), "--var", "api00", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive"), err);
        }
    }
}
