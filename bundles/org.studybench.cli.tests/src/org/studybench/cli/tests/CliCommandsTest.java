package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class CliCommandsTest {

    @TempDir
    Path dir;

    @Test
    void versionAndHelp() throws Exception {
        Run version = CliRunner.run("--version");
        assertEquals(0, version.exitCode());
        assertEquals("StudyBench 0.1.0\n", version.out());
        Run help = CliRunner.run("--help");
        assertEquals(0, help.exitCode());
        for (String command : new String[] { "new", "describe", "validate", "plugins", "report", "gui [FOLDER]" }) {
            assertTrue(help.out().contains("  " + command), () -> command + " missing from help:\n" + help.out());
        }
    }

    @Test
    void newCreatesAValidEmptyStudyAndRefusesToOverwrite() throws Exception {
        Path file = dir.resolve("surveys/brand.study");
        Run created = CliRunner.run("new", file.toString(), "--title", "Brand tracker");
        assertEquals(0, created.exitCode(), created.err());
        assertEquals("Created " + file + "\n", created.out());
        JsonObject described = JsonParser.parseString(CliRunner.run("describe", file.toString(), "--json").out()).getAsJsonObject();
        assertEquals("brand", described.get("name").getAsString());
        assertEquals("Brand tracker", described.get("title").getAsString());
        assertEquals(36, described.get("id").getAsString().length());

        Run again = CliRunner.run("new", file.toString(), "--title", "Other");
        assertEquals(1, again.exitCode());
        assertEquals("studybench new: " + file + ": already exists (use --force to overwrite it)\n", again.err());
        assertEquals(0, CliRunner.run("new", file.toString(), "--title", "Other", "--force").exitCode());
    }

    @Test
    void describeListsTheSixPublishedIpsosFindings() throws Exception {
        Run run = CliRunner.run("describe", CliRunner.IPSOS.toString(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonObject study = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray findings = study.getAsJsonArray("findings");
        assertEquals(7, findings.size()); // six published, one computed from the synthetic respondents
        assertEquals(6, findings.asList().stream().filter(f -> f.getAsJsonObject().get("origin").getAsString().equals("published")).count());
        JsonObject security = findings.get(1).getAsJsonObject();
        assertEquals("security", security.get("name").getAsString());
        assertEquals("published", security.get("origin").getAsString());
        JsonArray estimates = security.getAsJsonArray("estimates");
        assertEquals("large", estimates.get(0).getAsJsonObject().get("segment").getAsString());
        assertEquals(0.71, estimates.get(0).getAsJsonObject().get("value").getAsDouble());
        assertEquals(0.60, estimates.get(1).getAsJsonObject().get("value").getAsDouble());

        Run text = CliRunner.run("describe", CliRunner.IPSOS.toString());
        assertTrue(text.out().startsWith("Social tools at work: SMEs vs large enterprises  (ipsos-2013)\nDate: 2013-07\n"), text.out());
        assertTrue(text.out().contains("  security              published  large 71.0%, sme 60.0%\n"), text.out());
    }

    @Test
    void validateReportsProblemsWithExitCodeOne() throws Exception {
        Run ok = CliRunner.run("validate", CliRunner.IPSOS.toString());
        assertEquals(0, ok.exitCode(), ok.out());
        assertEquals(CliRunner.IPSOS + ": valid (0 errors, 0 warnings)\n", ok.out());

        Path broken = dir.resolve("broken.study");
        Files.createDirectories(dir.resolve("data")); // its data beside it (a missing data file is an error of its own)
        Files.copy(CliRunner.IPSOS.resolveSibling("data/respondents.parquet"), dir.resolve("data/respondents.parquet"));
        Files.writeString(broken, Files.readString(CliRunner.IPSOS).replace("value=\"0.71\"", "value=\"71\""));
        Run bad = CliRunner.run("validate", broken.toString());
        assertEquals(1, bad.exitCode());
        assertEquals(broken + ": error: Finding 'security' has segment 'large' with proportion 71.0 outside 0..1 (write 0.71 for 71.0%)\n"
                + broken + ": invalid (1 error, 0 warnings)\n", bad.out());
    }

    @Test
    void inputErrorsAreOneLineWithoutStackTraces() throws Exception {
        Path malformed = dir.resolve("malformed.study");
        Files.writeString(malformed, "<?xml version=\"1.0\"?>\n<study:Study xmlns:study=\"https://studybench.org/model/study/1.0\">\n<oops>\n");
        Run run = CliRunner.run("describe", malformed.toString());
        assertEquals(1, run.exitCode());
        assertEquals("studybench describe: " + malformed + ":4:1: XML document structures must start and end within the same entity.\n", run.err());

        Run missing = CliRunner.run("validate", dir.resolve("nope.study").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("studybench validate: " + dir.resolve("nope.study") + ": no such study file\n", missing.err());

        // a data file: a name it does not have, a file that is not there, a folder
        Path csv = Files.writeString(dir.resolve("answers.csv"), "id,Q1,q2,w\n1,yes,1,1.5\n2,no,2,2\n3,yes,1,1\n");
        Run unknown = CliRunner.run("banner", csv.toString(), "--rows", "q9", "--cols", "q2", "--weight", "W");
        assertEquals(1, unknown.exitCode());
        assertEquals("studybench banner: " + csv + ": no variable named 'q9' (similar: q2); check the variable names\n", unknown.err());
        Run parquet = CliRunner.run("crosstab", dir.resolve("nope.parquet").toString(), "--row", "a", "--col", "b");
        assertEquals("studybench crosstab: " + dir.resolve("nope.parquet") + ": no such file\n", parquet.err());
        Run folder = CliRunner.run("crosstab", dir.toString(), "--row", "a", "--col", "b");
        assertEquals(1, folder.exitCode());
        assertTrue(folder.err().startsWith("studybench crosstab: " + dir + ": is a folder; give a data file"), folder.err());

        Run unknownOption = CliRunner.run("describe", CliRunner.IPSOS.toString(), "--colour");
        assertEquals(1, unknownOption.exitCode());
        assertTrue(unknownOption.err().startsWith("studybench describe: Unknown option: '--colour'\n"), unknownOption.err());
        assertFalse(unknownOption.err().contains("\tat "));
    }

    @Test
    void pluginsListsTheHtmlReportFormatWithItsBundle() throws Exception {
        Run json = CliRunner.run("plugins", "--json");
        assertEquals(0, json.exitCode(), json.err());
        JsonArray entries = JsonParser.parseString(json.out()).getAsJsonArray();
        JsonObject html = null;
        for (var e : entries) {
            if (e.getAsJsonObject().get("id").getAsString().equals("html")) {
                html = e.getAsJsonObject();
            }
        }
        assertTrue(html != null, json.out());
        assertEquals("report format", html.get("kind").getAsString());
        assertEquals("org.studybench.report", html.get("bundle").getAsString());
        assertTrue(html.get("version").getAsString().startsWith("0.1.0"));
        assertEquals("StudyBench", html.get("vendor").getAsString(), "who made the bundle, from its manifest");

        Run text = CliRunner.run("plugins");
        assertTrue(text.out().startsWith("KIND"), text.out());
        assertTrue(text.out().lines().anyMatch(l -> l.startsWith("report format") && l.contains("html") && l.contains("org.studybench.report")
                && l.endsWith(" StudyBench")), text.out());
        assertTrue(text.out().startsWith("KIND") && text.out().lines().findFirst().orElseThrow().endsWith("VENDOR"), text.out());
    }
}
