package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.studybench.cli.Cli;
import org.studybench.cli.CliServices;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * The workbench and the command line run the same workflows: a report generated from the Study menu
 * and one from {@code studybench report}, and a study saved with File > Save As and one from
 * {@code studybench copy}, are the same bytes.
 */
class SameAsCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void reportAndSaveAsGiveTheSameFilesAsTheCommandLine() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("gui"));
        Examples.copy("ipsos-2013", dir.resolve("cli"));
        Path guiCopy = dir.resolve("gui-copy/ipsos-2013.study");
        WorkbenchRunner.run((application, display) -> drive(application, display, guiCopy));

        Path cliStudy = dir.resolve("cli/ipsos-2013.study");
        run("report", cliStudy.toString(), "--out", dir.resolve("cli-out").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("cli-out/ipsos-2013.html")), Files.readAllBytes(dir.resolve("gui/out/ipsos-2013.html")),
                "the workbench's report is the command line's");

        Path cliCopy = dir.resolve("cli-copy/ipsos-2013.study");
        run("copy", cliStudy.toString(), cliCopy.toString());
        assertArrayEquals(Files.readAllBytes(cliCopy), Files.readAllBytes(guiCopy), "Save As writes the study as copy does");
        Path data = Path.of("data/respondents.parquet");
        assertArrayEquals(Files.readAllBytes(cliCopy.resolveSibling(data)), Files.readAllBytes(guiCopy.resolveSibling(data)), "and the same data file");
    }

    private void drive(MApplication application, Display display, Path saveAs) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        MPart part = WorkbenchRunner.openStudy(application, display, dir.resolve("gui"), "ipsos-2013.study");
        Path report = dir.resolve("gui/out/ipsos-2013.html");
        Widgets.menu(shell, "Study", "Generate Report");
        Widgets.waitUntil(display, () -> Files.isRegularFile(report), 60, "the report file");
        try {
            ((StudyEditorPart) part.getObject()).saveAs(saveAs); // what File > Save As does after its file dialog
        } catch (org.studybench.core.InputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** Runs {@code studybench args...} in this runtime (the CLI's own code and services) and expects exit 0. */
    static void run(String... args) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliServices services = CliServices.lookUp(FrameworkUtil.getBundle(SameAsCommandLineTest.class).getBundleContext(), "0.1.0");
        int code = Cli.run(services, new PrintWriter(out), new PrintWriter(err), args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }
}
