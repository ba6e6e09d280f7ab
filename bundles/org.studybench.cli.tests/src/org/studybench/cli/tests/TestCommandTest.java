package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.studybench.cli.tests.CliRunner.Run;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * `studybench test` through the real DS comparators. Reference values: R 4.2.2 (see the stats tests
 * for each method's source); here they check the wiring, parameter parsing, JSON and APA output.
 */
class TestCommandTest {

    private static JsonObject json(String... args) throws InterruptedException {
        String[] all = new String[args.length + 2];
        all[0] = "test";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--json";
        Run run = CliRunner.run(all);
        assertEquals(0, run.exitCode(), run.err());
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void listShowsEveryBuiltInComparator() throws Exception {
        Run run = CliRunner.run("test", "--list");
        assertEquals(0, run.exitCode(), run.err());
        for (String id : List.of("binomial", "chi-square", "column-proportions", "design-proportion", "fisher", "k-proportions", "kruskal-wallis",
                "mann-whitney", "mcnemar", "p-adjust", "power-two-proportions", "proportion-ci", "rao-scott", "split-sensitivity", "student-t",
                "two-proportions", "welch-t")) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(id + " ") && l.endsWith("org.studybench.compare")), id + " missing:\n" + run.out());
        }
    }

    /** The issue's example: R prop.test(c(710, 600), c(1000, 1000), correct = FALSE). */
    @Test
    void twoProportionsApaLineAndJson() throws Exception {
        Run run = CliRunner.run("test", "two-proportions", "--x1", "710", "--n1", "1000", "--x2", "600", "--n2", "1000", "--continuity", "false");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("χ²(1, N = 2000) = 26.77, p < .001, h = 0.23 [0.14, 0.32]", run.out().lines().findFirst().orElseThrow());

        JsonObject j = json("two-proportions", "--x1", "710", "--n1", "1000", "--x2", "600", "--n2", "1000", "--continuity", "false");
        assertEquals(26.772873105432019, j.get("statistic").getAsDouble(), 26.77 * 1e-9);
        assertEquals(2.2882707933501525e-07, j.get("p_value").getAsDouble(), 2.29e-7 * 1e-9);
        assertEquals(1, j.get("df").getAsDouble());
        assertEquals(0.11, j.get("estimate").getAsDouble(), 1e-12);
        assertEquals(0.068612725528883756, j.get("ci_low").getAsDouble(), 1e-12);
        assertEquals(0.15138727447111622, j.get("ci_high").getAsDouble(), 1e-12);
        JsonObject h = j.getAsJsonArray("effect_sizes").get(0).getAsJsonObject();
        assertEquals("h", h.get("symbol").getAsString());
        assertEquals(0.23208739927955468, h.get("value").getAsDouble(), 1e-12);
        assertTrue(j.get("method").getAsString().startsWith("Two-sample test for equality of proportions without continuity correction"));
    }

    @Test
    void theIssuesOtherExamples() throws Exception {
        JsonObject ci = json("proportion-ci", "--x", "81", "--n", "263", "--method", "wilson");
        assertEquals(0.25528851987827428, ci.get("ci_low").getAsDouble(), 1e-12);
        assertEquals(0.36620957698280016, ci.get("ci_high").getAsDouble(), 1e-12);
        assertEquals(0.25273674558527121, json("proportion-ci", "--x", "81", "--n", "263", "--method", "clopper-pearson").get("ci_low").getAsDouble(), 1e-12);

        assertEquals(0.38249155957485192, json("binomial", "--x", "682", "--n", "925", "--p", "0.75").get("p_value").getAsDouble(), 1e-12);

        JsonObject chi = json("chi-square", "--table", "762,327,468;484,239,477");
        assertEquals(30.070149095754672, chi.get("statistic").getAsDouble(), 30 * 1e-9);
        assertEquals(2, chi.get("df").getAsDouble());
        assertEquals(703.67138193688788, chi.getAsJsonObject("values").get("expected[1,1]").getAsDouble(), 1e-9);

        JsonObject fisher = json("fisher", "--table", "3,1;1,3");
        assertEquals(0.48571428571428582, fisher.get("p_value").getAsDouble(), 1e-12);
        assertEquals("Infinity", json("fisher", "--table", "3,1;1,3", "--alternative", "greater").get("ci_high").getAsString());

        JsonObject k = json("k-proportions", "--x", "83,90,129,70", "--n", "86,93,136,82");
        assertEquals(12.600411297127639, k.get("statistic").getAsDouble(), 12.6 * 1e-9);
        assertEquals(0.0055854766616270247, k.get("p_value").getAsDouble(), 1e-12);

        JsonObject welch = json("welch-t", "--x", "0.7,-1.6,-0.2,-1.2,-0.1,3.4,3.7,0.8,0.0,2.0", "--y", "1.9,0.8,1.1,0.1,-0.1,4.4,5.5,1.6,4.6,3.4");
        assertEquals(-1.8608134674868531, welch.get("statistic").getAsDouble(), 1e-9);
        assertEquals(17.776473516178498, welch.get("df").getAsDouble(), 1e-8);

        JsonObject mw = json("mann-whitney", "--x", "0.80,0.83,1.89,1.04,1.45,1.38,1.91,1.64,0.73,1.46", "--y", "1.15,0.88,0.90,0.74,1.21");
        assertEquals(35, mw.get("statistic").getAsDouble());
        assertEquals(0.2544122544122544, mw.get("p_value").getAsDouble(), 1e-12);
    }

    @Test
    void badParametersExitWithOneAndOneLine() throws Exception {
        assertError("studybench test: group 1: the count must be between 0 and n=1000, got 1100\n",
                "test", "two-proportions", "--x1", "1100", "--n1", "1000", "--x2", "600", "--n2", "1000");
        assertError("studybench test: --x1: a count must not be negative, got -3\n", "test", "two-proportions", "--x1", "-3", "--n1", "1000", "--x2",
                "600", "--n2", "1000");
        assertError("studybench test: --table: row 2 has 2 cells, row 1 has 3\n", "test", "chi-square", "--table", "1,2,3;4,5");
        assertError("studybench test: missing parameter --n2 (size of group 2)\n", "test", "two-proportions", "--x1", "1", "--n1", "10", "--x2", "2");
        assertError("studybench test: unknown comparator 'bayes'; 'studybench test --list' shows the 17 available\n", "test", "bayes");
        assertError("studybench test: group 2 needs --y (the values) or --mean2, --sd2 and --n2\n", "test", "welch-t", "--x", "1,2,3");
        assertError("studybench test: Kruskal-Wallis needs at least 2 groups, got 1\n", "test", "kruskal-wallis", "--groups", "1,2,3");
        assertError("studybench test: --groups: group 2 is empty\n", "test", "kruskal-wallis", "--groups", "1,2;");
        assertError("studybench test: a sum of squared weights of 120.0 is impossible for 40 observations with weight total 420.0 (it must be at least 4410.0)\n",
                "test", "design-proportion", "--psus", "1,100,30;1,120,50;2,90,20;2,110,60", "--n", "40", "--sumw2", "120");
        assertError("studybench test: --y needs a value\n", "test", "mann-whitney", "--x", "1,2", "--y");
        assertError("studybench test: unexpected argument '5'; parameters are given as --name value\n", "test", "binomial", "--x", "3", "5");
    }

    private static void assertError(String message, String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(message, run.err());
        assertFalse(run.out().contains("NaN"));
    }

    @Test
    void aBareBooleanFlagMeansTrue() throws Exception {
        JsonObject plain = json("mcnemar", "--table", "794,150;86,570", "--continuity", "false");
        JsonObject corrected = json("mcnemar", "--table", "794,150;86,570", "--continuity");
        assertEquals(17.35593220338983, plain.get("statistic").getAsDouble(), 1e-9);
        assertEquals(16.817796610169491, corrected.get("statistic").getAsDouble(), 1e-9);
    }

    @Test
    void comparatorHelpListsItsParameters() throws Exception {
        Run run = CliRunner.run("test", "proportion-ci", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("proportion-ci: Confidence interval for a proportion\n"), run.out());
        assertTrue(run.out().contains("  --method  choice wilson|wilson-cc|agresti-coull|clopper-pearson|jeffreys|wald  default wilson"), run.out());
    }
}
