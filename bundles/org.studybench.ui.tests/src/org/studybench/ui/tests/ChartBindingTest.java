package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * A chart bound to a crosstab of the data is set up by picking, not typing: seed B's "replies by sector"
 * chart shows its question ticked, its level and its breakdown; another breakdown is chosen from the
 * dataset's variables and stored by name; undo restores the binding.
 */
class ChartBindingTest {

    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void aChartsCrosstabIsPickedFromTheDictionary() throws Throwable {
        Examples.copy("blogmeter-2013", dir.resolve("blogmeter-2013"));
        WorkbenchRunner.run(this::drive);
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        MPart editorPart = WorkbenchRunner.openStudy(application, display, dir, "blogmeter-2013.study");
        Study study = ((StudyEditorPart) editorPart.getObject()).getStudy();
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
        Widgets.selectTab(tabs, "Charts");
        org.eclipse.swt.widgets.List charts = Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, ChartsPage.LIST_ID);
        int index = List.of(charts.getItems()).indexOf(List.of(charts.getItems()).stream().filter(i -> i.contains("by sector")).findFirst().orElseThrow());
        charts.select(index);
        charts.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Widgets.flush(display);
        ChartSpec chart = study.getCharts().stream().filter(c -> c.getName().equals("replies-by-sector")).findFirst().orElseThrow();

        Table rows = Widgets.byData(shell, Table.class, ID, ChartsPage.ROWS_ID);
        Combo level = Widgets.byData(shell, Combo.class, ID, ChartsPage.LEVEL_ID);
        Combo breakdown = Widgets.byData(shell, Combo.class, ID, ChartsPage.COLUMNS_ID);
        assertTrue(rows.getItem(Widgets.row(rows, 0, "replied_500")).getChecked(), "the chart's question is ticked");
        assertEquals("yes", level.getText());
        assertEquals("sector", breakdown.getText());
        assertTrue(List.of(breakdown.getItems()).contains("months_active"), "the dataset's variables: " + List.of(breakdown.getItems()));

        Widgets.choose(breakdown, "(segments or none)");
        assertTrue(chart.getProperties().stream().noneMatch(p -> p.getName().equals("columns")), "no breakdown: the property is gone");
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals("sector", chart.getProperties().stream().filter(p -> p.getName().equals("columns")).findFirst().orElseThrow().getValue());
        Widgets.flush(display);
        assertEquals("sector", breakdown.getText(), "the page shows the undone binding");
    }
}
