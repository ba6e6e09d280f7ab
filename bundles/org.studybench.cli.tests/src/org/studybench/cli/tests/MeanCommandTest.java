package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code studybench mean} and findings computed as means. References: R 4.2.2, survey 4.1-1 on the api
 * fixtures (bundles/org.studybench.stats.tests/fixtures/README.md): {@code m <- svymean(~api00, d)},
 * {@code SE(m)}, {@code confint(m, df = degf(d))} for d = svydesign(id = ~1, strata = ~stype, weights = ~pw,
 * data = apistrat), svydesign(id = ~dnum, weights = ~pw, data = apiclus1) and svydesign(id = ~1, data =
 * apistrat); for domains the same on subset(d, ...); with missing values svymean(..., na.rm = TRUE) and
 * df = degf(subset(d, !is.na(api00))). The linearized variance is exact arithmetic, so 1e-9.
 */
class MeanCommandTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    @TempDir
    Path dir;

    private static JsonObject json(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    /** {mean, se, ci low, ci high, df} */
    private static void assertMean(double[] expected, JsonObject j, String what) {
        assertEquals(expected[0], j.get("mean").getAsDouble(), 1e-9, what);
        assertEquals(expected[1], j.get("se").getAsDouble(), 1e-9, what);
        assertEquals(expected[2], j.get("ci_low").getAsDouble(), 1e-9, what);
        assertEquals(expected[3], j.get("ci_high").getAsDouble(), 1e-9, what);
        assertEquals((int) expected[4], j.get("df").getAsInt(), what);
    }

    @Test
    void designBasedMeansAsSvymean() throws Exception {
        String strat = FIXTURES.resolve("apistrat.csv").toString();
        assertMean(new double[] { 662.28736315932076, 9.5361322969251621, 643.48135659321667, 681.09336972542485, 197 },
                json("mean", strat, "--var", "api00", "--weight", "pw", "--strata", "stype", "--json"), "stratified");
        assertMean(new double[] { 644.16939890710387, 23.779010720886877, 593.16849326109093, 695.17030455311681, 14 },
                json("mean", FIXTURES.resolve("apiclus1.csv").toString(), "--var", "api00", "--weight", "pw", "--cluster", "dnum", "--json"), "cluster");
        // No design: simple random sampling, i.e. the textbook t interval (t.test(apistrat$api00)$conf.int)
        assertMean(new double[] { 652.82000000000005, 8.5539721884633853, 635.9519385636122, 669.6880614363879, 199 },
                json("mean", strat, "--var", "api00", "--json"), "unweighted");
        Run text = CliRunner.run("mean", strat, "--var", "api00", "--weight", "pw", "--strata", "stype");
        assertEquals("mean of api00 (N = 200, weighted by pw, strata stype)\n662.29 [643.48, 681.09] (95% CI, SE 9.5361, df 197)\n", text.out());
    }

    @Test
    void missingValuesAreLeftOutAsNaRm() throws Exception {
        List<String> lines = Files.readAllLines(FIXTURES.resolve("apistrat.csv"));
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1); // "snum","stype","pw","sch.wide","ell","api00","comp.imp": no quoted commas
            if (Integer.parseInt(f[0]) % 7 == 0) {
                f[5] = "";
            }
            out.add(String.join(",", f));
        }
        Path csv = dir.resolve("apistrat-missing.csv");
        Files.write(csv, out);
        JsonObject j = json("mean", csv.toString(), "--var", "api00", "--weight", "pw", "--strata", "stype", "--json");
        assertMean(new double[] { 661.35750097277469, 10.137039786497647, 641.34156541748212, 681.37343652806726, 164 }, j, "na.rm");
        assertEquals(167, j.get("n").getAsLong());
    }

    /** Segments are domains of the whole design; a study's computed mean finding holds the same numbers. */
    @Test
    void segmentsAndComputedFindingsAsSvymeanOnSubsets() throws Exception {
        Object[][] cases = { { "apiclus1.csv", new String[] { "--cluster", "dnum" }, "stype = \"E\"",
                new double[] { 648.86805555555554, 22.587313066243276, 600.42308717524509, 697.313023935866, 14 } },
                { "apistrat.csv", new String[] { "--strata", "stype" }, "comp.imp = \"Yes\"",
                        new double[] { 676.40228606728101, 11.864542854374337, 652.89648679076106, 699.90808534380096, 113 } } };
        for (Object[] c : cases) {
            String name = ((String) c[0]).replace(".csv", "");
            Path study = dir.resolve(name + "/s.study");
            assertEquals(0, CliRunner.run("new", study.toString(), "--title", "api").exitCode());
            String[] design = (String[]) c[1];
            Run imported = CliRunner.run("import", FIXTURES.resolve((String) c[0]).toString(), "--study", study.toString(), "--weight", "pw", design[0],
                    design[1]);
            assertEquals(0, imported.exitCode(), imported.err());
            Study s = StudyResources.load(study);
            Segment segment = StudyFactory.eINSTANCE.createSegment();
            segment.setName("domain");
            segment.setFilter((String) c[2]);
            s.getSegments().add(segment);
            Finding f = StudyFactory.eINSTANCE.createFinding();
            f.setName("api00-mean");
            f.setMeasure(MeasureKind.MEAN);
            f.setOrigin(Origin.COMPUTED);
            f.setDataset(s.getDatasets().get(0));
            f.setVariable("api00");
            s.getFindings().add(f);
            StudyResources.save(s, study);
            double[] expected = (double[]) c[3];
            assertMean(expected, json("mean", study.toString(), "--var", "api00", "--segment", "domain", "--json"), name);

            Run report = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
            assertEquals(0, report.exitCode(), report.err());
            assertTrue(report.out().contains("(findings from data: 1 computed, 0 reused)"), report.out());
            Estimate e = StudyResources.load(study).getFindings().get(0).getEstimates().stream()
                    .filter(x -> x.getSegment() != null && x.getSegment().getName().equals("domain")).findFirst().orElseThrow();
            assertEquals(expected[0], e.getValue(), 1e-9, name);
            assertEquals(expected[2], e.getCiLow(), 1e-9, name);
            assertEquals(expected[3], e.getCiHigh(), 1e-9, name);
            assertEquals("t (design-based)", e.getCiMethod());

            // Unchanged inputs: the stored estimates are reused and the study is left as it is.
            byte[] saved = Files.readAllBytes(study);
            Run again = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
            assertTrue(again.out().contains("(findings from data: 0 computed, 1 reused)"), again.out());
            org.junit.jupiter.api.Assertions.assertArrayEquals(saved, Files.readAllBytes(study));
            // A changed segment filter is a changed input.
            Files.writeString(study, Files.readString(study).replace("filter=\"", "filter=\"pw &gt; 0 and "));
            Run changed = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
            assertTrue(changed.out().contains("(findings from data: 1 computed, 0 reused)"), changed.out());
        }
    }

    @Test
    void textIsNotANumber() throws Exception {
        Run run = CliRunner.run("mean", FIXTURES.resolve("apistrat.csv").toString(), "--var", "stype");
        assertEquals(1, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("stype") && run.err().contains("Could not convert string 'E'"), run.err());
    }
}
