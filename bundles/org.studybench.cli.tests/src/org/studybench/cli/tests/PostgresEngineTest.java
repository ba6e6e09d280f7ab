package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlEngine;
import org.studybench.engine.postgres.PostgresEngine;

import com.google.gson.JsonObject;

/**
 * The aggregation on a real PostgreSQL server (started in a temporary folder by {@link PostgresServer},
 * loaded with R's api data): what every engine must do ({@link EngineContract}: DuckDB's results to 1e-12,
 * R's tests), and what is PostgreSQL's own: schemas and quoted names, a read-only session for a query,
 * credentials from PGUSER/PGPASSWORD or a pgpass file, its errors in one line naming the engine.
 */
class PostgresEngineTest extends EngineContract {

    private static PostgresServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = PostgresServer.start();
        server.load(FIXTURES.resolve("apiclus1.csv"), "apiclus1"); // typed as apiParquet types them
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

    @Override
    EngineServer server() {
        return server;
    }

    @Override
    SqlEngine engine() {
        return new PostgresEngine(Map.of());
    }

    @Override
    void execute(String... statements) throws SQLException {
        try (Connection c = server.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Override
    void createWide(int variables) throws SQLException {
        StringBuilder columns = new StringBuilder();
        for (int k = 0; k < variables; k++) {
            columns.append(", ((i / ").append(k + 1).append(") % ").append(2 + k % 3).append(")::text AS \"c").append(k).append('"');
        }
        try (Connection c = server.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE wide AS SELECT i, 1 + i % 5 AS w" + columns + " FROM generate_series(1, 300) AS i");
        }
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
    @Override
    String refused(String... args) throws InterruptedException {
        return SameResults.refused("PostgreSQL", "org.postgresql", List.of(PostgresServer.PASSWORD, "wrong-secret"), args);
    }

    /**
     * A connection lost in the middle of a query (here the server ends the session, as an administrator
     * or a restart would) fails the run in one line and writes no output file, not even a partial one.
     */
    @Test
    void aConnectionLostMidQueryFailsCleanlyAndWritesNothing() throws Exception {
        // 200 schools at 20 ms each: a query of 4 seconds to lose the connection in
        String slow = server.url("apistrat").replace("table=apistrat",
                "query=" + URLEncoder.encode("SELECT a.*, pg_sleep(0.02) AS slept FROM apistrat a", StandardCharsets.UTF_8));
        Path out = dir.resolve("banner.csv");
        java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        Thread administrator = new Thread(() -> {
            try (Connection c = server.connect(PostgresServer.DATABASE); Statement s = c.createStatement()) {
                for (int i = 0; i < 400 && !ended.get(); i++) {
                    Thread.sleep(25);
                    try (java.sql.ResultSet r = s.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            + "WHERE query LIKE '%pg_sleep(0.02)%' AND pid <> pg_backend_pid()")) {
                        ended.set(r.next() && r.getBoolean(1));
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        administrator.start();
        String err = refused("banner", slow, "--rows", "sch.wide,comp.imp", "--cols", "stype", "--weight", "pw", "--out", out.toString());
        administrator.join();
        assertTrue(ended.get(), "the session was ended while the query ran: " + err);
        assertTrue(err.contains(", query: the server ended the session during the query (terminating connection due to administrator command); "
                + "nothing was written, run the command again"), err);
        try (java.util.stream.Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no output and no temporary file");
        }
    }

    @Test
    void badInputIsOneLineNamingTheEngineAndWhatToFix() throws Exception {
        String err = refused("crosstab", server.url("apistrat", "user=" + PostgresServer.USER + "&password=wrong-secret"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("authentication failed for user studybench; check the user and password"), err);

        err = refused("crosstab", server.url("nosuch"), "--row", "sch.wide", "--col", "stype");
        assertTrue(err.contains("table nosuch: no table nosuch"), err);

        err = refused("crosstab", server.url("apistrat"), "--row", "sch.wide", "--col", "nosuch", "--weight", "pw");
        assertTrue(err.contains("no column \"nosuch\" in table apistrat; check the variable names"), err);
    }
}
