package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.chart.FindingData;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.DatasetService;
import org.studybench.core.DatasetView;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;
import org.studybench.model.study.VariableType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code studybench import URL --study S}: a PostgreSQL table (R's api data, loaded as
 * {@link PostgresEngineTest} loads it) becomes a dataset whose rows stay in the engine. The study records
 * the URL without a password (the password comes from a pgpass file), the variables with their types and
 * the row count; every command that reads the dataset gives the numbers the same data give when imported
 * from the CSV file (to 1e-12). A failed import leaves the study's bytes as they were.
 */
class PostgresImportTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    @RegisterExtension
    static final PostgresServer.ForClass POSTGRES = new PostgresServer.ForClass(server -> {
        server.load(FIXTURES.resolve("apistrat.csv"), "apistrat");
        server.execute("CREATE TABLE kinds (n integer, x numeric(6,2), r real, flag boolean, day date, at timestamp, label varchar(20))",
                "INSERT INTO kinds VALUES (1, 2.50, 0.5, true, '2024-03-01', '2024-03-01 10:00', 'a'), (2, NULL, 1.5, false, NULL, NULL, 'b')",
                "COMMENT ON COLUMN kinds.n IS 'Number of firms'", "CREATE TABLE \"Cased\" (a integer, \"A\" integer)");
    });

    @TempDir
    Path dir;

    private static PostgresServer server() {
        return POSTGRES.server();
    }

    /** The URL of a table with the user only: the password is in the pgpass file. */
    private static String url(String table) {
        return server().url(table, "user=" + PostgresServer.USER);
    }

    private static Run ok(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.err());
        return run;
    }

    private static JsonObject json(String... args) throws InterruptedException {
        return JsonParser.parseString(ok(args).out()).getAsJsonObject();
    }

    private Path newStudy(String name) throws InterruptedException {
        Path study = dir.resolve(name + "/" + name + ".study");
        ok("new", study.toString(), "--title", name);
        return study;
    }

    /** The same data twice: imported from the CSV file, and added as the engine's table. */
    private Path[] bothStudies() throws InterruptedException {
        Path file = newStudy("file");
        ok("import", FIXTURES.resolve("apistrat.csv").toString(), "--study", file.toString(), "--weight", "pw", "--strata", "stype");
        Path engine = newStudy("engine");
        Run run = ok("import", url("apistrat"), "--study", engine.toString(), "--weight", "pw", "--strata", "stype");
        assertEquals("Added PostgreSQL 127.0.0.1:" + server().port() + "/survey, table apistrat (200 rows, 7 variables) to " + engine
                + " as dataset 'apistrat'; its rows stay in the engine\n", run.out());
        return new Path[] { file, engine };
    }

    @Test
    void aTableBecomesADatasetThatStaysInTheEngine() throws Exception {
        Path[] studies = bothStudies();
        Path engine = studies[1];
        String saved = Files.readString(engine);
        assertFalse(saved.contains(PostgresServer.PASSWORD), saved);
        assertFalse(Files.exists(engine.getParent().resolve("data")), "no data file is written");

        Dataset fromFile = StudyResources.load(studies[0]).getDatasets().get(0);
        Dataset fromEngine = StudyResources.load(engine).getDatasets().get(0);
        assertEquals(url("apistrat"), fromEngine.getUri());
        assertEquals(200, fromEngine.getRowCount());
        assertNull(fromEngine.getContentHash(), "an engine's rows have no content hash");
        assertEquals(dictionary(fromFile), dictionary(fromEngine), "the same types and measure levels as the CSV importer gives");
        assertEquals(VariableRole.WEIGHT, variable(fromEngine, "pw").getRole());
        assertEquals(VariableRole.STRATA, variable(fromEngine, "stype").getRole());

        JsonObject described = json("describe", engine.toString(), "--json").getAsJsonArray("datasets").get(0).getAsJsonObject();
        assertEquals(200, described.get("rows").getAsInt());
        assertTrue(described.get("in_engine").getAsBoolean());
        assertTrue(ok("describe", engine.toString()).out().contains("apistrat  200 rows, 7 variables, rows stay in the engine  " + url("apistrat")));

        Run valid = ok("validate", engine.toString());
        assertTrue(valid.out().endsWith(engine + ": valid (0 errors, 0 warnings)\n"), valid.out());
    }

    private static Map<String, String> dictionary(Dataset d) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Variable v : d.getVariables()) {
            out.put(v.getName(), v.getType().getLiteral() + " " + v.getMeasureLevel().getLiteral());
        }
        return out;
    }

    private static Variable variable(Dataset d, String name) {
        return d.getVariables().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow();
    }

    /** crosstab, proportion, mean and banner on the study, with the dataset's design and a segment: the numbers of the CSV import. */
    @Test
    void tablesOnTheStudyEqualThoseFromTheImportedFile() throws Exception {
        Path[] studies = bothStudies();
        for (Path study : studies) {
            ok("add", study.toString(), "segment", "improved", "--set", "filter=comp.imp = \"Yes\" and api00 >= 600");
        }
        List<String[]> commands = List.of(new String[] { "crosstab", "--row", "sch.wide", "--col", "stype" },
                new String[] { "crosstab", "--row", "sch.wide", "--col", "stype", "--segment", "improved" },
                new String[] { "proportion", "--var", "sch.wide", "--level", "Yes", "--segment", "improved" },
                new String[] { "mean", "--var", "api00" }, new String[] { "mean", "--var", "ell", "--segment", "improved" });
        for (String[] command : commands) {
            List<JsonObject> results = new ArrayList<>();
            for (Path study : studies) {
                List<String> args = new ArrayList<>(List.of(command[0], study.toString()));
                args.addAll(List.of(command).subList(1, command.length));
                args.add("--json");
                results.add(json(args.toArray(String[]::new)));
            }
            SameResults.assertSame(String.join(" ", command), results.get(0), results.get(1));
        }
        JsonObject stratified = json("crosstab", studies[1].toString(), "--row", "sch.wide", "--col", "stype", "--json");
        // R 4.2.2, survey 4.1-1: svychisq(~sch.wide + stype, svydesign(id = ~1, strata = ~stype, weights = ~pw, data = apistrat))
        assertEquals(16.546386489600511, stratified.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("f").getAsDouble(), 16.5 * 1e-9);

        String[] banner = { "--rows", "sch.wide,comp.imp", "--cols", "stype" };
        List<String> out = new ArrayList<>();
        for (Path study : studies) {
            List<String> args = new ArrayList<>(List.of("banner", study.toString()));
            args.addAll(List.of(banner));
            out.add(ok(args.toArray(String[]::new)).out());
        }
        assertTrue(out.get(0).contains("Yes"), out.get(0));
        assertEquals(out.get(0), out.get(1));
    }

    /** A report computes the study's computed findings from the engine's rows: the estimates of the CSV import; the rows are read again every time. */
    @Test
    void reportComputesFindingsInTheEngine() throws Exception {
        Path[] studies = bothStudies();
        for (Path study : studies) {
            Study s = StudyResources.load(study);
            org.studybench.model.study.Segment segment = StudyFactory.eINSTANCE.createSegment();
            segment.setName("elementary");
            segment.setFilter("stype = \"E\"");
            s.getSegments().add(segment);
            s.getFindings().add(finding(s, "wide-share", MeasureKind.PROPORTION, "sch.wide", "Yes"));
            s.getFindings().add(finding(s, "api-mean", MeasureKind.MEAN, "api00", null));
            StudyResources.save(s, study);
            Run report = ok("report", study.toString(), "--out", dir.resolve("out-" + study.getFileName()).toString());
            assertTrue(report.out().contains("(findings from data: 2 computed, 0 reused)"), report.out());
        }
        Study file = StudyResources.load(studies[0]);
        Study engine = StudyResources.load(studies[1]);
        for (int f = 0; f < 2; f++) {
            List<Estimate> expected = file.getFindings().get(f).getEstimates();
            List<Estimate> actual = engine.getFindings().get(f).getEstimates();
            assertEquals(2, expected.size());
            assertEquals(expected.size(), actual.size());
            for (int i = 0; i < expected.size(); i++) {
                Estimate x = expected.get(i);
                Estimate y = actual.get(i);
                assertEquals(x.getSegment() == null ? null : x.getSegment().getName(), y.getSegment() == null ? null : y.getSegment().getName());
                assertEquals(x.getValue(), y.getValue(), 1e-12 * Math.max(1, Math.abs(x.getValue())));
                assertEquals(x.getCiLow(), y.getCiLow(), 1e-12 * Math.max(1, Math.abs(x.getCiLow())));
                assertEquals(x.getCiHigh(), y.getCiHigh(), 1e-12 * Math.max(1, Math.abs(x.getCiHigh())));
                assertEquals(x.getN(), y.getN());
                assertEquals(x.getCiMethod(), y.getCiMethod());
            }
        }
        assertTrue(Files.readString(dir.resolve("out-engine.study/engine.html")).contains("PostgreSQL 127.0.0.1:" + server().port()), "the report names the engine");
        // the engine's rows may have changed since: computed again, and the study is rewritten only if a number changed
        byte[] saved = Files.readAllBytes(studies[1]);
        Run again = ok("report", studies[1].toString(), "--out", dir.resolve("again").toString());
        assertTrue(again.out().contains("(findings from data: 2 computed, 0 reused)"), again.out());
        assertArrayEquals(saved, Files.readAllBytes(studies[1]));
    }

    private static Finding finding(Study s, String name, MeasureKind measure, String variable, String level) {
        Finding f = StudyFactory.eINSTANCE.createFinding();
        f.setName(name);
        f.setMeasure(measure);
        f.setOrigin(Origin.COMPUTED);
        f.setDataset(s.getDatasets().get(0));
        f.setVariable(variable);
        f.setLevel(level);
        return f;
    }

    /** Charts bound to the dataset: a crosstab-bound chart's shares and intervals, and a scatter map's points, as from the file. */
    @Test
    void chartsBoundToTheDataset() throws Exception {
        Path[] studies = bothStudies();
        List<FindingData> data = new ArrayList<>();
        List<String> svg = new ArrayList<>();
        for (Path study : studies) {
            Study s = StudyResources.load(study);
            data.add(FindingData.of(s, CrossTabChartTest.chart(s, "shares", "grouped-bar", List.of("rows", "sch.wide, comp.imp", "level", "Yes", "columns", "stype"))));
            CrossTabChartTest.chart(s, "scatter", "scatter-map", List.of("x", "ell", "y", "api00", "color", "stype"));
            StudyResources.save(s, study);
            Path out = dir.resolve(study.getFileName() + ".svg");
            ok("chart", study.toString(), "--chart", "scatter", "--out", out.toString());
            svg.add(Files.readString(out));
        }
        assertEquals(data.get(0).categories(), data.get(1).categories());
        assertEquals(data.get(0).series(), data.get(1).series());
        for (int i = 0; i < data.get(0).series().size(); i++) {
            assertArrayEquals(data.get(0).value()[i], data.get(1).value()[i], 1e-12);
            assertArrayEquals(data.get(0).low()[i], data.get(1).low()[i], 1e-12);
            assertArrayEquals(data.get(0).high()[i], data.get(1).high()[i], 1e-12);
        }
        assertTrue(svg.get(0).length() > 1000);
        assertEquals(svg.get(0), svg.get(1));
    }

    /** The data grid's view pages, filters, sorts and summarises in the engine: what the Parquet file's view shows. */
    @Test
    void theDataGridReadsPagesThroughTheEngine() throws Exception {
        Path[] studies = bothStudies();
        DatasetService datasets = CliRunner.service(DatasetService.class);
        Study file = StudyResources.load(studies[0]);
        Study engine = StudyResources.load(studies[1]);
        try (DatasetView a = datasets.view(studies[0], file.getDatasets().get(0)); DatasetView b = datasets.view(studies[1], engine.getDatasets().get(0))) {
            assertEquals(a.columns(), b.columns());
            assertEquals(200, b.rowCount());
            for (DatasetView v : List.of(a, b)) {
                v.view("comp.imp = \"Yes\" and ell < 30", "api00", true);
            }
            assertEquals(a.rowCount(), b.rowCount());
            assertTrue(b.rowCount() > 10 && b.rowCount() < 200, "the filter selects some schools: " + b.rowCount());
            int api = a.columns().indexOf("api00");
            for (long row = 0; row < b.rowCount(); row++) {
                assertEquals(a.value(row, api), b.value(row, api), "row " + row);
            }
            assertEquals("Yes", b.value(0, b.columns().indexOf("comp.imp")));
            DatasetView.ColumnStatistics x = a.statistics(api);
            DatasetView.ColumnStatistics y = b.statistics(api);
            assertEquals(x.values(), y.values());
            assertEquals(x.missing(), y.missing());
            assertEquals(x.min(), y.min());
            assertEquals(x.max(), y.max());
            assertEquals(x.mean(), y.mean(), 1e-12 * x.mean());
        }
        DatasetService.SegmentCount count = datasets.countSegment(studies[1], engine.getDatasets().get(0), "stype = \"H\"");
        assertEquals(new DatasetService.SegmentCount(50, 200), count);
    }

    /** Column types: whole numbers and numbers are scale, the rest nominal; a type without a variable type is text, with a warning. A query with --name. */
    @Test
    void columnTypesAndAQuery() throws Exception {
        Path study = newStudy("kinds");
        Run run = ok("import", url("kinds"), "--study", study.toString());
        assertTrue(run.err().contains("warning: PostgreSQL 127.0.0.1:" + server().port() + "/survey, table kinds: column 'at' is of type timestamp, which StudyBench reads as text"),
                run.err());
        Dataset d = StudyResources.load(study).getDatasets().get(0);
        assertEquals(Map.of("n", "integer scale", "x", "double scale", "r", "double scale", "flag", "boolean nominal", "day", "date nominal", "at",
                "string nominal", "label", "string nominal"), dictionary(d));
        assertEquals(2, d.getRowCount());
        assertEquals(MeasureLevel.SCALE, variable(d, "n").getMeasureLevel());
        assertEquals("Number of firms", variable(d, "n").getLabel(), "a column's comment is its variable's label");
        assertNull(variable(d, "x").getLabel());
        assertEquals(VariableType.DATE, variable(d, "day").getType());

        JsonObject preview = json("preview", url("kinds"), "--json");
        assertEquals("table", preview.get("format").getAsString());
        assertEquals(2, preview.get("estimated_rows").getAsInt());
        assertEquals("flag", preview.getAsJsonArray("variables").get(3).getAsJsonObject().get("name").getAsString());
        assertEquals(7, preview.getAsJsonArray("rows").get(0).getAsJsonArray().size());

        String query = url("apistrat").replace("table=apistrat", "query=" + URLEncoder.encode("SELECT stype, pw, api00 FROM apistrat WHERE pw > 0",
                StandardCharsets.UTF_8));
        ok("import", query, "--study", study.toString(), "--name", "schools", "--weight", "pw");
        Dataset schools = StudyResources.load(study).getDatasets().get(1);
        assertEquals("schools", schools.getName());
        assertEquals(query, schools.getUri());
        assertEquals(200, schools.getRowCount());
        JsonObject mean = json("mean", study.toString(), "--dataset", "schools", "--var", "api00", "--json");
        assertEquals(200, mean.get("n").getAsInt());
    }

    /** One line naming the engine and the table, exit 1, the study's bytes as they were. */
    private static String refused(Path study, String... args) throws Exception {
        byte[] before = Files.readAllBytes(study);
        Run run = CliRunner.run(args);
        assertEquals(1, run.exitCode(), run.out() + run.err());
        String err = run.err();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("studybench import: "), err);
        assertTrue(err.contains("PostgreSQL 127.0.0.1:"), err);
        assertFalse(err.matches("(?s).*(Exception|org\\.postgresql|java\\.).*"), err);
        assertFalse(err.contains(PostgresServer.PASSWORD), err);
        assertArrayEquals(before, Files.readAllBytes(study));
        assertFalse(Files.exists(study.getParent().resolve("data")));
        return err;
    }

    @Test
    void aFailedImportLeavesTheStudyAsItWas() throws Exception {
        Path study = newStudy("bad");
        String err = refused(study, "import", server().url("apistrat"), "--study", study.toString());
        assertTrue(err.contains("/survey, table apistrat: the URL carries a password, which the study would record; remove it from the URL and give it "
                + "outside the study (for PostgreSQL: PGPASSWORD or ~/.pgpass)"), err);

        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        err = refused(study, "import", url("apistrat").replace(":" + server().port() + "/", ":" + closed + "/"), "--study", study.toString());
        assertTrue(err.contains("dataset 'apistrat': PostgreSQL 127.0.0.1:" + closed + "/survey, table apistrat: cannot connect (connection refused)"), err);

        err = refused(study, "import", url("nosuch"), "--study", study.toString());
        assertTrue(err.contains("dataset 'nosuch': PostgreSQL 127.0.0.1:" + server().port() + "/survey, table nosuch: no table nosuch"), err);

        err = refused(study, "import", url("apistrat"), "--study", study.toString(), "--weight", "nosuch");
        assertTrue(err.contains("table apistrat: has no variable 'nosuch' to use as the weight"), err);

        err = refused(study, "import", url("apistrat") + "&socketFactory=javax.net.DefaultSocketFactory", "--study", study.toString());
        assertTrue(err.contains("table apistrat: the URL's parameter socketFactory would have the driver load code or write files, which a study may not ask for"),
                err);

        err = refused(study, "import", url("Cased"), "--study", study.toString());
        assertTrue(err.contains("the columns 'a' and 'A' have the same name ignoring case"), err);
    }

    /** An engine that cannot be reached: validate warns (the study is fine), a table command fails in one line naming engine and dataset. */
    @Test
    void anUnreachableEngineIsAWarningOfValidateAndAnErrorOfATable() throws Exception {
        Path study = newStudy("gone");
        ok("import", url("apistrat"), "--study", study.toString());
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Files.writeString(study, Files.readString(study).replace(":" + server().port() + "/", ":" + closed + "/"));
        Run validate = ok("validate", study.toString());
        assertTrue(validate.out().contains(": warning: PostgreSQL 127.0.0.1:" + closed + "/survey, table apistrat (dataset 'apistrat'): cannot check the table now: "
                + "cannot connect (connection refused)"), validate.out());
        Run crosstab = CliRunner.run("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype");
        assertEquals(1, crosstab.exitCode());
        assertEquals(1, crosstab.err().lines().count(), crosstab.err());
        assertTrue(crosstab.err().contains("PostgreSQL 127.0.0.1:" + closed + "/survey, table apistrat (dataset 'apistrat'): cannot connect"), crosstab.err());

        // a column the study names is gone from the table: an error of validate
        server().execute("CREATE TABLE shrunk AS SELECT stype, pw FROM apistrat");
        Files.writeString(study, Files.readString(study).replace(":" + closed + "/", ":" + server().port() + "/").replace("table=apistrat", "table=shrunk"));
        Run invalid = CliRunner.run("validate", study.toString());
        assertEquals(1, invalid.exitCode(), invalid.out());
        assertTrue(invalid.out().contains(": error: PostgreSQL 127.0.0.1:" + server().port() + "/survey, table shrunk (dataset 'apistrat'): has no columns snum, "
                + "sch.wide, ell, api00, comp.imp that the study names as variables"), invalid.out());
    }

    /**
     * A study is not trusted: a dataset naming a server other than this machine is refused before any
     * connection (credentials from PGPASSWORD would go to it) unless the installation lists the server in
     * STUDYBENCH_ENGINE_HOSTS (here its system property). Also each host of a fail-over list.
     */
    @Test
    void aStudyMayNameOnlyServersTheInstallationTrusts() throws Exception {
        Path study = newStudy("elsewhere");
        ok("import", url("apistrat"), "--study", study.toString());
        String local = Files.readString(study);
        Files.writeString(study, local.replace("//127.0.0.1:" + server().port() + "/", "//DB.invalid:" + server().port() + "/"));
        Run refused = CliRunner.run("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype");
        assertEquals(1, refused.exitCode());
        assertEquals(1, refused.err().lines().count(), refused.err());
        assertTrue(refused.err().contains("table apistrat (dataset 'apistrat'): the study names the server db.invalid, which this installation does not trust "
                + "with your credentials; if you expect the study to read from it, list it in STUDYBENCH_ENGINE_HOSTS (e.g. STUDYBENCH_ENGINE_HOSTS=db.invalid)"),
                refused.err());
        Files.writeString(study, local.replace("//127.0.0.1:" + server().port() + "/", "//127.0.0.1:" + server().port() + ",db.invalid:5432/"));
        assertTrue(CliRunner.run("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype").err().contains("the study names the server db.invalid"));
        // the driver's PGHOST parameter overrides the URL's host: it is a server the study names too
        Files.writeString(study, local.replace("table=apistrat", "table=apistrat&amp;PGHOST=db.invalid")); // (the study is XML)
        assertTrue(CliRunner.run("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype").err().contains("the study names the server db.invalid"));
        System.setProperty("studybench.engine.hosts", "other.example, db.invalid");
        try {
            Files.writeString(study, local.replace("//127.0.0.1:" + server().port() + "/", "//DB.invalid:" + server().port() + "/"));
            Run listed = CliRunner.run("crosstab", study.toString(), "--row", "sch.wide", "--col", "stype");
            assertEquals(1, listed.exitCode());
            assertFalse(listed.err().contains("does not trust"), "a listed server is used: " + listed.err());
            assertTrue(listed.err().contains("cannot connect"), listed.err());
        } finally {
            System.clearProperty("studybench.engine.hosts");
        }
        // the command line's own URLs are the user's: not limited
        Run typed = CliRunner.run("crosstab", url("apistrat").replace("//127.0.0.1:", "//db.invalid:"), "--row", "sch.wide", "--col", "stype");
        assertFalse(typed.err().contains("does not trust"), typed.err());
    }
}
