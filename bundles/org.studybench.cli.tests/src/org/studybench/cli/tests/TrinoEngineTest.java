package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
import org.studybench.engine.trino.TrinoEngine;
import org.studybench.stats.PAdjust;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The aggregation on a real single-node Trino server ({@link TrinoServer}) whose Hive connector reads
 * Parquet files: R's api data (written to Parquet by DuckDB) and the example studies' own datasets, each a
 * table over its file. Every result equals DuckDB's on the same data to 1e-12 (relative), and the Rao-Scott
 * tests equal R's (R 4.2.2, survey 4.1-1, the values {@link PostgresEngineTest} asserts). Bad input gives
 * one line naming the engine and what to fix.
 */
class TrinoEngineTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");
    private static final Path RESPONDENTS = CliRunner.REPO.resolve("examples/studies/ipsos-2013/data/respondents.parquet");
    private static final Path PAGES = CliRunner.REPO.resolve("examples/studies/blogmeter-2013/data/pages.parquet");

    private static TrinoServer server;

    @TempDir
    static Path files;

    @BeforeAll
    static void startServer() throws Exception {
        server = TrinoServer.start();
        for (String api : List.of("apiclus1", "apistrat")) {
            server.addParquet(parquet(api), api);
        }
        server.addParquet(RESPONDENTS, "respondents");
        server.addParquet(PAGES, "pages");
        // one school with a negative weight, one with NaN, one with an infinite weight: fail() stops each query
        server.execute("CREATE TABLE negative AS SELECT *, CASE WHEN snum = (SELECT min(snum) FROM apistrat) THEN -1e0 ELSE pw END AS w FROM apistrat",
                "CREATE TABLE nan AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN nan() ELSE pw END AS w FROM apistrat",
                "CREATE TABLE infinite AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN infinity() ELSE pw END AS w FROM apistrat");
    }

    /** An api CSV as Parquet, typed as PostgresServer types its tables (integers BIGINT, numbers DOUBLE, Yes/No text). */
    private static Path parquet(String api) throws Exception {
        Path parquet = files.resolve(api + ".parquet");
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + DuckDb.literal(FIXTURES.resolve(api + ".csv"))
                    + ", auto_type_candidates = ['BIGINT', 'DOUBLE', 'VARCHAR'])) TO " + DuckDb.literal(parquet) + " (FORMAT parquet)");
        }
        return parquet;
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static JsonObject sameOnBoth(String command, String csv, String table, String... options) throws InterruptedException {
        return SameResults.onBoth(command, FIXTURES.resolve(csv), server.url(table), options);
    }

    /** One line on stderr, exit 1, the engine named, no Java class names, no password. */
    private static String refused(String... args) throws InterruptedException {
        return SameResults.refused("Trino", "io.trino", List.of(TrinoServer.PASSWORD, "wrong-secret"), args);
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

    /** Integer levels become the same text as in DuckDB (Trino's own CAST would write doubles as 2.5E0). */
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
        SameResults.sameBanner(FIXTURES.resolve("apistrat.csv"), server.url("apistrat"), "--rows", "sch.wide,comp.imp", "--cols", "stype",
                "--weight", "pw", "--strata", "stype");
    }

    /** The example studies' own datasets, their Parquet files as Hive tables: the same results as DuckDB reading the files. */
    @Test
    void exampleDatasetsEqualDuckDb() throws Exception {
        JsonObject j = SameResults.onBoth("crosstab", RESPONDENTS, server.url("respondents"), "--row", "security", "--col", "size", "--weight", "weight",
                "--cluster", "country");
        assertEquals(10000, j.get("n").getAsInt());
        SameResults.onBoth("proportion", RESPONDENTS, server.url("respondents"), "--var", "productivity", "--level", "yes", "--weight", "weight");
        SameResults.sameBanner(RESPONDENTS, server.url("respondents"), "--rows", "colleagues,security,productivity,it_barrier,image_regulation,"
                + "data_loss_regulation", "--cols", "size", "--weight", "weight", "--cluster", "country");
        // numbers with missing values, and integer levels
        SameResults.onBoth("mean", PAGES, server.url("pages"), "--var", "reply_share");
        SameResults.onBoth("mean", PAGES, server.url("pages"), "--var", "median_reply_hours", "--strata", "sector");
        SameResults.onBoth("crosstab", PAGES, server.url("pages"), "--row", "replied_500", "--col", "sector");
        SameResults.onBoth("crosstab", PAGES, server.url("pages"), "--row", "months_active", "--col", "replied_500");
    }

    /** A query instead of a table: its rows are aggregated like a table's. */
    @Test
    void queryInsteadOfATable() throws Exception {
        String query = "query=" + URLEncoder.encode("SELECT \"sch.wide\", stype, pw FROM apistrat WHERE pw > 0", StandardCharsets.UTF_8);
        String url = server.url("apistrat").replace("table=apistrat", query);
        JsonObject j = SameResults.json("crosstab", url, "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype", "--json");
        assertEquals(16.546386489600511, j.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("f").getAsDouble(), 16.5 * 1e-9);

        String invalid = server.url("apistrat").replace("table=apistrat", "query=" + URLEncoder.encode("SELEKT 1", StandardCharsets.UTF_8));
        String err = refused("crosstab", invalid, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains(", query: the query is not valid SQL (mismatched input "), err);

        err = refused("crosstab", server.url("apistrat") + "&" + query, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the URL names both a table and a query"), err);
    }

    /** The table named with its catalog and schema, in a URL without them. */
    @Test
    void tableWithCatalogAndSchema() throws Exception {
        String url = server.url("hive.survey.apistrat").replace("/hive/survey?", "?");
        JsonObject j = SameResults.json("crosstab", url, "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype", "--json");
        assertEquals(16.546386489600511, j.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("f").getAsDouble(), 16.5 * 1e-9);
    }

    /** A crosstab in a segment with text, number and list conditions: the filter's parameters bound on Trino equal DuckDB on the same Parquet file. */
    @Test
    void segmentCrosstabEqualsDuckDb() throws Exception {
        CrossTab.Design design = new CrossTab.Design("pw", "dnum", null);
        SqlFilter filter = SegmentFilters.toSql("api00 >= 600 and stype in (\"E\", \"M\") and not ell between 30 and 40.5", null);
        ColumnPercentages duckdb = ColumnPercentages.of(CrossTab.of(files.resolve("apiclus1.parquet"), "sch.wide", "comp.imp", design, filter), 0.95,
                PAdjust.BONFERRONI, 0.05);
        ColumnPercentages trino = ColumnPercentages.of(CrossTab.of(new TrinoEngine(Map.of()).open(server.url("apiclus1")), "sch.wide", "comp.imp", design,
                filter), 0.95, PAdjust.BONFERRONI, 0.05);
        assertEquals(duckdb.table().rows(), trino.table().rows());
        assertEquals(duckdb.table().columns(), trino.table().columns());
        assertEquals(duckdb.table().observations(), trino.table().observations());
        assertTrue(duckdb.table().observations() > 20 && duckdb.table().observations() < 150, "the segment selects some schools");
        for (int i = 0; i < duckdb.share().length; i++) {
            assertArrayEquals(duckdb.table().weighted()[i], trino.table().weighted()[i], 1e-12 * 1000);
            assertArrayEquals(duckdb.share()[i], trino.share()[i], 1e-12);
        }
        assertEquals(duckdb.raoScott().f(), trino.raoScott().f(), 1e-12 * duckdb.raoScott().f());
        assertEquals(duckdb.raoScott().fP(), trino.raoScott().fP(), 1e-12);
    }

    /** Trino's GROUPING() takes at most 63 arguments: 70 variables in one request are split into two passes, each table equal to the one computed alone. */
    @Test
    void manyVariablesAreSplitIntoPassesOfAtMost63() throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < 70; k++) {
            columns.append(", CAST((i / ").append(k + 1).append(") % ").append(2 + k % 3).append(" AS VARCHAR) AS \"c").append(k).append('"');
        }
        server.execute("CREATE TABLE wide AS SELECT i, 1 + i % 5 AS w" + columns + " FROM UNNEST(sequence(1, 300)) AS t(i)");
        RowSource.SqlTable rows = new TrinoEngine(Map.of()).open(server.url("wide"));
        CrossTab.Design design = new CrossTab.Design("w", null, null);
        List<CrossTab.Request> requests = new ArrayList<>();
        for (int k = 1; k < 70; k++) {
            requests.add(new CrossTab.Request("c0", "c" + k));
        }
        requests.add(new CrossTab.Request("c69", null));
        List<CrossTab> together = CrossTab.all(rows, requests, design, null);
        for (int t = 0; t < requests.size(); t += 17) { // every 17th: each alone is a query of its own
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

    /**
     * The user and password from TRINO_USER and TRINO_PASSWORD when the URL has none: the server sees the
     * user (current_user in a query's rows, beside another level); a wrong password is refused.
     */
    @Test
    void credentialsFromTheEnvironment() throws Exception {
        String url = server.url("x", "").replace("table=x", "query=" + URLEncoder.encode("SELECT current_user AS who, stype FROM apistrat UNION ALL SELECT 'someone else', stype FROM apistrat",
                StandardCharsets.UTF_8));
        RowSource.SqlTable table = new TrinoEngine(Map.of("TRINO_USER", TrinoServer.USER, "TRINO_PASSWORD", TrinoServer.PASSWORD)).open(url);
        assertEquals(Dialect.TRINO, table.dialect());
        assertEquals("Trino 127.0.0.1:" + server.port() + "/hive/survey, query", table.name());
        CrossTab t = CrossTab.of(table, "who", "stype", new CrossTab.Design(null, null, null), null);
        assertEquals(List.of("someone else", TrinoServer.USER), t.rows());
        assertEquals(400, t.observations());
        InputException wrong = assertThrows(InputException.class, () -> CrossTab.of(new TrinoEngine(Map.of("TRINO_USER", TrinoServer.USER,
                "TRINO_PASSWORD", "wrong-secret")).open(url), "who", "stype", new CrossTab.Design(null, null, null), null));
        assertTrue(wrong.getMessage().contains("authentication failed for user studybench; check the user and password"), wrong.getMessage());
    }

    @Test
    void badInputIsOneLineNamingTheEngineAndWhatToFix() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        String unreachable = server.url("apistrat").replace(":" + server.port() + "/", ":" + closed + "/");
        String err = refused("crosstab", unreachable, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("Trino 127.0.0.1:" + closed + "/hive/survey, table apistrat: "), err);
        assertTrue(err.contains("cannot connect (connection refused); check the host and port"), err);

        err = refused("crosstab", server.url("nosuch"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("table nosuch: no table nosuch (Table 'hive.survey.nosuch' does not exist); check the catalog and schema"), err);

        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "nosuch", "--weight", "pw");
        assertTrue(err.contains("no column 'nosuch' in table apistrat; check the variable names"), err);

        // a text column as the weight, and as the variable of a mean
        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "comp.imp", "--weight", "stype");
        assertTrue(err.contains("a column cannot be aggregated as a number or a level (Cannot cast"), err);
        err = refused("mean", server.url("apistrat"), "--var", "stype");
        assertTrue(err.contains("cannot be aggregated as a number"), err);

        err = refused("crosstab", server.url("apistrat").replace("?table=apistrat&", "?"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the URL names no table; add ?table=NAME"), err);

        err = refused("crosstab", server.url("apistrat", "user=" + TrinoServer.USER + "&password=wrong-secret"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("authentication failed for user studybench; check the user and password"), err);

        // Trino takes passwords over TLS only: the driver refuses to send one without it, the server's HTTP port refuses logins
        String plain = "jdbc:trino://127.0.0.1:" + server.port() + "/hive/survey?table=apistrat&user=" + TrinoServer.USER + "&password=" + TrinoServer.PASSWORD;
        err = refused("crosstab", plain, "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("a password is sent only over an encrypted connection; add SSL=true"), err);
        err = refused("crosstab", "jdbc:trino://127.0.0.1:" + server.httpPort() + "/hive/survey?table=apistrat&user=" + TrinoServer.USER, "--row", "sch.wide",
                "--col", "stype");
        assertTrue(err.contains("the server takes logins over HTTPS only; give its HTTPS port and add SSL=true"), err);
        err = refused("crosstab", server.url("apistrat").replace("&SSLTrustStorePath=" + server.certificate(), ""), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("the server's certificate is not trusted; add SSLTrustStorePath=FILE"), err);
    }

    @Test
    void brokenWeightsAreRefusedAsOnDuckDb() throws Exception {
        for (String table : List.of("negative", "nan", "infinite")) {
            String err = refused("crosstab", server.url(table), "--row", "sch.wide", "--col", "stype", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive, a respondent has "), err);
            err = refused("mean", server.url(table), "--var", "api00", "--weight", "w", "--strata", "stype");
            assertTrue(err.contains("the weight w must be zero or positive, a respondent has "), err);
        }
    }
}
