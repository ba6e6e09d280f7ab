package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.ui.editor.OverviewPage;
import org.studybench.ui.editor.SegmentsPage;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * A study changed on disk behind an open editor (by the CLI, a checkout, another workbench): a clean
 * editor reads it again and every view shows it; a dirty one asks before dropping anything, and Save
 * asks again if the user kept their changes; a deleted file leaves the editor dirty so that Save
 * writes it again; the editor's own saves are not taken for changes.
 */
class ChangedOnDiskTest {

    private static final String ID = "studybench.id";
    /** Generous: the file watcher's events come within a second; this only stops a broken run. */
    private static final int SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void aCleanEditorFollowsTheFileAndKeepsADeletedStudy() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        Path file = dir.resolve("ipsos-2013/ipsos-2013.study");
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            MPart part = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
            StudyEditorPart editor = (StudyEditorPart) part.getObject();

            // Our own save is no change on disk: the same study stays, nothing is said.
            Widgets.type(Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID), "Saved here");
            Widgets.menu(shell, "File", "Save");
            assertFalse(part.isDirty());
            Study saved = editor.getStudy();
            editor.checkFile(); // what the file watcher and activating the editor do
            assertSame(saved, editor.getStudy(), "the editor's own save was taken for another program's");
            assertFalse(Widgets.byData(shell, Label.class, ID, StudyEditorPart.NOTE_ID).isVisible());

            // Another program saves the study: the editor shows it, and so does the Studies view.
            changeOnDisk(file, study -> {
                study.setTitle("Changed elsewhere");
                Segment segment = StudyFactory.eINSTANCE.createSegment();
                segment.setId(org.studybench.model.io.Ids.newId());
                segment.setName("elsewhere");
                study.getSegments().add(segment);
            });
            Widgets.waitUntil(display, () -> "Changed elsewhere".equals(editor.getStudy().getTitle()), SECONDS, "the editor to read the changed file");
            assertFalse(part.isDirty());
            assertEquals("Changed elsewhere", Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID).getText());
            Widgets.row(Widgets.byData(shell, Table.class, ID, SegmentsPage.TABLE_ID), 0, "elsewhere");
            Label note = Widgets.byData(shell, Label.class, ID, StudyEditorPart.NOTE_ID);
            assertTrue(note.isVisible() && note.getText().contains("changed on disk"), note.getText());
            Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
            TreeItem studyItem = Widgets.item(navigator, "ipsos-2013.study");
            Widgets.expand(studyItem);
            TreeItem segments = java.util.Arrays.stream(studyItem.getItems()).filter(i -> i.getText().startsWith("Segments")).findFirst().orElseThrow();
            Widgets.expand(segments);
            assertTrue(java.util.Arrays.stream(segments.getItems()).anyMatch(i -> i.getText().contains("elsewhere")), "the Studies view shows the file's segments");

            // Changed while the import wizard (which adds to the editor's study) is open: read when it has closed.
            Study beforeWizard = editor.getStudy();
            Study[] duringWizard = new Study[1];
            Throwable[] wizard = Widgets.driveNextDialog(shell, dialog -> {
                changeOnDisk(file, study -> study.setTitle("Changed during the wizard"));
                editor.checkFile();
                duringWizard[0] = editor.getStudy();
                Widgets.click(Widgets.findAll(dialog, org.eclipse.swt.widgets.Button.class, b -> b.getText().replace("&", "").equals("Cancel")).get(0));
            });
            Widgets.menu(shell, "Study", "Import Data...");
            assertNull(wizard[0]);
            assertSame(beforeWizard, duringWizard[0], "the study the wizard adds to stays while it is open");
            Widgets.waitUntil(display, () -> "Changed during the wizard".equals(editor.getStudy().getTitle()), SECONDS, "the editor to read the file after the wizard");
            assertFalse(part.isDirty());

            // Deleted behind the editor: the user is told, the study stays open and unsaved, Save writes it again.
            List<String> told = new ArrayList<>();
            Throwable[] answer = Widgets.answerNextDialog(shell, "OK", told);
            delete(file);
            Widgets.waitUntil(display, () -> !told.isEmpty(), SECONDS, "the editor to tell that its file is gone");
            assertNull(answer[0]);
            assertEquals("Study deleted on disk", told.get(0));
            assertTrue(part.isDirty(), "Save or Save As can rescue the study");
            assertEquals("Changed during the wizard", editor.getStudy().getTitle());
            Widgets.menu(shell, "File", "Save");
            assertFalse(part.isDirty());
            assertEquals("Changed during the wizard", load(file).getTitle());
        });
    }

    @Test
    void aDirtyEditorAsksBeforeDroppingChanges() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        Path file = dir.resolve("ipsos-2013/ipsos-2013.study");
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            MPart part = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
            StudyEditorPart editor = (StudyEditorPart) part.getObject();
            Widgets.type(Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID), "Mine");
            assertTrue(part.isDirty());

            // Keep my changes: still mine and dirty; Save then asks, as the file holds another's change.
            List<String> asked = new ArrayList<>();
            Throwable[] keep = Widgets.answerNextDialog(shell, "Keep My Changes", asked);
            changeOnDisk(file, study -> study.setTitle("Theirs"));
            Widgets.waitUntil(display, () -> !asked.isEmpty(), SECONDS, "the editor to ask about the changed file");
            assertNull(keep[0]);
            assertEquals("Study changed on disk", asked.get(0));
            assertTrue(String.join("\n", asked).contains("ipsos-2013.study changed on disk"), asked.toString());
            assertTrue(part.isDirty());
            assertEquals("Mine", editor.getStudy().getTitle());
            assertEquals("Mine", Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID).getText());

            List<String> conflict = new ArrayList<>();
            Throwable[] reloadFromSave = Widgets.answerNextDialog(shell, "Reload from Disk", conflict);
            Widgets.menu(shell, "File", "Save");
            assertNull(reloadFromSave[0]);
            assertEquals("Study changed on disk", conflict.get(0));
            assertTrue(String.join("\n", conflict).contains("Saving now would replace that change"), conflict.toString());
            assertEquals("Theirs", load(file).getTitle(), "nothing was written over the other change");
            assertEquals("Theirs", editor.getStudy().getTitle());
            assertFalse(part.isDirty());

            // Reload: the file's version on every page, nothing left to save.
            Widgets.type(Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID), "Mine again");
            assertTrue(part.isDirty());
            List<String> askedAgain = new ArrayList<>();
            Throwable[] reload = Widgets.answerNextDialog(shell, "Reload", askedAgain);
            changeOnDisk(file, study -> study.setTitle("Theirs again"));
            Widgets.waitUntil(display, () -> !askedAgain.isEmpty(), SECONDS, "the editor to ask about the file changed again");
            assertNull(reload[0]);
            assertEquals("Theirs again", editor.getStudy().getTitle());
            assertEquals("Theirs again", Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID).getText());
            assertFalse(part.isDirty());
            assertFalse(editor.getEditing().canUndo(), "a fresh history: nothing to undo into the dropped version");
        });
    }

    /** What another program does: read the file, change the study, save it (atomically, as the CLI does). */
    private static void changeOnDisk(Path file, Consumer<Study> change) {
        Study other = load(file);
        change.accept(other);
        try {
            StudyResources.save(other, file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Study load(Path file) {
        try {
            return StudyResources.load(file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
