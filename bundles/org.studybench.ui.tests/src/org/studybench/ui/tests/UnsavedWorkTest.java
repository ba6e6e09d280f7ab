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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyResources;
import org.studybench.ui.editor.OverviewPage;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * Unsaved work is never dropped silently: File > Quit and the window's close box ask Save / Don't
 * Save / Cancel about a study with unsaved changes; Cancel keeps the window, the editor and the
 * change; Save writes the study before the workbench goes.
 */
class UnsavedWorkTest {

    private static final String ID = "studybench.id";
    private static final String ORIGINAL = "Social tools at work: SMEs vs large enterprises";

    @TempDir
    Path dir;

    @Test
    void quitWithUnsavedChangesAsksAndKeepsTheWork() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        Path file = dir.resolve("ipsos-2013/ipsos-2013.study");
        boolean[] quit = new boolean[1];
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            MPart part = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
            StudyEditorPart editor = (StudyEditorPart) part.getObject();
            Widgets.type(Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID), "Kept title");
            assertTrue(part.isDirty());

            List<String> asked = new ArrayList<>();
            Throwable[] answer = Widgets.answerNextDialog(shell, "Cancel", asked);
            Widgets.menu(shell, "File", "Quit");
            assertNull(answer[0]);
            assertEquals("Unsaved changes", asked.get(0));
            assertTrue(String.join("\n", asked).contains("'ipsos-2013' has unsaved changes"), asked.toString());
            assertFalse(shell.isDisposed(), "Cancel keeps the workbench");
            assertTrue(part.isDirty());
            assertEquals("Kept title", editor.getStudy().getTitle());

            // The window's close box asks the same.
            Throwable[] again = Widgets.answerNextDialog(shell, "Cancel");
            shell.close();
            Widgets.flush(display);
            assertNull(again[0]);
            assertFalse(shell.isDisposed());
            assertTrue(part.isDirty());
            try {
                assertEquals(ORIGINAL, StudyResources.load(file).getTitle(), "nothing written yet");
            } catch (Exception e) {
                throw new AssertionError(e);
            }

            Throwable[] save = Widgets.answerNextDialog(shell, "Save");
            Widgets.menu(shell, "File", "Quit");
            assertNull(save[0]);
            quit[0] = true;
        });
        assertTrue(quit[0]);
        assertEquals("Kept title", StudyResources.load(file).getTitle(), "Save wrote the study before the workbench closed");
        assertTrue(Files.isRegularFile(file));
    }
}
