package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.VariableRole;
import org.studybench.ui.importer.ImportWizard;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * The import wizard driven with SWT events: a missing file is refused on the first page; a CSV is
 * previewed (the inferred dictionary and first rows), its weight and strata are chosen, and the
 * import adds the dataset to the open study as one undoable change.
 */
class ImportWizardTest {

    private static final Path REPO = Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath();
    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void previewChooseTheDesignAndImport() throws Throwable {
        Path study = dir.resolve("api/api.study");
        Files.createDirectories(study.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), study);
        WorkbenchRunner.run(this::drive);
        Dataset saved = StudyResources.load(study).getDatasets().get(0);
        assertEquals("apistrat", saved.getName());
        assertEquals(200, saved.getRowCount());
        assertTrue(Files.isRegularFile(study.getParent().resolve("data/apistrat.parquet")));

        // the same import from the command line (the same workflow) gives the same study and the same data file
        Path cliStudy = dir.resolve("cli/api.study");
        Files.createDirectories(cliStudy.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), cliStudy);
        SameAsCommandLineTest.run("import", REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv").toString(), "--study", cliStudy.toString(),
                "--weight", "pw", "--strata", "stype");
        assertEquals(withoutIds(Files.readString(cliStudy)), withoutIds(Files.readString(study)), "the wizard's study is the command line's (ids aside)");
        assertArrayEquals(Files.readAllBytes(cliStudy.resolveSibling("data/apistrat.parquet")), Files.readAllBytes(study.resolveSibling("data/apistrat.parquet")));
    }

    /** Element ids are random UUIDs given when an element is made; everything else must match. */
    static String withoutIds(String xmi) {
        return xmi.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "ID");
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        MPart editorPart = WorkbenchRunner.openStudy(application, display, dir, "api.study");
        StudyEditorPart editor = (StudyEditorPart) editorPart.getObject();

        Path csv = REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv");
        boolean[] drove = new boolean[1];
        Throwable[] failure = new Throwable[1];
        Runnable[] driver = new Runnable[1];
        driver[0] = () -> {
            Shell wizard = display.getActiveShell();
            if (wizard == null || wizard == shell) {
                display.asyncExec(driver[0]); // the dialog is not up yet: try again from its event loop
                return;
            }
            try {
                driveWizard(display, wizard, csv);
                drove[0] = true;
                if (!wizard.isDisposed()) {
                    throw new AssertionError("the wizard stayed open after Finish");
                }
            } catch (Throwable t) {
                failure[0] = t;
                if (!wizard.isDisposed()) {
                    wizard.close(); // never leave a modal dialog waiting for a user
                }
            }
        };
        display.asyncExec(driver[0]);
        Widgets.menu(shell, "Study", "Import Data...");
        if (failure[0] != null) {
            throw new AssertionError("in the wizard: " + failure[0], failure[0]);
        }
        assertTrue(drove[0], "the wizard was driven");
        Dataset dataset = editor.getStudy().getDatasets().get(0);
        assertEquals(200, dataset.getRowCount());
        assertEquals(VariableRole.WEIGHT, dataset.getVariables().stream().filter(v -> v.getName().equals("pw")).findFirst().orElseThrow().getRole());
        assertEquals(VariableRole.STRATA, dataset.getVariables().stream().filter(v -> v.getName().equals("stype")).findFirst().orElseThrow().getRole());
        assertTrue(editorPart.isDirty());
        Widgets.menu(shell, "Edit", "Undo");
        assertTrue(editor.getStudy().getDatasets().isEmpty(), "the import is one undoable change");
        Widgets.menu(shell, "Edit", "Redo");
        Widgets.menu(shell, "File", "Save");
    }

    private void driveWizard(Display display, Shell wizard, Path csv) {
        {
            Text file = Widgets.byData(wizard, Text.class, ID, ImportWizard.FILE_ID);
            file.setText(dir.resolve("nothing-here.csv").toString());
            Widgets.flush(display);
            Button next = button(wizard, "Next >");
            assertFalse(next.isEnabled(), "a missing file cannot be previewed");
            file.setText(csv.toString());
            Widgets.flush(display);
            assertEquals("apistrat", Widgets.byData(wizard, Text.class, ID, ImportWizard.NAME_ID).getText());
            assertTrue(next.isEnabled());
            Widgets.click(next);
            Table dictionary = Widgets.byData(wizard, Table.class, ID, ImportWizard.DICTIONARY_ID);
            Widgets.waitUntil(display, () -> dictionary.getItemCount() == 7, 20, "the inferred dictionary");
            assertEquals("pw", dictionary.getItem(Widgets.row(dictionary, 0, "pw")).getText(0));
            assertEquals("double", dictionary.getItem(Widgets.row(dictionary, 0, "pw")).getText(1));
            Table rows = Widgets.byData(wizard, Table.class, ID, ImportWizard.ROWS_ID);
            assertTrue(rows.getItemCount() > 0);
            Widgets.screenshot(wizard, Path.of("target/screenshots/import-wizard.png").toAbsolutePath());
            Widgets.click(button(wizard, "Next >"));
            Widgets.choose(Widgets.byData(wizard, Combo.class, ID, ImportWizard.WEIGHT_ID), "pw");
            Widgets.choose(Widgets.byData(wizard, Combo.class, ID, ImportWizard.STRATA_ID), "stype");
            Widgets.click(button(wizard, "Finish"));
        }
    }

    /**
     * What a user types on the way: "/" (no file name yet) is only "not a file", and going Back to
     * another file shows that file's error on an empty preview, never the previous file's rows.
     */
    @Test
    void typingAndGoingBackToAnotherFile() throws Throwable {
        Path study = dir.resolve("api/api.study");
        Files.createDirectories(study.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), study);
        Path empty = Files.createFile(dir.resolve("empty.csv"));
        Path csv = REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv");
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            WorkbenchRunner.openStudy(application, display, dir, "api.study");
            Throwable[] failure = Widgets.driveNextDialog(shell, wizard -> {
                Text file = Widgets.byData(wizard, Text.class, ID, ImportWizard.FILE_ID);
                Button next = button(wizard, "Next >");
                for (String typed : new String[] { "/", "//", "/tmp/", "" }) {
                    file.setText(typed); // raised a NullPointerException for "/" (a path without a file name)
                    Widgets.flush(display);
                    assertFalse(next.isEnabled(), typed);
                }
                file.setText(csv.toString());
                Widgets.flush(display);
                Widgets.click(next);
                Table dictionary = Widgets.byData(wizard, Table.class, ID, ImportWizard.DICTIONARY_ID);
                Table rows = Widgets.byData(wizard, Table.class, ID, ImportWizard.ROWS_ID);
                Widgets.waitUntil(display, () -> dictionary.getItemCount() == 7, 20, "the first file's preview");
                Widgets.click(button(wizard, "< Back"));
                file.setText(empty.toString());
                Widgets.flush(display);
                Widgets.click(button(wizard, "Next >"));
                Widgets.waitUntil(display, () -> texts(wizard).stream().anyMatch(t -> t.contains("empty.csv")), 20, "the second file's error");
                assertEquals(0, dictionary.getItemCount(), "no rows of the first file under the second file's error");
                assertEquals(0, rows.getItemCount());
                assertFalse(button(wizard, "Finish").isEnabled());
                Widgets.click(button(wizard, "Cancel"));
            });
            Widgets.menu(shell, "Study", "Import Data...");
            if (failure[0] != null) {
                throw new AssertionError("in the wizard: " + failure[0], failure[0]);
            }
        });
    }

    /** Every text the wizard shows in labels and fields (its message area included). */
    static java.util.List<String> texts(Shell shell) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Widgets.findAll(shell, org.eclipse.swt.widgets.Label.class, l -> true).forEach(l -> found.add(l.getText()));
        Widgets.findAll(shell, Text.class, t -> true).forEach(t -> found.add(t.getText()));
        Widgets.findAll(shell, org.eclipse.swt.custom.CLabel.class, l -> true).forEach(l -> found.add(String.valueOf(l.getText())));
        return found;
    }

    static Button button(Shell shell, String text) {
        return Widgets.findAll(shell, Button.class, b -> b.getText().replace("&", "").equals(text)).get(0);
    }
}
