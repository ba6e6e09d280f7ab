package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.data.store.DuckDb;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;
import org.studybench.ui.data.DataGrids;
import org.studybench.ui.data.DatasetGridPart;

/**
 * The data grid on a million-row dataset, driven with SWT events: it opens without reading the rows,
 * Ctrl+End scrolls to the last respondent, value labels replace codes, a filter in the segment
 * language (checked as typed) and a sort change what is shown, and selecting a cell gives its
 * column's statistics. How long the grid took to show its first rows is written to
 * target/timings/data-grid.txt (docs/performance.md reports it; nothing here asserts a time).
 */
class DataGridTest {

    private static final String ID = "studybench.id";
    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aMillionRowsScrollFilterSortAndColumnStatistics() throws Throwable {
        Path studyFile = dir.resolve("big/big.study");
        Files.createDirectories(studyFile.getParent().resolve("data"));
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT range AS id, CAST(range % 5 + 1 AS VARCHAR) AS q, range % 3 AS g FROM range(" + ROWS + ")) TO "
                    + DuckDb.literal(studyFile.getParent().resolve("data/big.parquet")) + " (FORMAT parquet)");
        }
        Study study = StudyResources.createStudy("big", "A million respondents");
        Dataset dataset = StudyFactory.eINSTANCE.createDataset();
        dataset.setName("big");
        dataset.setUri("data/big.parquet");
        dataset.setRowCount(ROWS);
        dataset.getVariables().add(variable("id", VariableType.INTEGER));
        Variable q = variable("q", VariableType.STRING);
        String[] labels = { "Disagree strongly", "Disagree", "Neither", "Agree", "Agree strongly" };
        for (int i = 0; i < labels.length; i++) {
            ValueLabel l = StudyFactory.eINSTANCE.createValueLabel();
            l.setValue(Integer.toString(i + 1));
            l.setLabel(labels[i]);
            q.getValueLabels().add(l);
        }
        dataset.getVariables().add(q);
        dataset.getVariables().add(variable("g", VariableType.INTEGER));
        study.getDatasets().add(dataset);
        StudyResources.save(study, studyFile);
        WorkbenchRunner.run((application, display) -> drive(application, display, studyFile));
    }

    private static Variable variable(String name, VariableType type) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setType(type);
        return v;
    }

    private void drive(MApplication application, Display display, Path studyFile) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        EPartService parts = application.getContext().get(EPartService.class);
        MPart part = DataGrids.open(studyFile, "big", parts, application.getContext().get(EModelService.class), application);
        DatasetGridPart grid = (DatasetGridPart) part.getObject();
        Widgets.waitUntil(display, () -> grid.data() != null && !grid.isLoading(), 30, "the grid's first rows");
        writeTiming(grid.openNanos());
        NatTable table = Widgets.byData(shell, NatTable.class, ID, DatasetGridPart.GRID_ID);
        Label status = Widgets.byData(shell, Label.class, ID, DatasetGridPart.STATUS_ID);
        assertEquals("1,000,000 rows", status.getText());
        assertTrue(table.isVisible() && table.getSize().y > 300, "the grid fills the part: " + table.getBounds() + " visible " + table.isVisible());
        assertEquals("big (1,000,000 rows)", part.getLabel());
        // grid positions: row 0 and column 0 are the headers
        assertEquals("0", table.getDataValueByPosition(1, 1));
        assertEquals("Disagree", table.getDataValueByPosition(2, 2), "value labels replace the codes");
        Widgets.click(Widgets.byData(shell, Button.class, ID, DatasetGridPart.LABELS_ID));
        assertEquals("2", table.getDataValueByPosition(2, 2), "and the codes come back");

        // Select a cell, then Ctrl+End: the last respondent is on screen.
        click(table, 1, 1);
        assertTrue(status.getText().contains("id: 1000000 values, 0 missing"), status.getText());
        key(table, SWT.END, SWT.MOD1);
        int lastRow = table.getRowCount() - 1;
        assertEquals(ROWS - 1, table.getRowIndexByPosition(lastRow));
        assertEquals(Integer.toString(ROWS - 1), table.getDataValueByPosition(1, lastRow));
        // Paint the grid as the screen does, and see cells drawn (not just the background).
        org.eclipse.swt.graphics.Image probe = new org.eclipse.swt.graphics.Image(display, 300, 120);
        org.eclipse.swt.graphics.GC probeGc = new org.eclipse.swt.graphics.GC(probe);
        table.getLayer().getLayerPainter().paintLayer(table, probeGc, 0, 0, new Rectangle(0, 0, 300, 120), table.getConfigRegistry());
        probeGc.dispose();
        org.eclipse.swt.graphics.ImageData painted = probe.getImageData();
        probe.dispose();
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < 120; y += 3) {
            for (int x = 0; x < 300; x += 3) {
                colours.add(painted.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 3, "the grid paints its cells: " + colours.size() + " colours");
        Widgets.screenshot(shell, Path.of("target/screenshots/data-grid.png").toAbsolutePath());


        // A filter, checked as it is typed, applied with Enter.
        Text filter = Widgets.byData(shell, Text.class, ID, DatasetGridPart.FILTER_ID);
        filter.setText("nope = 1");
        Widgets.flush(display);
        assertTrue(status.getText().startsWith("Filter: ") && status.getText().contains("nope"), status.getText());
        Widgets.type(filter, "q = \"3\" and g = 0");
        Widgets.waitUntil(display, () -> !grid.isLoading() && status.getText().endsWith("match the filter"), 30, "the filtered rows");
        assertEquals(66_666, grid.data().rowCount(), status.getText()); // q = 3 and g = 0: id % 15 == 12, ids 12 ... 999,987
        assertEquals("12", table.getDataValueByPosition(1, 1));

        // Sort by id, descending: the largest id comes first.
        Widgets.click(findCheck(shell, "descending"));
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, DatasetGridPart.SORT_ID), "id");
        Widgets.waitUntil(display, () -> !grid.isLoading() && "999987".equals(table.getDataValueByPosition(1, 1)), 30, "the sorted rows");
    }

    private static Button findCheck(Shell shell, String text) {
        return Widgets.findAll(shell, Button.class, b -> text.equals(b.getText())).get(0);
    }

    private static void click(NatTable table, int column, int row) {
        Rectangle r = table.getBoundsByPosition(column, row);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.button = 1;
            e.x = r.x + r.width / 2;
            e.y = r.y + r.height / 2;
            table.notifyListeners(type, e);
        }
        Widgets.flush(table.getDisplay());
    }

    private static void key(NatTable table, int keyCode, int stateMask) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = stateMask;
        table.notifyListeners(SWT.KeyDown, e);
        Widgets.flush(table.getDisplay());
    }

    private static void writeTiming(long nanos) {
        try {
            Path file = Path.of("target/timings/data-grid.txt").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.format(java.util.Locale.ROOT, "first rows of a %,d-row dataset: %.0f ms%n", ROWS, nanos / 1e6));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
