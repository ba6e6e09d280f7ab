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
        byte[] ipsosBefore = Files.readAllBytes(CliRunner.IPSOS);
        byte[] blogmeterBefore = Files.readAllBytes(CliRunner.BLOGMETER);
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), CliRunner.BLOGMETER.toString(), "--out", dir.toString(), "--format", "html,pdf");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().endsWith("2 of 2 studies reported\n"), run.out());
        String blogmeter = Files.readString(dir.resolve("blogmeter-2013.html"));
        for (String text : new String[] { "Have a strategy for using social networks", "of no importance at all",
                "(within: Have a strategy for using social networks), n=90", "Delay or reluctance: lack of time, resources and skills",
                "Pages that replied to at least 500 user posts", "<figure id=\"chart-questionnaire\">", "<figure id=\"chart-positioning-map\">",
                "Error bars: 95% Clopper-Pearson intervals.", "<h2>About this report</h2>", "<em>social caring</em>",
                "<li><a href=\"#section-9\">Positioning map</a></li>", "<li><a href=\"#section-5\">Answers by strategy</a></li>", "<figure class=\"table\" id=\"table-by-strategy\">", "<figure id=\"chart-replies-by-sector\">",
                "Computed from dataset 'Corporate Facebook pages (SYNTHETIC)'. Error bars: 95% Wilson intervals.",
                "mean of median_reply_hours in dataset pages, simple random sampling; 95% t intervals", "34.16<span class=\"base\">[30.55, 37.76]</span>" }) {
            assertTrue(blogmeter.contains(text), text);
        }
        assertTrue(Files.size(dir.resolve("blogmeter-2013.pdf")) > 10_000);
        // seed A's saved table: its six findings by firm size, labelled, with design-based letters
        String ipsos = Files.readString(dir.resolve("ipsos-2013.html"));
        for (String text : new String[] { "<figure class=\"table\" id=\"table-by-size\">", "<th scope=\"col\">SMEs (A)</th>",
                "<th class=\"banner-question\" colspan=\"5\" scope=\"rowgroup\">See security as a risk or obstacle of social tools</th>", "<sup>A</sup>" }) {
            assertTrue(ipsos.contains(text), text);
        }
        // The committed results are current: reporting reuses them and leaves the studies as they are.
        assertTrue(run.out().contains("(findings from data: 0 computed, 1 reused; comparisons: 0 computed, 14 reused)"), run.out());
        org.junit.jupiter.api.Assertions.assertArrayEquals(ipsosBefore, Files.readAllBytes(CliRunner.IPSOS));
        org.junit.jupiter.api.Assertions.assertArrayEquals(blogmeterBefore, Files.readAllBytes(CliRunner.BLOGMETER));
    }

    /**
     * The Ipsos gaps at assumed group sizes, as R 4.2.2 prop.test (Yates): whole sample, 5,000 per
     * group, security 71% vs 60% → prop.test(c(3550, 3000), c(5000, 5000)): X² = 133.37802854298042,
     * significant after Holm; productivity 58% vs 59% → X² = 0.98898156729482034, p = .31999141578470897,
     * not significant. At one country's ~310 (155 per group) the security gap is not significant:
     * prop.test(c(110, 93), c(155, 155)): X² = 3.6536071083283455, p = .055947918214874069, and the report says so.
     */
    @Test
    void ipsosVerdictsDependOnTheAssumedGroupSizes() throws Exception {
        org.studybench.model.study.Study study = org.studybench.model.io.StudyResources.load(CliRunner.IPSOS);
        java.util.Map<String, org.studybench.model.study.Result> results = new java.util.HashMap<>();
        study.getComparisons().forEach(c -> results.put(c.getName(), c.getResult()));
        assertEquals(133.37802854298042, results.get("security-whole").getStatistic(), 133.4 * 1e-12);
        assertTrue(results.get("security-whole").getAdjustedP() < 0.05);
        assertEquals(0.98898156729482034, results.get("productivity-whole").getStatistic(), 1e-12);
        assertEquals(0.31999141578470897, results.get("productivity-whole").getPValue(), 1e-12);
        assertTrue(results.get("productivity-whole").getAdjustedP() > 0.05);
        assertEquals(3.6536071083283455, results.get("security-country").getStatistic(), 1e-12);
        assertEquals(0.055947918214874069, results.get("security-country").getPValue(), 1e-12);
        assertTrue(results.get("security-country").getAdjustedP() > 0.05);
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("ipsos-2013.html"));
        assertTrue(html.contains("<li>“See security as a risk or obstacle of social tools”: significant with whole sample: 5,000 per group"), html);
        assertTrue(html.contains("<li>See lost productivity as a risk or obstacle: not significant at any split</li>"), html);
        // the second finding's range as stored (min_share[2] 0.014, max_share[2] 0.987), read through ResultValues
        assertTrue(html.contains("See security as a risk or obstacle of social tools: significant while large enterprises are between 1.4% and 98.7% of the sample"),
                html);
    }

    /**
     * Column-proportion letters from the findings and segments of a comparison (5,000 per group): the
     * pooled z of each row is the square root of prop.test(..., correct = FALSE)'s X² (R 4.2.2):
     * security prop.test(c(3550, 3000), c(5000, 5000)) → z = 11.569976902619992, p = 5.84984170044184e-31;
     * productivity prop.test(c(2900, 2950), ...) → z = −1.0147709425799716, p = .31021502794593686.
     * The report letters the large-firm cells that exceed the SMEs'.
     */
    @Test
    void ipsosLettersFromFindingsAndSegments() throws Exception {
        org.studybench.model.study.Result r = org.studybench.model.io.StudyResources.load(CliRunner.IPSOS).getComparisons().stream()
                .filter(c -> c.getName().equals("letters-whole")).findFirst().orElseThrow().getResult();
        java.util.Map<String, String> values = new java.util.HashMap<>();
        r.getValues().forEach(v -> values.put(v.getName(), v.getValue()));
        assertEquals(11.569976902619992, Double.parseDouble(values.get("z[2,AB]")), 1e-9);
        assertEquals(5.84984170044184e-31, Double.parseDouble(values.get("p[2,AB]")), 1e-40);
        assertEquals(-1.0147709425799716, Double.parseDouble(values.get("z[3,AB]")), 1e-9);
        assertEquals(0.31021502794593686, Double.parseDouble(values.get("p[3,AB]")), 1e-12);
        assertEquals("B", values.get("letters[2,A]"));
        assertEquals("", values.getOrDefault("letters[3,A]", "") + values.getOrDefault("letters[3,B]", ""));
        // the same through the typed reader the report and the workbench use
        String[][] letters = org.studybench.compare.ResultValues.letters(r, 3, 2).orElseThrow();
        assertEquals("B", letters[1][0]);
        assertEquals("", letters[2][0] + letters[2][1]);
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("ipsos-2013.html"));
        assertTrue(html.contains("Large enterprises <span class=\"letter\">(A)</span>"), html);
        assertTrue(html.contains("71%<sup class=\"letters\">B</sup>"), html);
        assertTrue(html.contains("See security as a risk or obstacle of social tools: A &gt; B<br/>See lost productivity as a risk or obstacle: no significant difference"),
                html);
    }

    /** Report text is Markdown with raw HTML escaped and nothing fetched: a study file cannot inject into a report. */
    @Test
    void reportTextCannotInjectHtml() throws Exception {
        Path copy = dir.resolve("b/blogmeter-2013.study");
        Files.createDirectories(copy.getParent().resolve("data"));
        for (String data : new String[] { "data/pages.parquet", "data/companies.parquet" }) {
            Files.copy(CliRunner.BLOGMETER.getParent().resolve(data), copy.getParent().resolve(data));
        }
        Files.writeString(copy, Files.readString(CliRunner.BLOGMETER).replace("Only **3%**",
                "Only **3%** &lt;script&gt;alert(1)&lt;/script&gt; ![logo](https://example.com/logo.png)"));
        Run run = CliRunner.run("report", copy.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(dir.resolve("out/blogmeter-2013.html"));
        assertTrue(html.contains("Only <strong>3%</strong> &lt;script&gt;alert(1)&lt;/script&gt; [image: logo]"), html);
        assertTrue(!html.contains("<script") && !html.contains("example.com"));
    }

    /**
     * The Ipsos data path: the synthetic respondents (weighted) reproduce the published security gap
     * (71% vs 60%), which the design-based test finds clearly significant; within SMEs the countries
     * (~155 respondents each) do not differ significantly.
     */
    @Test
    void ipsosSyntheticRespondentsThroughTheDataPath() throws Exception {
        JsonObject all = JsonParser.parseString(CliRunner.run("crosstab", CliRunner.IPSOS.toString(), "--row", "security", "--col", "size", "--json").out())
                .getAsJsonObject();
        var percent = all.getAsJsonArray("column_percent").get(1).getAsJsonArray(); // row "yes"; columns SME, large
        assertEquals(60, percent.get(0).getAsDouble(), 1.5);
        assertEquals(71, percent.get(1).getAsDouble(), 1.5);
        assertTrue(all.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("p_value").getAsDouble() < 1e-6);
        assertEquals("A", all.getAsJsonArray("letters").get(1).getAsJsonArray().get(1).getAsString(), "large firms' share exceeds SMEs'");
        JsonObject sme = JsonParser.parseString(CliRunner.run("crosstab", CliRunner.IPSOS.toString(), "--row", "security", "--col", "country", "--segment",
                "sme", "--json").out()).getAsJsonObject();
        assertEquals(32, sme.getAsJsonArray("columns").size());
        assertTrue(sme.getAsJsonObject("tests").getAsJsonObject("rao_scott").get("p_value").getAsDouble() > 0.05);

        // The computed finding holds the same weighted share as the crosstab, with its design-based (logit) interval:
        // the segment and the crosstab column are the same domain of the whole design.
        org.studybench.model.study.Finding computed = org.studybench.model.io.StudyResources.load(CliRunner.IPSOS).getFindings().stream()
                .filter(f -> f.getName().equals("security-respondents")).findFirst().orElseThrow();
        var large = computed.getEstimates().stream().filter(e -> e.getSegment() != null && e.getSegment().getName().equals("large")).findFirst()
                .orElseThrow();
        assertEquals(percent.get(1).getAsDouble() / 100, large.getValue(), 1e-12);
        assertEquals(all.getAsJsonArray("ci_low").get(1).getAsJsonArray().get(1).getAsDouble() / 100, large.getCiLow(), 1e-12);
        assertEquals("logit (design-based)", large.getCiMethod());
    }

    /** A changed input recomputes that comparison only, and the result is saved into the study. */
    @Test
    void changedInputsAreRecomputedAndTheRestReused() throws Exception {
        Path copy = dir.resolve("ipsos/ipsos-2013.study");
        Files.createDirectories(copy.getParent().resolve("data"));
        Files.copy(CliRunner.IPSOS.getParent().resolve("data/respondents.parquet"), copy.getParent().resolve("data/respondents.parquet"));
        Files.writeString(copy, Files.readString(CliRunner.IPSOS).replaceFirst("<parameters name=\"n1\" value=\"155\"/>",
                "<parameters name=\"n1\" value=\"300\"/>"));
        Run run = CliRunner.run("report", copy.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(findings from data: 0 computed, 1 reused; comparisons: 1 computed, 13 reused)"), run.out());
        Run again = CliRunner.run("report", copy.toString(), "--out", dir.resolve("out").toString());
        assertTrue(again.out().contains("(findings from data: 0 computed, 1 reused; comparisons: 0 computed, 14 reused)"), again.out());
    }

    /** Letters of published findings without n need the assumed group sizes; the error says which parameter. */
    @Test
    void lettersWithoutGroupSizesNameTheParameter() throws Exception {
        Path copy = dir.resolve("ipsos-no-bases/ipsos-2013.study");
        Files.createDirectories(copy.getParent().resolve("data"));
        Files.copy(CliRunner.IPSOS.getParent().resolve("data/respondents.parquet"), copy.getParent().resolve("data/respondents.parquet"));
        Files.writeString(copy, Files.readString(CliRunner.IPSOS).replace("<parameters name=\"bases\" value=\"5000,5000\"/>", ""));
        Run run = CliRunner.run("report", copy.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.err().contains("comparison 'letters-whole': finding 'colleagues' has no n for segment 'large'; give the assumed group sizes as parameter bases"),
                run.err());
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
        String[][] charts = { { CliRunner.IPSOS.toString(), "gaps" }, { CliRunner.BLOGMETER.toString(), "questionnaire" }, { CliRunner.BLOGMETER.toString(), "causes" },
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
