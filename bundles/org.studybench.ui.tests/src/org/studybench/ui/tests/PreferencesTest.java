package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.study.ChartSpec;
import org.studybench.ui.editor.ChartPreview;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.TableBuilderPage;
import org.studybench.ui.editor.Preferences;
import org.studybench.ui.handlers.PreferencesHandler;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * The preferences dialog driven with SWT events, and what its defaults change: a new chart gets the
 * chosen interval method and palette, and crosstab letters the chosen alpha and correction.
 */
class PreferencesTest {

    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void defaultsForNewChartsAndLetters() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        try {
            WorkbenchRunner.run(this::drive);
        } finally {
            Preferences.store("wilson", "okabe-ito", 0.05, "bonferroni", "workbench"); // leave the defaults for the other tests
        }
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        StudyEditorPart editor = (StudyEditorPart) WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study").getObject();

        Throwable[] failure = new Throwable[1];
        Runnable[] driver = new Runnable[1];
        driver[0] = () -> {
            Shell dialog = display.getActiveShell();
            if (dialog == null || dialog == shell) {
                display.asyncExec(driver[0]);
                return;
            }
            try {
                Widgets.choose(Widgets.byData(dialog, Combo.class, ID, PreferencesHandler.INTERVAL_ID), "clopper-pearson");
                Widgets.choose(Widgets.byData(dialog, Combo.class, ID, PreferencesHandler.PALETTE_ID), "grey");
                Widgets.byData(dialog, Text.class, ID, PreferencesHandler.ALPHA_ID).setText("0.01");
                Widgets.choose(Widgets.byData(dialog, Combo.class, ID, PreferencesHandler.CORRECTION_ID), "holm");
                Widgets.click(Widgets.findAll(dialog, Button.class, b -> b.getText().replace("&", "").equals("OK")).get(0));
            } catch (Throwable t) {
                failure[0] = t;
            }
            if (!dialog.isDisposed()) {
                dialog.close();
                failure[0] = failure[0] != null ? failure[0] : new AssertionError("the preferences dialog stayed open");
            }
        };
        display.asyncExec(driver[0]);
        Widgets.menu(shell, "Edit", "Preferences...");
        if (failure[0] != null) {
            throw new AssertionError("in the dialog: " + failure[0], failure[0]);
        }
        assertEquals(0.01, Preferences.alpha(), 0);
        assertEquals("holm", Preferences.correction().id());

        // The overview: the study's title and its sources, edited in place.
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
        Widgets.selectTab(tabs, "Study");
        Widgets.type(Widgets.byData(shell, Text.class, ID, org.studybench.ui.editor.OverviewPage.TITLE_ID), "Social tools at work, 2013");
        assertEquals("Social tools at work, 2013", editor.getStudy().getTitle());
        Widgets.click(Widgets.byData(shell, Button.class, ID, org.studybench.ui.editor.OverviewPage.ADD_SOURCE_ID));
        assertEquals(2, editor.getStudy().getSources().size());
        org.eclipse.swt.widgets.Table sources = Widgets.byData(shell, org.eclipse.swt.widgets.Table.class, ID, org.studybench.ui.editor.OverviewPage.SOURCES_ID);
        Widgets.clickCell(sources, 1, Widgets.column(sources, "Publisher"));
        Widgets.type(Widgets.findAll(sources, Text.class, t -> t.isVisible()).get(0), "Eurostat");
        assertEquals("Eurostat", editor.getStudy().getSources().get(1).getPublisher());
        Widgets.menu(shell, "Edit", "Undo");
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(1, editor.getStudy().getSources().size());

        // A new chart takes the interval method and palette; it is drawn, and adding it can be undone.
        Widgets.selectTab(tabs, "Charts");
        ChartPreview preview = editor.getChartsPage().preview();
        long before = preview.renders(); // counted before the click: the drawing may finish while the click's events are dispatched
        Widgets.click(Widgets.byData(shell, Button.class, ID, ChartsPage.ADD_ID));
        ChartSpec added = editor.getStudy().getCharts().get(editor.getStudy().getCharts().size() - 1);
        assertEquals("clopper-pearson", added.getInterval());
        assertEquals("grey", added.getPalette());
        Widgets.waitUntil(display, () -> preview.renders() > before && preview.image() != null, 20, "the new chart's preview");
        assertNull(preview.error());
        // Its data: tick the findings it draws (none ticked: all); one undoable change each.
        org.eclipse.swt.widgets.Table findings = Widgets.byData(shell, org.eclipse.swt.widgets.Table.class, ID, ChartsPage.FINDINGS_ID);
        long beforeData = preview.renders();
        Widgets.check(findings, "security");
        Widgets.check(findings, "productivity");
        assertEquals(java.util.List.of("security", "productivity"), added.getFindings().stream().map(f -> f.getName()).toList());
        Widgets.waitUntil(display, () -> preview.renders() > beforeData, 20, "the chart of two findings");
        assertNull(preview.error());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(java.util.List.of("security"), added.getFindings().stream().map(f -> f.getName()).toList());
        Widgets.menu(shell, "Edit", "Undo");
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(1, editor.getStudy().getCharts().size());

        // Crosstab letters follow the alpha and correction.
        Widgets.selectTab(tabs, "Tables");
        Widgets.selectItem(Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.ROWS_ID), "security");
        Widgets.selectItem(Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.COLUMNS_ID), "size");
        Widgets.click(Widgets.byData(shell, Button.class, ID, TableBuilderPage.RUN_ID));
        Label status = Widgets.byData(shell, Label.class, ID, TableBuilderPage.STATUS_ID);
        Widgets.waitUntil(display, () -> status.getText().startsWith("Cells:"), 20, "the crosstab");
        assertTrue(status.getText().contains("p < .01, holm-adjusted"), status.getText());
    }
}
