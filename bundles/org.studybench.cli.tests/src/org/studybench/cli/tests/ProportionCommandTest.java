package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.studybench.cli.tests.CliRunner.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code studybench proportion} through the whole data path (CSV → Parquet → one GROUP BY → design
 * moments). References: R 4.2.2, survey 4.1-1 on the api fixtures (bundles/org.studybench.stats.tests/
 * fixtures/README.md): svymean and svyciprop(~I(sch.wide == "Yes"), d, method = ...), and
 * n·Σw²/(Σw)² for Kish's design effect.
 */
class ProportionCommandTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    private static JsonObject json(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void stratifiedWeightedProportionAsSvyciprop() throws Exception {
        String data = FIXTURES.resolve("apistrat.csv").toString();
        JsonObject logit = json("proportion", data, "--var", "sch.wide", "--level", "Yes", "--weight", "pw", "--strata", "stype", "--json");
        assertEquals(0.82794801141582341, logit.get("estimate").getAsDouble(), 1e-12, "svymean");
        // R fits the logit interval iteratively with svyglm: agreement to ~1e-8 (docs/methods.md)
        assertEquals(0.77354200933115858, logit.get("ci_low").getAsDouble(), 1e-8);
        assertEquals(0.87145518235990815, logit.get("ci_high").getAsDouble(), 1e-8);
        assertEquals(1.1863709847380408, logit.get("kish_deff").getAsDouble(), 1e-9);
        assertEquals(168.58133128075568, logit.get("effective_n").getAsDouble(), 1e-9);
        assertEquals("logit", logit.get("method").getAsString());
        JsonObject beta = json("proportion", data, "--var", "sch.wide", "--level", "Yes", "--weight", "pw", "--strata", "stype", "--method", "beta",
                "--json");
        assertEquals(0.77315746131603724, beta.get("ci_low").getAsDouble(), 1e-9);
        assertEquals(0.87415669403971064, beta.get("ci_high").getAsDouble(), 1e-9);
        assertEquals("beta", beta.get("method").getAsString());
    }

    @Test
    void clusterSampleProportionAsSvyciprop() throws Exception {
        JsonObject j = json("proportion", FIXTURES.resolve("apiclus1.csv").toString(), "--var", "sch.wide", "--level", "Yes", "--weight", "pw",
                "--cluster", "dnum", "--json");
        assertEquals(0.82321802678934408, j.get("ci_low").getAsDouble(), 1e-8);
        assertEquals(0.9122206241451194, j.get("ci_high").getAsDouble(), 1e-8);
        assertEquals(1, j.get("kish_deff").getAsDouble(), 1e-12, "equal weights");
    }

    /** Without a design: svyciprop on svydesign(id = ~1, data = apistrat), i.e. simple random sampling (deff = 1 as svymean(deff = "replace")). */
    @Test
    void unweightedProportionIsSimpleRandomSampling() throws Exception {
        Run run = CliRunner.run("proportion", FIXTURES.resolve("apistrat.csv").toString(), "--var", "sch.wide", "--level", "Yes");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("sch.wide = Yes (N = 200)\n" + "76.00% [69.54, 81.46] (logit, 95% CI, SE 3.03 points, df 199)\n"
                + "Kish design effect 1.000, effective n 200.0; variance design effect 1.000\n", run.out());
        JsonObject j = json("proportion", FIXTURES.resolve("apistrat.csv").toString(), "--var", "sch.wide", "--level", "Yes", "--json");
        assertEquals(0.69537508972128714, j.get("ci_low").getAsDouble(), 1e-8);
        assertEquals(0.81457089502870594, j.get("ci_high").getAsDouble(), 1e-8);
    }

    /** Straight from an SPSS file: company_size 9 is user-missing, so 2 of the 4 valid answers are SMEs (code 1). */
    @Test
    void spssFileDirectlyWithUserMissingLeftOut() throws Exception {
        JsonObject j = json("proportion", CliRunner.REPO.resolve("bundles/org.studybench.importer.spss.tests/fixtures/firms-utf8.sav").toString(), "--var",
                "company_size", "--level", "1", "--json");
        assertEquals(4, j.get("n").getAsInt());
        assertEquals(0.5, j.get("estimate").getAsDouble(), 1e-15);
    }

    /**
     * A segment is a domain of the whole design, as R subset(design, ...): svyciprop(~I(sch.wide == "Yes"),
     * subset(d, ...), method = "beta") for the cluster sample (stype == "E") and the stratified sample
     * (comp.imp == "Yes", degf 113 of the PSUs in the domain).
     */
    @Test
    void segmentsAreDomainsOfTheWholeDesign(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Object[][] cases = { { "apiclus1.csv", new String[] { "--cluster", "dnum" }, "stype = \"E\"", 0.91666666666666663, 0.85906363971248967,
                0.95614850049222999 }, { "apistrat.csv", new String[] { "--strata", "stype" }, "comp.imp = \"Yes\"", 0.97450930667332747,
                        0.92164231343863379, 0.99559599743591964 } };
        for (Object[] c : cases) {
            Path study = dir.resolve(((String) c[0]).replace(".csv", "") + "/s.study");
            assertEquals(0, CliRunner.run("new", study.toString(), "--title", "api").exitCode());
            String[] design = (String[]) c[1];
            Run imported = CliRunner.run("import", FIXTURES.resolve((String) c[0]).toString(), "--study", study.toString(), "--weight", "pw", design[0],
                    design[1]);
            assertEquals(0, imported.exitCode(), imported.err());
            org.studybench.model.study.Study s = org.studybench.model.io.StudyResources.load(study);
            org.studybench.model.study.Segment segment = org.studybench.model.study.StudyFactory.eINSTANCE.createSegment();
            segment.setName("domain");
            segment.setFilter((String) c[2]);
            s.getSegments().add(segment);
            org.studybench.model.io.StudyResources.save(s, study);
            JsonObject j = json("proportion", study.toString(), "--var", "sch.wide", "--level", "Yes", "--segment", "domain", "--method", "beta", "--json");
            assertEquals((Double) c[3], j.get("estimate").getAsDouble(), 1e-12, (String) c[0]);
            assertEquals((Double) c[4], j.get("ci_low").getAsDouble(), 1e-9, (String) c[0]);
            assertEquals((Double) c[5], j.get("ci_high").getAsDouble(), 1e-9, (String) c[0]);
        }
    }

    @Test
    void unknownLevelNamesTheValuesThereAre() throws Exception {
        Run run = CliRunner.run("proportion", FIXTURES.resolve("apistrat.csv").toString(), "--var", "sch.wide", "--level", "yes");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("never takes the value 'yes'; its values are No, Yes"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        Run method = CliRunner.run("proportion", FIXTURES.resolve("apistrat.csv").toString(), "--var", "sch.wide", "--level", "Yes", "--method", "exact");
        assertEquals(1, method.exitCode());
        assertTrue(method.err().contains("expected logit, beta or wilson"), method.err());
    }
}
