package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.TableSpec;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Tables saved in a study: created with {@code banner --save}, shown with {@code banner --table}, changed
 * with {@code set}, listed by {@code describe} and rendered in reports. The numbers are the crosstab's
 * (whose design-based percentages, letters and Rao-Scott F are checked against R survey in the data tests):
 * a saved table is computed by the same one-pass query.
 */
class SavedTablesTest {

    @TempDir
    Path dir;

    private Path copy() throws Exception {
        Path copy = dir.resolve("ipsos/ipsos-2013.study");
        Run run = CliRunner.run("copy", CliRunner.IPSOS.toString(), copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        return copy;
    }

    @Test
    void theSeedStudysTableShowsTheCrosstabsNumbers() throws Exception {
        byte[] before = Files.readAllBytes(CliRunner.IPSOS);
        Run table = CliRunner.run("banner", CliRunner.IPSOS.toString(), "--table", "by-size");
        assertEquals(0, table.exitCode(), table.err());
        JsonObject crosstab = JsonParser.parseString(CliRunner.run("crosstab", CliRunner.IPSOS.toString(), "--row", "security", "--col", "size", "--json").out())
                .getAsJsonObject();
        JsonArray yes = crosstab.getAsJsonArray("column_percent").get(1).getAsJsonArray(); // SME, large
        String line = String.format(Locale.ROOT, "Yes %.1f%% %.1f%% %.1f%% A", 65.1, yes.get(0).getAsDouble(), yes.get(1).getAsDouble());
        List<String> lines = table.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        int security = lines.indexOf("See security as a risk or obstacle of social tools");
        assertTrue(security > 0, table.out());
        assertEquals(line, lines.get(security + 2), table.out());
        assertEquals("Total Firm size", lines.get(0));
        assertEquals("Total SMEs (A) Large enterprises (B)", lines.get(1));
        assertEquals("p (Rao-Scott F) < .001", lines.get(security + 4));
        assertArrayEquals(before, Files.readAllBytes(CliRunner.IPSOS), "showing a table changes nothing");
        assertTrue(CliRunner.run("describe", CliRunner.IPSOS.toString()).out().contains("Tables (1)\n  by-size  colleagues, security"));
    }

    /**
     * Seed B's table of the (synthetic) questionnaire by strategy, and its causes one by one. Importance was
     * asked only of the 90 companies with a strategy: its No-strategy column is empty and untested. Lack of time is cited by 35
     * of 60 companies without a strategy and 30 of 90 with one: R chisq.test(matrix(c(25, 35, 60, 30), 2),
     * correct = FALSE)$p.value = 0.002469714292547197 (".002"), and the two-column letter test is the same
     * z-test (prop.test(c(35, 30), c(60, 90), correct = FALSE)$p.value, equal); weak culture 30 of 60 vs 20
     * of 90: chisq.test(matrix(c(30, 30, 70, 20), 2), correct = FALSE)$p.value = 0.00040695201744495903.
     */
    @Test
    void seedBsQuestionnaireByStrategy() throws Exception {
        Run run = CliRunner.run("banner", CliRunner.BLOGMETER.toString(), "--table", "by-strategy");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        assertEquals("Total No strategy (A) Strategy (B)", lines.get(1));
        int importance = lines.indexOf("Importance of social networks for business and customer care (asked of companies with a strategy)");
        assertEquals("Of no importance at all 6.7% – 6.7%", lines.get(importance + 1));
        assertEquals("Of little importance 28.9% – 28.9%", lines.get(importance + 2));
        // the nets (32 of 90 of little or no importance: 35.6%, published 35%) and the mean of the codes 1-4: 252 / 90
        assertEquals("Of little or no importance (net) 35.6% – 35.6%", lines.get(importance + 5));
        assertEquals("Important (net) 64.4% – 64.4%", lines.get(importance + 6));
        assertEquals("Mean 2.80 – 2.80", lines.get(importance + 7));
        assertEquals("Median 3 – 3", lines.get(importance + 8), "6 + 26 of 90 answer 1 or 2, the 45th answer is 3");
        assertEquals("Base (n) 90 0 90", lines.get(importance + 9));
        assertEquals("p (chi-square) –", lines.get(importance + 10));
        // the causes as a multiple-response set: each cause's share of the 150 (who all answered), labels without
        // their common "Delay or reluctance: ", and the net of any cause: 53 of 60 vs 64 of 90,
        // prop.test(c(53, 64), c(60, 90), correct = FALSE)$p.value = 0.012613821923945985 (B); no test of the set as a whole
        int causes = lines.indexOf("Causes of delay or reluctance (more than one could be cited)");
        assertEquals("Lack of time, resources and skills 43.3% 58.3% B 33.3%", lines.get(causes + 1));
        assertEquals("Difficulty defining indicators to measure impact 40.0% 40.0% 40.0%", lines.get(causes + 2));
        assertEquals("Weak corporate culture and strategic consideration 33.3% 50.0% B 22.2%", lines.get(causes + 3));
        assertEquals("Any of these (net) 78.0% 88.3% B 71.1%", lines.get(causes + 4));
        assertEquals("Base (n) 150 60 90", lines.get(causes + 5));
        assertTrue(lines.get(causes + 6).startsWith("Cells: column percentages."), run.out());
        assertTrue(lines.get(causes + 6).endsWith("Multiple-response sets: each item's share of the respondents who answered any of the set's items (more than one may be selected)."),
                run.out());

        // the causes are variables of the second dataset, not of the first (the pages): said in the user's words
        Run wrongDataset = CliRunner.run("banner", CliRunner.BLOGMETER.toString(), "--rows", "cause_time,causes", "--cols", "strategy");
        assertEquals("studybench banner: " + CliRunner.BLOGMETER + ": dataset 'pages' has no variable or multiple-response set 'cause_time', 'causes', "
                + "'strategy'\n", wrongDataset.err());
        assertTrue(wrongDataset.exitCode() != 0);
        Run single = CliRunner.run("banner", CliRunner.BLOGMETER.toString(), "--dataset", "companies", "--rows", "cause_time,cause_culture", "--cols",
                "strategy");
        assertEquals(0, single.exitCode(), single.err());
        lines = single.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        int time = lines.indexOf("Delay or reluctance: lack of time, resources and skills");
        assertTrue(lines.subList(time, lines.size()).stream().noneMatch(l -> l.startsWith("Mean")), "cited / not cited has no mean");
        assertEquals("Not cited 56.7% 41.7% 66.7% A", lines.get(time + 1));
        assertEquals("Cited 43.3% 58.3% B 33.3%", lines.get(time + 2));
        assertEquals("p (chi-square) .002", lines.get(time + 4));
        int culture = lines.indexOf("Delay or reluctance: weak corporate culture and strategic consideration");
        assertEquals("Cited 33.3% 50.0% B 22.2%", lines.get(culture + 2));
        assertEquals("p (chi-square) < .001", lines.get(culture + 4));
    }

    @Test
    void savedChangedAndShownAgainTheSameWay() throws Exception {
        Path study = copy();
        Run saved = CliRunner.run("banner", study.toString(), "--rows", "security,colleagues", "--cols", "country", "--segment", "sme", "--save", "sme-countries",
                "--correction", "holm");
        assertEquals(0, saved.exitCode(), saved.err());
        assertTrue(saved.out().endsWith("Saved table 'sme-countries' in " + study + "\n"), saved.out());
        TableSpec spec = StudyResources.load(study).getTables().stream().filter(t -> t.getName().equals("sme-countries")).findFirst().orElseThrow();
        assertEquals(List.of("security", "colleagues"), spec.getRows());
        assertEquals(List.of("country"), spec.getColumns());
        assertEquals("sme", spec.getSegment().getName());
        assertEquals("holm", spec.getCorrection());
        Run shown = CliRunner.run("banner", study.toString(), "--table", "sme-countries");
        assertEquals(0, shown.exitCode(), shown.err());
        assertEquals(saved.out().substring(0, saved.out().lastIndexOf("Saved table")), shown.out());
        assertTrue(shown.out().contains("holm-adjusted"), shown.out());
        // 32 countries are lettered A ... Z, AA ... AF
        assertTrue(shown.out().contains("(AF)"), shown.out());

        // what the table shows is part of it: counts, a minimum base, answers by their Total percentage
        Run set = CliRunner.run("set", study.toString(), "table", "by-size", "--set", "counts=true", "--set", "minimumBase=5000", "--set", "sortOrder=descending");
        assertEquals(0, set.exitCode(), set.err());
        List<String> lines = CliRunner.run("banner", study.toString(), "--table", "by-size").out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        int security = lines.indexOf("See security as a risk or obstacle of social tools");
        assertTrue(lines.get(security + 1).startsWith("Yes 65.1%"), "Yes (65.1%) before No: " + lines);
        assertTrue(lines.get(security + 2).matches("n \\d+ \\d+ \\d+"), lines.get(security + 2));
        // large firms (4,954 respondents) fall under the minimum: starred, no letters from or to them
        assertTrue(lines.get(security + 1).endsWith("%*"), lines.get(security + 1));
        assertFalse(lines.get(security + 3).contains(" B"), lines.get(security + 3));
        assertTrue(lines.get(lines.size() - 1).endsWith("* Fewer than 5000 respondents: no letters to or from this column."), lines.toString());

        JsonObject described = JsonParser.parseString(CliRunner.run("describe", study.toString(), "--json").out()).getAsJsonObject();
        assertEquals(2, described.getAsJsonArray("tables").size());
        Path out = dir.resolve("out");
        Run report = CliRunner.run("report", study.toString(), "--out", out.toString(), "--format", "html");
        assertEquals(0, report.exitCode(), report.err());
        String html = Files.readString(out.resolve("ipsos-2013.html"));
        assertTrue(html.contains("<figure class=\"table\" id=\"table-by-size\">"), html);
        assertTrue(html.contains("<figure class=\"table\" id=\"table-sme-countries\">"), html);
        assertTrue(html.contains("<th scope=\"col\">Large enterprises (B)</th>") || html.contains("<th scope=\"col\">Large enterprises</th>"), html);
    }

    /**
     * A multiple-response set made on the command line, its counted answer given by its label ("Yes" for the
     * stored yes): each item's row is that variable's "Yes" row (everyone answered both, so the bases are the
     * same), with the same design-based letters; the net of either is at least each item's share.
     */
    @Test
    void aSetAddedOnTheCommandLineCountsTheAnswerItsLabelNames() throws Exception {
        Path study = copy();
        Run added = CliRunner.run("add", study.toString(), "multiple-response-set", "risks", "--in", "respondents", "--set", "variables=security,it_barrier",
                "--set", "countedValue=Yes", "--set", "label=Risks seen");
        assertEquals(0, added.exitCode(), added.err());
        Run set = CliRunner.run("banner", study.toString(), "--rows", "risks", "--cols", "size");
        Run items = CliRunner.run("banner", study.toString(), "--rows", "security,it_barrier", "--cols", "size");
        assertEquals(0, set.exitCode(), set.err());
        List<String> s = set.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        List<String> v = items.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        int risks = s.indexOf("Risks seen");
        String security = v.get(v.indexOf("See security as a risk or obstacle of social tools") + 2);
        String barrier = v.get(v.indexOf("Say their IT department is a barrier to using social tools") + 2);
        assertTrue(security.startsWith("Yes 65.1%") && barrier.startsWith("Yes "), items.out());
        assertEquals("See security as a risk or obstacle of social tools" + security.substring(3), s.get(risks + 1));
        assertEquals("Say their IT department is a barrier to using social tools" + barrier.substring(3), s.get(risks + 2));
        String[] net = s.get(risks + 3).split(" ");
        assertEquals("Any of these (net)", String.join(" ", java.util.Arrays.copyOf(net, 4)));
        double any = Double.parseDouble(net[4].replace("%", ""));
        assertTrue(any >= 65.1 && any < 100, s.get(risks + 3));
        assertEquals("Base (n) 10000 5046 4954", s.get(risks + 4));

        // a set is a row question, not a breakdown; a set without a counted answer is named, not left to the engine
        Run asColumn = CliRunner.run("banner", study.toString(), "--rows", "security", "--cols", "risks");
        assertEquals("studybench banner: " + study + ": 'risks' is a multiple-response set; a breakdown is a variable, a set can be a row question\n",
                asColumn.err());
        assertEquals(0, CliRunner.run("add", study.toString(), "multiple-response-set", "uncounted", "--in", "respondents", "--set",
                "variables=security,it_barrier").exitCode());
        Run uncounted = CliRunner.run("banner", study.toString(), "--rows", "uncounted", "--cols", "size");
        assertEquals("studybench banner: " + study + ": multiple-response set 'uncounted' has no counted value (the answer that means selected, e.g. 1 or yes)\n",
                uncounted.err());
        // a set named like a variable: the name means the variable
        assertEquals(0, CliRunner.run("add", study.toString(), "multiple-response-set", "security", "--in", "respondents", "--set",
                "variables=security,it_barrier", "--set", "countedValue=yes").exitCode());
        List<String> named = CliRunner.run("banner", study.toString(), "--rows", "security", "--cols", "size").out().lines()
                .map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        assertEquals(security, named.get(named.indexOf("See security as a risk or obstacle of social tools") + 2));
    }

    /**
     * A computed finding on a multiple-response set: level "any" is the share that cited any cause, 117 of
     * the 150 companies (seed B's synthetic answers, unweighted). Interval as R: svyciprop(~x, svydesign(id =
     * ~1, data = data.frame(x = c(rep(1, 117), rep(0, 33)))), method = "logit"): [0.7057603613622313,
     * 0.83976108802742988] (R's estimate 0.77999999999978864 comes from glm's iterations, hence 1e-9).
     */
    @Test
    void aComputedFindingCountsAnyItemOfASet() throws Exception {
        Path study = dir.resolve("blogmeter/blogmeter-2013.study");
        assertEquals(0, CliRunner.run("copy", CliRunner.BLOGMETER.toString(), study.toString()).exitCode());
        Run wrong = CliRunner.run("add", study.toString(), "finding", "some-cause", "--set", "origin=computed", "--set", "measure=proportion", "--set",
                "variable=causes", "--set", "level=cause_x", "--set", "dataset=companies");
        assertEquals(0, wrong.exitCode(), wrong.err()); // saved: the data decide whether the level is one of the set's items
        Run refused = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, refused.exitCode());
        assertTrue(refused.err().contains("finding 'some-cause': multiple-response set 'causes' has no item 'cause_x'; the level is one of its items "
                + "(cause_time, cause_indicators, cause_culture) or 'any' for any of them"), refused.err());
        assertEquals(0, CliRunner.run("set", study.toString(), "finding", "some-cause", "--set", "level=any").exitCode());
        Run report = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, report.exitCode(), report.err());
        org.studybench.model.study.Estimate any = StudyResources.load(study).getFindings().stream().filter(f -> f.getName().equals("some-cause")).findFirst()
                .orElseThrow().getEstimates().get(0);
        assertEquals(0.78, any.getValue(), 1e-12);
        assertEquals(150, any.getN());
        assertEquals(0.7057603613622313, any.getCiLow(), 1e-9);
        assertEquals(0.83976108802742988, any.getCiHigh(), 1e-9);
    }

    /**
     * A computed finding whose level names a net of its variable: "important" (answers 3 and 4 of importance)
     * is 58 of the 90 companies that were asked (60 have no answer). Without a design the respondents who answered
     * are the sample (as the finding's other answers are computed), R: svyciprop(~x, svydesign(id = ~1, data =
     * data.frame(x = c(rep(1, 58), rep(0, 32)))), method = "logit"): 0.64444444444443538 [0.53860005724458127,
     * 0.73782726344877736]. Changing the net's answers computes it again.
     */
    @Test
    void aComputedFindingMayCountANet() throws Exception {
        Path study = dir.resolve("blogmeter/blogmeter-2013.study");
        assertEquals(0, CliRunner.run("copy", CliRunner.BLOGMETER.toString(), study.toString()).exitCode());
        assertEquals(0, CliRunner.run("add", study.toString(), "finding", "important", "--set", "origin=computed", "--set", "measure=proportion", "--set",
                "variable=importance", "--set", "level=important", "--set", "dataset=companies").exitCode());
        Run report = CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, report.exitCode(), report.err());
        org.studybench.model.study.Estimate net = StudyResources.load(study).getFindings().stream().filter(f -> f.getName().equals("important")).findFirst()
                .orElseThrow().getEstimates().get(0);
        assertEquals(58 / 90.0, net.getValue(), 1e-12);
        assertEquals(0.53860005724458127, net.getCiLow(), 1e-9);
        assertEquals(0.73782726344877736, net.getCiHigh(), 1e-9);
        // the net's definition is an input: "important" made of answer 4 alone (20 of 90) is computed again
        org.studybench.model.study.Study changed = StudyResources.load(study);
        org.studybench.model.study.Net important = changed.getDatasets().get(1).getVariables().stream().filter(v -> v.getName().equals("importance"))
                .findFirst().orElseThrow().getNets().get(1);
        assertEquals("important", important.getName());
        important.getLevels().remove("3");
        StudyResources.save(changed, study);
        assertEquals(0, CliRunner.run("report", study.toString(), "--out", dir.resolve("out").toString()).exitCode());
        assertEquals(20 / 90.0, StudyResources.load(study).getFindings().stream().filter(f -> f.getName().equals("important")).findFirst().orElseThrow()
                .getEstimates().get(0).getValue(), 1e-12);
    }

    /**
     * A segment in which nobody answered a question (importance was asked only of companies with a strategy)
     * shows that question as an empty block instead of failing the whole banner; the set's items are 0% of the
     * seven companies without a strategy that cited no cause.
     */
    @Test
    void aQuestionNobodyInTheSegmentAnsweredIsAnEmptyBlock() throws Exception {
        Path study = dir.resolve("blogmeter/blogmeter-2013.study");
        assertEquals(0, CliRunner.run("copy", CliRunner.BLOGMETER.toString(), study.toString()).exitCode());
        assertEquals(0, CliRunner.run("add", study.toString(), "segment", "no-cause", "--set",
                "filter=cause_time = \"no\" and cause_indicators = \"no\" and cause_culture = \"no\" and strategy = \"no\"").exitCode());
        Run run = CliRunner.run("banner", study.toString(), "--dataset", "companies", "--rows", "importance,causes", "--cols", "strategy", "--segment",
                "no-cause");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().map(l -> l.trim().replaceAll("\\s+", " ")).toList();
        int importance = lines.indexOf("Importance of social networks for business and customer care (asked of companies with a strategy)");
        assertEquals("Of little or no importance (net) – –", lines.get(importance + 1));
        assertEquals("Base (n) 0 0", lines.get(importance + 3));
        int causes = lines.indexOf("Causes of delay or reluctance (more than one could be cited)");
        assertEquals("Any of these (net) 0.0% 0.0%", lines.get(causes + 4));
        assertEquals("Base (n) 7 7", lines.get(causes + 5));
    }

    @Test
    void mistakesAreOneLineAndLeaveTheStudyAsItWas() throws Exception {
        Path study = copy();
        byte[] before = Files.readAllBytes(study);
        Run unknownVariable = CliRunner.run("banner", study.toString(), "--rows", "security,secrity", "--cols", "size", "--save", "typo");
        assertEquals(1, unknownVariable.exitCode());
        assertEquals("studybench banner: " + study + ": not saved: Table 'typo': row question 'secrity' is not a variable or multiple-response set of dataset 'respondents'\n",
                unknownVariable.err());
        Run taken = CliRunner.run("banner", study.toString(), "--rows", "security", "--cols", "size", "--save", "by-size");
        assertEquals(1, taken.exitCode());
        assertTrue(taken.err().contains("by-size"), taken.err());
        Run missing = CliRunner.run("banner", study.toString(), "--table", "by-sise");
        assertEquals("studybench banner: " + study + ": has no table named 'by-sise'; its tables: by-size\n", missing.err());
        Run both = CliRunner.run("banner", study.toString(), "--table", "by-size", "--rows", "security");
        assertEquals(1, both.exitCode());
        assertTrue(both.err().contains("the saved table decides its questions"), both.err());
        Run noRows = CliRunner.run("banner", study.toString());
        assertEquals("studybench banner: give the questions and breakdowns (--rows and --cols), or a table saved in a study (--table NAME)\n", noRows.err());
        Path csv = Files.writeString(dir.resolve("a.csv"), "q,g\nyes,a\nno,b\n");
        Run onCsv = CliRunner.run("banner", csv.toString(), "--table", "x");
        assertEquals("studybench banner: " + csv + ": --table needs a .study file; tables are saved in studies\n", onCsv.err());
        Run badCorrection = CliRunner.run("set", study.toString(), "table", "by-size", "--set", "alpha=2");
        assertEquals(1, badCorrection.exitCode());
        assertTrue(badCorrection.err().contains("alpha"), badCorrection.err());
        assertArrayEquals(before, Files.readAllBytes(study), "no failed command changed the study");
    }
}
