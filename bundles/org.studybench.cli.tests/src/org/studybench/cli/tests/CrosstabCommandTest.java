package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Crosstabs through the whole data path: CSV → Parquet (DuckDB) → one GROUP BY → sufficient
 * statistics → tests. Design-based references: R 4.2.2, survey 4.1-1, svychisq(~sch.wide + stype, d)
 * on the api fixtures (see bundles/org.studybench.stats.tests/fixtures/README.md).
 */
class CrosstabCommandTest {

    private static final Path FIXTURES = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");

    @TempDir
    Path dir;

    private static JsonObject json(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void stratifiedWeightedSampleGivesRsRaoScottF() throws Exception {
        JsonObject j = json("crosstab", FIXTURES.resolve("apistrat.csv").toString(), "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata",
                "stype", "--json");
        JsonObject rs = j.getAsJsonObject("tests").getAsJsonObject("rao_scott");
        assertEquals(16.546386489600511, rs.get("f").getAsDouble(), 16.5 * 1e-9);
        assertEquals(1.8413376275438333, rs.get("ndf").getAsDouble(), 1e-9);
        assertEquals(362.74351262613516, rs.get("ddf").getAsDouble(), 362 * 1e-9);
        assertEquals(3.4024309142735234e-07, rs.get("p_value").getAsDouble(), 3.4e-7 * 1e-8);
        assertEquals(200, j.get("n").getAsInt());
    }

    @Test
    void clusterSampleGivesRsRaoScottF() throws Exception {
        JsonObject j = json("crosstab", FIXTURES.resolve("apiclus1.csv").toString(), "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--cluster",
                "dnum", "--json");
        JsonObject rs = j.getAsJsonObject("tests").getAsJsonObject("rao_scott");
        assertEquals(5.0904626152897734, rs.get("f").getAsDouble(), 5.09 * 1e-9);
        assertEquals(0.023071616825819007, rs.get("p_value").getAsDouble(), 0.023 * 1e-8);
    }

    /**
     * Unweighted: R chisq.test(matrix(c(3, 7, 8, 2), 2), correct = FALSE) gives X² = 5.0505, p = .0246;
     * the column intervals are prop.test(3, 10, correct = FALSE)$conf.int etc. (Wilson).
     */
    @Test
    void unweightedTableWithPercentagesLettersAndChiSquare() throws Exception {
        Path csv = dir.resolve("answers.csv");
        StringBuilder text = new StringBuilder("size,answer\n");
        String[][] rows = { { "SME", "yes", "7" }, { "SME", "no", "3" }, { "large", "yes", "2" }, { "large", "no", "8" } };
        for (String[] r : rows) {
            for (int i = 0; i < Integer.parseInt(r[2]); i++) {
                text.append(r[0]).append(',').append(r[1]).append('\n');
            }
        }
        Files.writeString(csv, text);
        Run run = CliRunner.run("crosstab", csv.toString(), "--row", "answer", "--col", "size");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("answer by size (N = 20)\n"
                + "     SME (A)                 large (B)\n"
                + "no   3 30.0% [10.8, 60.3]    8 80.0% [49.0, 94.3] A\n"
                + "yes  7 70.0% [39.7, 89.2] B  2 20.0% [5.7, 51.0]\n"
                + "χ²(1, N = 20) = 5.05, p = .025, V = 0.50\n", run.out());
    }

    /**
     * Weighted letters are design-based, hand-computed: column X has 100 respondents of weight 1, 64%
     * yes; column Y has 50 of weight 1 and 50 of weight 9, 25 of each answering yes, so 50% weighted
     * (Kish effective base 500²/4100 = 60.98). Linearized, Σd² = 23.04/100² + 1025/500² = 0.006404,
     * V = 200/199 · 0.006404, SE = 0.080226, t = 0.14/0.080226 = 1.745 on 199 df (p = .083): no letter.
     * Unweighted, the pooled z is 2.00 (p = .046): lettered.
     */
    @Test
    void weightedLettersAreDesignBased() throws Exception {
        Path csv = dir.resolve("weighted.csv");
        StringBuilder text = new StringBuilder("g,answer,w\n");
        append(text, "X", "yes", 1, 64);
        append(text, "X", "no", 1, 36);
        append(text, "Y", "yes", 1, 25);
        append(text, "Y", "no", 1, 25);
        append(text, "Y", "yes", 9, 25);
        append(text, "Y", "no", 9, 25);
        Files.writeString(csv, text);
        JsonObject j = json("crosstab", csv.toString(), "--row", "answer", "--col", "g", "--weight", "w", "--json");
        assertEquals(100, j.getAsJsonArray("effective_bases").get(0).getAsDouble(), 1e-9);
        assertEquals(250000.0 / 4100, j.getAsJsonArray("effective_bases").get(1).getAsDouble(), 1e-9);
        assertEquals(50, j.getAsJsonArray("column_percent").get(1).getAsJsonArray().get(1).getAsDouble(), 1e-9);
        assertEquals("", j.getAsJsonArray("letters").get(1).getAsJsonArray().get(0).getAsString());
        JsonObject yes = j.getAsJsonArray("letter_tests").get(1).getAsJsonObject();
        assertEquals("yes", yes.get("row").getAsString());
        assertEquals(Math.sqrt(200.0 / 199 * (23.04 / 10000 + 1025.0 / 250000)), yes.get("se").getAsDouble(), 1e-12);
        assertEquals(199, yes.get("df").getAsInt());
        // Unweighted, the same answers are lettered: X (64%) exceeds Y (50%).
        JsonObject u = json("crosstab", csv.toString(), "--row", "answer", "--col", "g", "--json");
        assertEquals("B", u.getAsJsonArray("letters").get(1).getAsJsonArray().get(0).getAsString());
    }

    /** Design-based column intervals: R svyciprop(~I(sch.wide == "Yes"), subset(dstrat, stype == s), method = "logit"). */
    @Test
    void designBasedColumnIntervalsAsSvycipropOnDomains() throws Exception {
        JsonObject j = json("crosstab", FIXTURES.resolve("apistrat.csv").toString(), "--row", "sch.wide", "--col", "stype", "--weight", "pw", "--strata",
                "stype", "--json");
        double[][] expected = { { 0.8343534052610988, 0.95304486326203586 }, { 0.3788148719185489, 0.65806137598933478 },
                { 0.55498502326166843, 0.8136285985098497 } };
        for (int c = 0; c < 3; c++) {
            // logit limits: R fits them with svyglm's iterations, so they agree to ~1e-8 (see docs/methods.md)
            assertEquals(100 * expected[c][0], j.getAsJsonArray("ci_low").get(1).getAsJsonArray().get(c).getAsDouble(), 1e-6);
            assertEquals(100 * expected[c][1], j.getAsJsonArray("ci_high").get(1).getAsJsonArray().get(c).getAsDouble(), 1e-6);
        }
    }

    /**
     * Design-based letters' standard errors of differences as R: b <- svyby(~yes, ~stype, d, svymean,
     * covmat = TRUE); SE(svycontrast(b, c(1, -1, 0))) etc., yes = as.numeric(sch.wide == "Yes"); for
     * the cluster sample dclus1 and the stratified sample dstrat (fixtures README).
     */
    @Test
    void designBasedLetterTestsAsSvycontrast() throws Exception {
        String[][] designs = { { "apiclus1.csv", "--cluster", "dnum" }, { "apistrat.csv", "--strata", "stype" } };
        double[][] se = { { 0.10263396783394743, 0.12117907698344492, 0.1067306890975603 }, { 0.07694901089873174, 0.071505153751229789,
                0.096848292895304541 } };
        double[][] difference = { { 0.13095238095238093, 0.23666666666666658, 0.10571428571428565 }, { 0.39000000000000001, 0.20999999999999996,
                -0.18000000000000005 } };
        int[] df = { 14, 197 };
        for (int d = 0; d < 2; d++) {
            JsonObject j = json("crosstab", FIXTURES.resolve(designs[d][0]).toString(), "--row", "sch.wide", "--col", "stype", "--weight", "pw",
                    designs[d][1], designs[d][2], "--json");
            var tests = j.getAsJsonArray("letter_tests");
            for (int k = 0; k < 3; k++) {
                JsonObject yes = tests.get(3 + k).getAsJsonObject(); // row "Yes": pairs E-H, E-M, H-M
                assertEquals("Yes", yes.get("row").getAsString());
                assertEquals(difference[d][k], yes.get("difference").getAsDouble(), 1e-12);
                assertEquals(se[d][k], yes.get("se").getAsDouble(), 1e-12, designs[d][0] + " pair " + k);
                assertEquals(df[d], yes.get("df").getAsInt());
            }
        }
    }

    private static void append(StringBuilder text, String g, String answer, int weight, int times) {
        for (int i = 0; i < times; i++) {
            text.append(g).append(',').append(answer).append(',').append(weight).append('\n');
        }
    }

    @Test
    void missingVariablesAreInputErrors() throws Exception {
        Run run = CliRunner.run("crosstab", FIXTURES.resolve("apistrat.csv").toString(), "--row", "nope", "--col", "stype");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("studybench crosstab: "), run.err());
        assertTrue(run.err().contains("nope"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }
}
