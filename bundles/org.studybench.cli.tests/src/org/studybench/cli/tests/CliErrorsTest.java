package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.studybench.cli.Cli;
import org.studybench.cli.CliServices;
import org.studybench.cli.ErrorLog;
import org.studybench.cli.Json;
import org.studybench.cli.UserMessages;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.StudyService;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Exit codes and messages (issue 13): input errors are one line naming file and place, exit 1;
 * internal errors are one line naming the log that keeps the stack trace in the user's folder, exit 2;
 * no Java class names; JSON never fails on numbers that are not finite.
 */
class CliErrorsTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetLogFolder() {
        System.clearProperty("studybench.logs");
    }

    @Test
    void anInternalErrorIsOneLineWithTheLogThatKeepsTheStackTrace() throws Exception {
        Path logs = dir.resolve("state/studybench/logs");
        System.setProperty("studybench.logs", logs.toString());
        StudyService broken = (StudyService) Proxy.newProxyInstance(StudyService.class.getClassLoader(), new Class<?>[] { StudyService.class },
                (proxy, method, args) -> {
                    throw new IllegalStateException("the study service fell over");
                });
        CliServices real = CliServices.lookUp(FrameworkUtil.getBundle(CliErrorsTest.class).getBundleContext(), "0.1.0");
        CliServices services = new CliServices(real.registry(), broken, real.datasets(), real.imports(), real.reports(), real.authoring(), real.saves(),
                real.version());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(services, new PrintWriter(out), new PrintWriter(err), "describe", "x.study");
        assertEquals(2, code);
        Path log = logs.resolve("cli.log");
        assertEquals("studybench describe: internal error (a bug in StudyBench or a plug-in, not in your input); the details are in " + log + "\n",
                err.toString());
        String logged = Files.readString(log);
        assertTrue(logged.contains("StudyBench 0.1.0: studybench describe x.study"), logged);
        assertTrue(logged.contains("java.lang.IllegalStateException: the study service fell over"), logged);
        assertTrue(logged.contains("\tat "), "the stack trace is kept: " + logged);
    }

    /**
     * A runaway recursion and a full heap are errors, not exceptions; they used to leave the command
     * with the launcher's stack trace in a log. Both are one line with exit 2; a full heap names the
     * limit and the setting that raises it.
     */
    @Test
    void aStackOverflowAndAFullHeapAreOneLineWithTheLog() throws Exception {
        Path logs = dir.resolve("state/studybench/logs");
        System.setProperty("studybench.logs", logs.toString());
        Path log = logs.resolve("cli.log");
        StringWriter err = new StringWriter();
        assertEquals(2, Cli.run(failing(new StackOverflowError()), new PrintWriter(new StringWriter()), new PrintWriter(err), "describe", "x.study"));
        assertEquals("studybench: internal error (a bug in StudyBench or a plug-in, not in your input); the details are in " + log + "\n", err.toString());
        err = new StringWriter();
        assertEquals(2, Cli.run(failing(new OutOfMemoryError("Java heap space")), new PrintWriter(new StringWriter()), new PrintWriter(err), "describe",
                "x.study"));
        assertTrue(err.toString().matches("studybench: out of memory: the command needed more than the \\d+ MB StudyBench may use; give it more with "
                + "STUDYBENCH_VMARGS=-Xmx\\d+g \\(the details are in " + java.util.regex.Pattern.quote(log.toString()) + "\\)\n"), err.toString());
        String logged = Files.readString(log);
        assertTrue(logged.contains("java.lang.StackOverflowError") && logged.contains("java.lang.OutOfMemoryError: Java heap space"), logged);
    }

    /** The real services, but a study service that throws {@code failure}. */
    private static CliServices failing(Throwable failure) throws InterruptedException {
        StudyService broken = (StudyService) Proxy.newProxyInstance(StudyService.class.getClassLoader(), new Class<?>[] { StudyService.class },
                (proxy, method, args) -> {
                    throw failure;
                });
        CliServices real = CliServices.lookUp(FrameworkUtil.getBundle(CliErrorsTest.class).getBundleContext(), "0.1.0");
        return new CliServices(real.registry(), broken, real.datasets(), real.imports(), real.reports(), real.authoring(), real.saves(), real.version());
    }

    @Test
    void logsGoToTheUsersStateFolderNeverTheInstallation() {
        assertEquals(Path.of("/home/ana/.local/state/studybench/logs"), ErrorLog.folder(Map.of(), "/home/ana"));
        assertEquals(Path.of("/var/lib/sb/state/studybench/logs"), ErrorLog.folder(Map.of("XDG_STATE_HOME", "/var/lib/sb/state"), "/home/ana"));
        // The XDG spec says a relative path is invalid and is to be ignored.
        assertEquals(Path.of("/home/ana/.local/state/studybench/logs"), ErrorLog.folder(Map.of("XDG_STATE_HOME", "state"), "/home/ana"));
    }

    @Test
    void inputErrorsAreOneLineWithoutJavaClassNames() throws Exception {
        Path logs = dir.resolve("logs");
        System.setProperty("studybench.logs", logs.toString());
        assertEquals("DOCTYPE is disallowed when the feature is set to true",
                UserMessages.clean("org.apache.xmlbeans.XmlException: DOCTYPE is disallowed when the feature is set to true"));
        assertEquals("Zip bomb detected! The file would exceed the max. ratio", UserMessages.clean("java.io.IOException: Zip bomb detected! The file would exceed the max. ratio"));
        assertEquals("invalid entry size", UserMessages.clean("ZipException: invalid entry size"));
        assertEquals("MyException.csv: line 2", UserMessages.clean("MyException.csv: line 2"));
        assertEquals("no such file or folder: /data/x.csv", UserMessages.io(new NoSuchFileException("/data/x.csv")));
        assertEquals("permission denied: /srv/out", UserMessages.io(new AccessDeniedException("/srv/out")));

        Path csv = dir.resolve("unclosed.csv");
        Files.writeString(csv, "id,comment\n1,\"fine\n2,ok\n3,ok\n");
        Path study = dir.resolve("s/s.study");
        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "S").exitCode());
        for (String[] args : List.of(new String[] { "preview", csv.toString() }, new String[] { "import", csv.toString(), "--study", study.toString() })) {
            Run run = CliRunner.run(args);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("studybench " + args[0] + ": " + csv
                    + ": line 2, column 3: the quote that opens a value here is never closed; is a quote missing or one too many?\n", run.err());
        }
        assertTrue(Files.readString(logs.resolve("cli.log")).contains("Malformed"), "the cause is kept in the log");
        Run missing = CliRunner.run("preview", dir.resolve("absent.csv").toString());
        assertEquals(1, missing.exitCode());
        assertEquals("studybench preview: " + dir.resolve("absent.csv") + ": no such file\n", missing.err());
    }

    @Test
    void lenientImportSaysWhatItSkipped() throws Exception {
        Path csv = dir.resolve("ragged.csv");
        Files.writeString(csv, "a,b\n1,2\n3\n4,5\n");
        Path study = dir.resolve("s/s.study");
        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "S").exitCode());
        Run run = CliRunner.run("import", csv.toString(), "--study", study.toString(), "--option", "lenient=true");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("studybench import: warning: " + csv + ": skipped 1 malformed row (lenient): line 3, column 2: the row ends after 1 field "
                + "where the header has 2\n", run.err());
        assertTrue(run.out().startsWith("Imported 2 rows and 2 variables"), run.out());
    }

    /** ResponseId and ResponseID (one real Qualtrics export) passed preview and failed the import; now both say ResponseID_2. */
    @Test
    void previewAndImportAgreeOnNamesEqualIgnoringCase() throws Exception {
        Path csv = dir.resolve("ids.csv");
        Files.writeString(csv, "ResponseId,ResponseID\nR_1,P-1\nR_2,P-2\nR_1,P-2\nR_2,P-1\n");
        JsonObject preview = JsonParser.parseString(CliRunner.run("preview", csv.toString(), "--json").out()).getAsJsonObject();
        assertEquals("ResponseID_2", preview.getAsJsonArray("variables").get(1).getAsJsonObject().get("name").getAsString());
        assertEquals("renamed from ResponseID", preview.getAsJsonArray("variables").get(1).getAsJsonObject().get("label").getAsString());
        Path study = dir.resolve("s/s.study");
        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "S").exitCode());
        Run imported = CliRunner.run("import", csv.toString(), "--study", study.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Run crosstab = CliRunner.run("crosstab", study.toString(), "--row", "ResponseId", "--col", "ResponseID_2", "--json");
        assertEquals(0, crosstab.exitCode(), crosstab.err());
    }

    /** The issue's column of ±1.8E308: mean exited 2 with "Infinity is not a valid double value as per JSON". */
    @Test
    void aMeanThatOverflowsIsAnInputErrorNamingTheFile() throws Exception {
        Path csv = dir.resolve("extreme.csv");
        Files.writeString(csv, "id,x\n1,1.7976931348623157E308\n2,1.7976931348623157E308\n3,1\n");
        for (String[] args : List.of(new String[] { "mean", csv.toString(), "--var", "x" }, new String[] { "mean", csv.toString(), "--var", "x", "--json" })) {
            Run run = CliRunner.run(args);
            assertEquals(1, run.exitCode(), run.err());
            assertEquals("studybench mean: " + csv + ": mean of x: the values are too large to compute with: a sum or a sum of squares exceeds 1.8E308, "
                    + "the largest number there is in double precision; rescale the variable (e.g. divide it by 1000)\n", run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void jsonWritesInfinitiesAsStringsAndNaNAsNull() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("finite", 1.5);
        value.put("max", Double.MAX_VALUE);
        value.put("up", Double.POSITIVE_INFINITY);
        value.put("down", Double.NEGATIVE_INFINITY);
        value.put("nan", Double.NaN);
        value.put("list", new double[] { 1, Double.NEGATIVE_INFINITY, Double.NaN });
        value.put("float", Float.POSITIVE_INFINITY);
        JsonObject j = JsonParser.parseString(Json.toJson(value)).getAsJsonObject();
        assertEquals(1.5, j.get("finite").getAsDouble());
        assertEquals(Double.MAX_VALUE, j.get("max").getAsDouble());
        assertEquals("Infinity", j.get("up").getAsString());
        assertEquals("-Infinity", j.get("down").getAsString());
        assertTrue(j.get("nan").isJsonNull());
        assertEquals("[1.0,\"-Infinity\",null]", j.get("list").toString());
        assertEquals("Infinity", j.get("float").getAsString());
        assertFalse(Json.toJson(value).contains("NaN"));
    }

    /**
     * Text a study file cannot hold (XML 1.0 has no control characters but tab and line ends): a title
     * typed with one is refused in one line, exit 1, no file; a CSV file with them imports, its labels
     * cleaned with a warning and its data kept, and the study stays readable.
     */
    @Test
    void controlCharactersNeverMakeAStudyFileUnreadable() throws Exception {
        Path study = dir.resolve("s.study");
        Run title = CliRunner.run("new", study.toString(), "--title", "Brand\u0001tracker");
        assertEquals(1, title.exitCode(), title.err());
        assertEquals("studybench new: " + study + ": cannot save: the title of study 's' contains the control character U+0001, which a study file "
                + "cannot hold; remove it\n", title.err());
        assertFalse(Files.exists(study), "nothing written");

        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "Waves").exitCode());
        Path csv = Files.writeString(dir.resolve("answers.csv"), "q1,group\nyes\u0001,a\nno,b\nyes\u0001,b\n");
        Run imported = CliRunner.run("import", csv.toString(), "--study", study.toString());
        assertEquals(0, imported.exitCode(), imported.err());
        Run described = CliRunner.run("describe", study.toString());
        assertEquals(0, described.exitCode(), "the study reads back: " + described.err());
        Run crosstab = CliRunner.run("crosstab", study.toString(), "--row", "q1", "--col", "group");
        assertEquals(0, crosstab.exitCode(), crosstab.err());
        assertTrue(crosstab.out().contains("yes"), crosstab.out());
        try (var files = Files.list(dir.resolve("data"))) {
            assertEquals(List.of("answers.parquet"), files.map(f -> f.getFileName().toString()).toList(), "one data file, no leftovers");
        }
    }
}
