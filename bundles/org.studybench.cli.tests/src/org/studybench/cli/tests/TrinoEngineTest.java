package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlEngine;
import org.studybench.engine.trino.TrinoEngine;

import com.google.gson.JsonObject;

/**
 * The aggregation on a real single-node Trino server ({@link TrinoServer}) whose Hive connector reads
 * Parquet files: R's api data (written to Parquet by DuckDB) for what every engine must do
 * ({@link EngineContract}: DuckDB's results to 1e-12, R's tests), the example studies' own datasets, each
 * a table over its file, and what is Trino's own: catalogs and schemas, credentials from TRINO_USER and
 * TRINO_PASSWORD over TLS, its errors in one line naming the engine.
 */
class TrinoEngineTest extends EngineContract {

    private static final Path RESPONDENTS = CliRunner.REPO.resolve("examples/studies/ipsos-2013/data/respondents.parquet");
    private static final Path PAGES = CliRunner.REPO.resolve("examples/studies/blogmeter-2013/data/pages.parquet");

    private static TrinoServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = TrinoServer.start();
        for (String api : List.of("apiclus1", "apistrat")) {
            server.addParquet(apiParquet(api), api);
        }
        server.addParquet(RESPONDENTS, "respondents");
        server.addParquet(PAGES, "pages");
        // one school with a negative weight, one with NaN, one with an infinite weight: fail() stops each query
        server.execute("CREATE TABLE negative AS SELECT *, CASE WHEN snum = (SELECT min(snum) FROM apistrat) THEN -1e0 ELSE pw END AS w FROM apistrat",
                "CREATE TABLE nan AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN nan() ELSE pw END AS w FROM apistrat",
                "CREATE TABLE infinite AS SELECT *, CASE WHEN snum = (SELECT max(snum) FROM apistrat) THEN infinity() ELSE pw END AS w FROM apistrat");
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Override
    EngineServer server() {
        return server;
    }

    @Override
    SqlEngine engine() {
        return new TrinoEngine(Map.of());
    }

    /** One line on stderr, exit 1, the engine named, no Java class names, no password. */
    @Override
    String refused(String... args) throws InterruptedException {
        return SameResults.refused("Trino", "io.trino", List.of(TrinoServer.PASSWORD, "wrong-secret"), args);
    }

    @Override
    void execute(String... statements) throws SQLException {
        server.execute(statements);
    }

    @Override
    void createWide(int variables) throws SQLException {
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < variables; k++) {
            columns.append(", CAST((i / ").append(k + 1).append(") % ").append(2 + k % 3).append(" AS VARCHAR) AS \"c").append(k).append('"');
        }
        server.execute("CREATE TABLE wide AS SELECT i, 1 + i % 5 AS w" + columns + " FROM UNNEST(sequence(1, 300)) AS t(i)");
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

    /**
     * {@code import URL --study S} on Trino: the table becomes a dataset whose rows stay in the engine, the
     * study records the URL without a password (the password comes from TRINO_PASSWORD; here the installed
     * engine component is swapped for one whose environment has it), and the study's tables equal R's and
     * those of the CSV file imported.
     */
    @Test
    void aTableBecomesADatasetThatStaysInTheEngine() throws Exception {
        org.osgi.framework.BundleContext context = org.osgi.framework.FrameworkUtil.getBundle(TrinoEngineTest.class).getBundleContext();
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = CliRunner.service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        org.osgi.service.component.runtime.dto.ComponentDescriptionDTO installed = scr.getComponentDescriptionDTO(
                org.osgi.framework.FrameworkUtil.getBundle(TrinoEngine.class), TrinoEngine.class.getName());
        scr.disableComponent(installed).getValue();
        org.osgi.framework.ServiceRegistration<SqlEngine> withPassword = context.registerService(SqlEngine.class,
                new TrinoEngine(Map.of("TRINO_PASSWORD", TrinoServer.PASSWORD)), null);
        try {
            Path dir = java.nio.file.Files.createTempDirectory("studybench-trino-import");
            Path study = dir.resolve("engine/engine.study");
            Path file = dir.resolve("file/file.study");
            for (Path created : List.of(study, file)) {
                CliRunner.Run made = CliRunner.run("new", created.toString(), "--title", "apistrat");
                assertEquals(0, made.exitCode(), made.err());
            }
            String url = server.url("apistrat", "user=" + TrinoServer.USER);
            CliRunner.Run run = CliRunner.run("import", url, "--study", study.toString(), "--weight", "pw", "--strata", "stype");
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("Added Trino 127.0.0.1:" + server.port() + "/hive/survey, table apistrat (200 rows, 7 variables) to " + study
                    + " as dataset 'apistrat'; its rows stay in the engine\n", run.out());
            String saved = java.nio.file.Files.readString(study);
            assertTrue(!saved.contains(TrinoServer.PASSWORD) && saved.contains("table=apistrat"), saved);
            CliRunner.Run imported = CliRunner.run("import", CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv").toString(),
                    "--study", file.toString(), "--weight", "pw", "--strata", "stype");
            assertEquals(0, imported.exitCode(), imported.err());

            JsonObject fromEngine = SameResults.json("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype", "--json");
            assertStratifiedRaoScott(fromEngine);
            SameResults.assertSame("crosstab on the study", SameResults.json("crosstab", file.toString(), "--row", "sch.wide", "--col", "stype", "--json"),
                    fromEngine);
            SameResults.assertSame("mean on the study", SameResults.json("mean", file.toString(), "--var", "api00", "--json"),
                    SameResults.json("mean", study.toString(), "--var", "api00", "--json"));
        } finally {
            withPassword.unregister();
            scr.enableComponent(installed).getValue();
        }
    }

    /** A query instead of a table: its rows are aggregated like a table's. */
    @Test
    void queryInsteadOfATable() throws Exception {
        String query = "query=" + URLEncoder.encode("SELECT \"sch.wide\", stype, pw FROM apistrat WHERE pw > 0", StandardCharsets.UTF_8);
        String url = server.url("apistrat").replace("table=apistrat", query);
        assertStratifiedRaoScott(SameResults.json("crosstab", url, "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype", "--json"));

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
        assertStratifiedRaoScott(SameResults.json("crosstab", url, "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata", "stype", "--json"));
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
        String err = refused("crosstab", server.url("nosuch"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("table nosuch: no table nosuch (Table 'hive.survey.nosuch' does not exist); check the catalog and schema"), err);

        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "nosuch", "--weight", "pw");
        assertTrue(err.contains("no column 'nosuch' in table apistrat; check the variable names"), err);

        // a text column as the weight
        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "comp.imp", "--weight", "stype");
        assertTrue(err.contains("a column cannot be aggregated as a number or a level (Cannot cast"), err);

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
}
