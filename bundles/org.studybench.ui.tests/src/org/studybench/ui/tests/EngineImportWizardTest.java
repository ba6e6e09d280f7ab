package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.PostgresServer;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.VariableRole;
import org.studybench.ui.importer.ImportWizard;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * The import wizard's database table, driven with SWT events against a real PostgreSQL server (R's api
 * data): a URL with a password is refused before anything is read; an unreachable server's error shows
 * in the wizard's message area and what was typed stays for Back; the preview shows the table's
 * columns; Finish adds the same dataset as {@code studybench import URL --study S}, as one undoable change.
 */
class EngineImportWizardTest {

    private static final Path REPO = Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath();
    private static final String ID = "studybench.id";

    @RegisterExtension
    static final PostgresServer.ForClass POSTGRES = new PostgresServer.ForClass(
            server -> server.load(REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv"), "apistrat"));

    @TempDir
    Path dir;

    private static PostgresServer server() {
        return POSTGRES.server();
    }

    @Test
    void aTableThatStaysInTheDatabase() throws Throwable {
        Path study = dir.resolve("api/api.study");
        Files.createDirectories(study.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), study);
        String base = "jdbc:postgresql://127.0.0.1:" + server().port() + "/" + PostgresServer.DATABASE + "?user=" + PostgresServer.USER;
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort(); // free once closed: nothing listens there
        }
        String unreachable = base.replace(":" + server().port() + "/", ":" + closed + "/");
        List<String> errors = new ArrayList<>();
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            MPart editorPart = WorkbenchRunner.openStudy(application, display, dir, "api.study");
            StudyEditorPart editor = (StudyEditorPart) editorPart.getObject();
            Throwable[] failure = Widgets.driveNextDialog(shell, wizard -> {
                Button next = ImportWizardTest.button(wizard, "Next >");
                Widgets.byData(wizard, Button.class, ID, ImportWizard.FROM_FILE_ID).setSelection(false);
                Widgets.click(Widgets.byData(wizard, Button.class, ID, ImportWizard.FROM_ENGINE_ID));
                assertFalse(Widgets.byData(wizard, Text.class, ID, ImportWizard.FILE_ID).isEnabled(), "the file is not what is imported now");
                Text url = Widgets.byData(wizard, Text.class, ID, ImportWizard.URL_ID);
                Text table = Widgets.byData(wizard, Text.class, ID, ImportWizard.TABLE_ID);
                assertTrue(url.isEnabled());

                url.setText(base + "&password=" + PostgresServer.PASSWORD);
                table.setText("apistrat");
                Widgets.flush(display);
                assertFalse(next.isEnabled(), "a URL with a password is not read");
                assertTrue(ImportWizardTest.texts(wizard).stream().anyMatch(t -> t.contains("The URL carries a password")), ImportWizardTest.texts(wizard).toString());

                url.setText(unreachable);
                Widgets.flush(display);
                assertEquals("apistrat", Widgets.byData(wizard, Text.class, ID, ImportWizard.NAME_ID).getText());
                assertTrue(next.isEnabled());
                Widgets.click(next);
                Widgets.waitUntil(display, () -> ImportWizardTest.texts(wizard).stream().anyMatch(t -> t.contains("cannot connect (connection refused)")), 30,
                        "the engine's error in the message area");
                ImportWizardTest.texts(wizard).stream().filter(t -> t.contains("cannot connect")).forEach(errors::add);
                assertFalse(ImportWizardTest.button(wizard, "Finish").isEnabled());
                Widgets.click(ImportWizardTest.button(wizard, "< Back"));
                assertEquals(unreachable, url.getText(), "what was typed stays");
                assertEquals("apistrat", table.getText());

                url.setText(base);
                Widgets.flush(display);
                Widgets.click(next);
                Table dictionary = Widgets.byData(wizard, Table.class, ID, ImportWizard.DICTIONARY_ID);
                Widgets.waitUntil(display, () -> dictionary.getItemCount() == 7, 30, "the table's columns");
                assertEquals("double", dictionary.getItem(Widgets.row(dictionary, 0, "pw")).getText(1));
                assertEquals("scale", dictionary.getItem(Widgets.row(dictionary, 0, "pw")).getText(2));
                assertEquals("string", dictionary.getItem(Widgets.row(dictionary, 0, "stype")).getText(1));
                assertTrue(Widgets.byData(wizard, Table.class, ID, ImportWizard.ROWS_ID).getItemCount() > 0);
                String detected = Widgets.byData(wizard, org.eclipse.swt.widgets.Label.class, ID, ImportWizard.DETECTED_ID).getText();
                assertTrue(detected.contains("PostgreSQL 127.0.0.1:" + server().port() + "/survey, table apistrat") && detected.contains("about 200 rows"), detected);
                Widgets.screenshot(wizard, Path.of("target/screenshots/import-wizard-engine.png").toAbsolutePath());
                Widgets.click(ImportWizardTest.button(wizard, "Next >"));
                Widgets.choose(Widgets.byData(wizard, Combo.class, ID, ImportWizard.WEIGHT_ID), "pw");
                Widgets.choose(Widgets.byData(wizard, Combo.class, ID, ImportWizard.STRATA_ID), "stype");
                Widgets.click(ImportWizardTest.button(wizard, "Finish"));
            });
            Widgets.menu(shell, "Study", "Import Data...");
            if (failure[0] != null) {
                throw new AssertionError("in the wizard: " + failure[0], failure[0]);
            }
            Dataset dataset = editor.getStudy().getDatasets().get(0);
            assertEquals(200, dataset.getRowCount());
            assertEquals(VariableRole.WEIGHT, dataset.getVariables().stream().filter(v -> v.getName().equals("pw")).findFirst().orElseThrow().getRole());
            assertTrue(editorPart.isDirty());
            Widgets.menu(shell, "Edit", "Undo");
            assertTrue(editor.getStudy().getDatasets().isEmpty(), "the import is one undoable change");
            Widgets.menu(shell, "Edit", "Redo");
            Widgets.menu(shell, "File", "Save");
        });
        assertFalse(errors.isEmpty());
        assertTrue(errors.get(0).contains("PostgreSQL 127.0.0.1:" + closed + "/survey, table apistrat: cannot connect (connection refused)"), errors.get(0));

        Dataset saved = StudyResources.load(study).getDatasets().get(0);
        assertEquals(base + "&table=apistrat", saved.getUri());
        assertNull(saved.getContentHash());
        assertFalse(Files.readString(study).contains(PostgresServer.PASSWORD));
        assertFalse(Files.exists(study.resolveSibling("data")), "no data file");

        // the same import from the command line (the same workflow) gives the same study
        Path cliStudy = dir.resolve("cli/api.study");
        Files.createDirectories(cliStudy.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), cliStudy);
        SameAsCommandLineTest.run("import", base + "&table=apistrat", "--study", cliStudy.toString(), "--weight", "pw", "--strata", "stype");
        assertEquals(ImportWizardTest.withoutIds(Files.readString(cliStudy)), ImportWizardTest.withoutIds(Files.readString(study)), "the wizard's study is the command line's (ids aside)");
    }
}
