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

/** Both example studies end to end through the CLI, as the README shows them. */
class SeedStudiesTest {

    @TempDir
    Path dir;

    @Test
    void bothReportsInOneBatch() throws Exception {
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), CliRunner.BLOGMETER.toString(), "--out", dir.toString(), "--format", "html,pdf");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("2 of 2 studies reported\n"), run.out());
        String blogmeter = Files.readString(dir.resolve("blogmeter-2013.html"));
        for (String text : new String[] { "Have a strategy for using social networks", "of no importance at all",
                "(within: Have a strategy for using social networks), n=90", "Delay or reluctance: lack of time, resources and skills",
                "Pages that replied to at least 500 user posts", "<figure id=\"chart-questionnaire\">", "<figure id=\"chart-positioning-map\">",
                "Error bars: 95% Clopper-Pearson intervals." }) {
            assertTrue(blogmeter.contains(text), text);
        }
        assertTrue(Files.size(dir.resolve("blogmeter-2013.pdf")) > 10_000);
    }

    /** The synthetic pages agree with the published fact: 3% (66 of 2,200) replied to at least 500 user posts. */
    @Test
    void theSyntheticPagesAgreeWithThePublishedThreePercent() throws Exception {
        Run run = CliRunner.run("proportion", CliRunner.BLOGMETER.toString(), "--var", "replied_500", "--level", "yes", "--method", "beta", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject j = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(2200, j.get("n").getAsInt());
        assertEquals(0.03, j.get("estimate").getAsDouble(), 1e-15);
        // Korn-Graubard (Clopper-Pearson on the effective n) as R 4.2.2 / survey 4.1-1:
        // svyciprop(~y, svydesign(id = ~1, data = data.frame(y = rep(1:0, c(66, 2134)))), method = "beta")
        assertEquals(0.0232748910378324, j.get("ci_low").getAsDouble(), 1e-9);
        assertEquals(0.0380128092501149, j.get("ci_high").getAsDouble(), 1e-9);
    }

    @Test
    void chartsOfBothStudiesInEveryFormat() throws Exception {
        String[][] charts = { { CliRunner.IPSOS.toString(), "gaps" }, { CliRunner.BLOGMETER.toString(), "questionnaire" },
                { CliRunner.BLOGMETER.toString(), "positioning-map" } };
        for (String[] c : charts) {
            for (String format : new String[] { "png", "svg", "pdf" }) {
                Path out = dir.resolve(c[1] + "." + format);
                Run run = CliRunner.run("chart", c[0], "--chart", c[1], "--out", out.toString(), "--dpi", "150");
                assertEquals(0, run.exitCode(), run.err());
                assertTrue(Files.size(out) > 1000, out.toString());
            }
        }
        Run missing = CliRunner.run("chart", CliRunner.IPSOS.toString(), "--chart", "nope", "--out", dir.resolve("x.png").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("studybench chart: " + CliRunner.IPSOS + ": has no chart 'nope'; its charts are gaps\n", missing.err());
    }
}
