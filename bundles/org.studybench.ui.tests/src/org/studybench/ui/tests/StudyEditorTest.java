package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.ui.editor.ChartPreview;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.editor.ParameterForm;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * The study editor driven as a user would, with plain SWT events in a real window: edit a finding's
 * value in the findings table, undo and redo from the Edit menu, save, reopen and see the change; add
 * a comparison through the form generated from the comparator's parameters and see its result; change
 * a chart property and see the preview redrawn. Works on a copy of the Ipsos example. Screenshots of
 * each page go to target/screenshots (the docs' pictures come from there).
 */
class StudyEditorTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void editUndoRedoSaveReopenCompareAndChart() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run(this::drive);
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        MPart editorPart = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
        Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
        StudyEditorPart editor = (StudyEditorPart) editorPart.getObject();
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);

        // Edit a value in the findings table: security, large enterprises, 71% -> 72%.
        Widgets.selectTab(tabs, "Findings");
        Table findings = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
        int row = Widgets.row(findings, 0, "See security as a risk or obstacle of social tools");
        int large = Widgets.column(findings, "Large enterprises");
        assertEquals("71%", findings.getItem(row).getText(large));
        Widgets.clickCell(findings, row, large);
        Text cellEditor = Widgets.findAll(findings, Text.class, t -> t.isVisible()).get(0);
        assertEquals("71%", cellEditor.getText());
        Widgets.type(cellEditor, "72%");
        Widgets.flush(display);
        Estimate security = estimate(editor, "security", "large");
        assertEquals(0.72, security.getValue(), 1e-15);
        assertNull(security.getPublishedText(), "an edited value replaces the published text");
        assertEquals("72%", findings.getItem(row).getText(large));
        assertTrue(editorPart.isDirty());
        Widgets.screenshot(shell, SCREENSHOTS.resolve("study-editor-findings.png"));

        // Undo and redo from the Edit menu.
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(0.71, security.getValue(), 1e-15);
        assertEquals("71%", security.getPublishedText());
        Widgets.waitUntil(display, () -> findings.getItem(row).getText(large).equals("71%"), 5, "the table to show the undone value");
        assertFalse(editorPart.isDirty(), "back where the file is");
        Widgets.menu(shell, "Edit", "Redo");
        assertEquals(0.72, security.getValue(), 1e-15);

        // A bad value is explained, not written.
        Widgets.clickCell(findings, row, large);
        Widgets.type(Widgets.findAll(findings, Text.class, t -> t.isVisible()).get(0), "seventy");
        Label status = Widgets.byData(shell, Label.class, ID, FindingsPage.STATUS_ID);
        assertTrue(status.getText().startsWith("'seventy' is not a value for security"), status.getText());
        assertEquals(0.72, security.getValue(), 1e-15);

        // Save, close, reopen: the change is in the file.
        Widgets.menu(shell, "File", "Save");
        assertFalse(editorPart.isDirty());
        application.getContext().get(EPartService.class).hidePart(editorPart, true);
        Widgets.flush(display);
        Widgets.doubleClick(Widgets.item(navigator, "ipsos-2013.study"));
        StudyEditorPart reopened = (StudyEditorPart) application.getContext().get(EPartService.class).getActivePart().getObject();
        assertEquals(0.72, estimate(reopened, "security", "large").getValue(), 1e-15);
        tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);

        // The dictionary: a variable's label and value labels, edited in place, one undo step each.
        Widgets.selectTab(tabs, "Dictionary");
        Table dictionary = Widgets.byData(shell, Table.class, ID, org.studybench.ui.editor.DictionaryPage.TABLE_ID);
        org.studybench.model.study.Variable securityVariable = reopened.getStudy().getDatasets().get(0).getVariables().stream()
                .filter(v -> v.getName().equals("security")).findFirst().orElseThrow();
        List<String> labelsBefore = securityVariable.getValueLabels().stream().map(l -> l.getValue() + "=" + l.getLabel()).toList(); // the example's yes/no
        int securityRow = Widgets.row(dictionary, 0, "security");
        Widgets.clickCell(dictionary, securityRow, Widgets.column(dictionary, "Label"));
        Widgets.type(Widgets.findAll(dictionary, Text.class, t -> t.isVisible()).get(0), "Sees security as a risk");
        Widgets.clickCell(dictionary, securityRow, Widgets.column(dictionary, "Value labels"));
        Widgets.type(Widgets.findAll(dictionary, Text.class, t -> t.isVisible()).get(0), "no=Not a risk; yes=A risk");
        assertEquals("Sees security as a risk", securityVariable.getLabel());
        assertEquals(2, securityVariable.getValueLabels().size());
        assertEquals("A risk", securityVariable.getValueLabels().get(1).getLabel());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(labelsBefore, securityVariable.getValueLabels().stream().map(l -> l.getValue() + "=" + l.getLabel()).toList());
        // The measure level the import guessed, corrected in place (one undo step).
        assertEquals(org.studybench.model.study.MeasureLevel.NOMINAL, securityVariable.getMeasureLevel());
        Widgets.clickCell(dictionary, securityRow, Widgets.column(dictionary, "Measure"));
        Widgets.choose(Widgets.findAll(dictionary, org.eclipse.swt.custom.CCombo.class, c -> c.isVisible()).get(0), "ordinal");
        assertEquals(org.studybench.model.study.MeasureLevel.ORDINAL, securityVariable.getMeasureLevel());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(org.studybench.model.study.MeasureLevel.NOMINAL, securityVariable.getMeasureLevel());
        assertEquals("Sees security as a risk", securityVariable.getLabel());

        // A segment's filter, checked as it is typed against the dataset's dictionary, counted, written with Enter.
        Widgets.selectTab(tabs, "Segments");
        Table segments = Widgets.byData(shell, Table.class, ID, org.studybench.ui.editor.SegmentsPage.TABLE_ID);
        Widgets.selectRow(segments, Widgets.row(segments, 0, "sme"));
        Text filter = Widgets.byData(shell, Text.class, ID, org.studybench.ui.editor.SegmentsPage.FILTER_ID);
        assertEquals("size = \"SME\"", filter.getText());
        Label check = Widgets.byData(shell, Label.class, ID, org.studybench.ui.editor.SegmentsPage.CHECK_ID);
        filter.setText("size = \"SME\" and weight > \"heavy\"");
        Widgets.flush(display);
        assertTrue(check.getText().startsWith("✗") && check.getText().contains("weight"), check.getText());
        filter.setText("size = \"SME\" and country = \"IT\"");
        Widgets.waitUntil(display, () -> check.getText().contains("respondents in dataset 'respondents'"), 20, "the respondents counted");
        assertTrue(check.getText().matches("✓ valid; [0-9,]+ of 10,000 respondents in dataset 'respondents'"), check.getText());
        Widgets.type(filter, filter.getText());
        org.studybench.model.study.Segment sme = reopened.getStudy().getSegments().stream().filter(x -> x.getName().equals("sme")).findFirst().orElseThrow();
        assertEquals("size = \"SME\" and country = \"IT\"", sme.getFilter());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals("size = \"SME\"", sme.getFilter());

        // A comparison from the generated parameter form: prop.test(c(710, 600), c(1000, 1000), correct = FALSE)
        // in R 4.2.2 gives X-squared = 26.772873105432019.
        Widgets.selectTab(tabs, "Comparisons");
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, ComparisonsPage.COMPARATOR_ID), "Two proportions");
        Widgets.type(Widgets.byData(shell, Text.class, ID, ComparisonsPage.NAME_ID), "gui-test");
        for (String[] p : new String[][] { { "x1", "710" }, { "n1", "1000" }, { "x2", "600" }, { "n2", "1000" } }) {
            Widgets.type(Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + p[0]), p[1]);
        }
        Button continuity = Widgets.byData(shell, Button.class, ID, ParameterForm.ID_PREFIX + "continuity");
        if (continuity.getSelection()) {
            Widgets.click(continuity);
        }
        Widgets.screenshot(shell, SCREENSHOTS.resolve("study-editor-comparison-form.png"));
        Widgets.click(Widgets.byData(shell, Button.class, ID, ComparisonsPage.RUN_ID));
        Label message = Widgets.byData(shell, Label.class, ID, ComparisonsPage.MESSAGE_ID);
        Widgets.waitUntil(display, () -> message.getText().startsWith("χ²"), 20, "the comparison's result");
        assertEquals("χ²(1, N = 2000) = 26.77, p < .001, h = 0.23 [0.14, 0.32]", message.getText());
        Comparison added = reopened.getStudy().getComparisons().stream().filter(c -> c.getName().equals("gui-test")).findFirst().orElseThrow();
        assertEquals(26.772873105432019, added.getResult().getStatistic(), 1e-9);
        Table comparisons = Widgets.byData(shell, Table.class, ID, ComparisonsPage.TABLE_ID);
        Widgets.waitUntil(display, () -> Arrays.stream(comparisons.getItems()).anyMatch(i -> i.getText(0).equals("gui-test")), 5, "the new row");
        Widgets.menu(shell, "Edit", "Undo");
        assertTrue(reopened.getStudy().getComparisons().stream().noneMatch(c -> c.getName().equals("gui-test")), "adding is one undoable step");

        // A crosstab of the respondents: security by firm size, weighted, with letters; then intervals and counts.
        Widgets.selectTab(tabs, "Tables");
        Widgets.selectItem(Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, org.studybench.ui.editor.TableBuilderPage.ROWS_ID), "security");
        Widgets.selectItem(Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, org.studybench.ui.editor.TableBuilderPage.COLUMNS_ID), "size");
        assertEquals("Design: weight weight", Widgets.byData(shell, Combo.class, ID, org.studybench.ui.editor.TableBuilderPage.WEIGHT_ID).getText());
        Widgets.click(Widgets.byData(shell, Button.class, ID, org.studybench.ui.editor.TableBuilderPage.RUN_ID));
        Table crosstab = Widgets.byData(shell, Table.class, ID, org.studybench.ui.editor.TableBuilderPage.TABLE_ID);
        Widgets.waitUntil(display, () -> crosstab.getItemCount() > 0, 20, "the crosstab");
        int largeFirms = Widgets.column(crosstab, "Large enterprises (B)"); // the dictionary's labels (one breakdown: named in the tooltip)
        int yes = Widgets.row(crosstab, 0, "    Yes"); // answers indented under their question
        assertEquals("70.7% A", crosstab.getItem(yes).getText(largeFirms), "the weighted share, higher than the SMEs' (column A; as studybench crosstab)");
        Widgets.click(Widgets.byData(shell, Button.class, ID, org.studybench.ui.editor.TableBuilderPage.DETAILS_ID));
        assertTrue(crosstab.getItem(yes).getText(largeFirms).matches("70\\.7% A \\[\\d+\\.\\d, \\d+\\.\\d\\] n=\\d+"),
                crosstab.getItem(yes).getText(largeFirms));
        Widgets.screenshot(shell, SCREENSHOTS.resolve("crosstab.png"));

        // Generate the report in the background: it appears next to the study.
        Path report = dir.resolve("ipsos-2013/out/ipsos-2013.html");
        Widgets.menu(shell, "Study", "Generate Report");
        Widgets.waitUntil(display, () -> Files.isRegularFile(report), 60, "the report file");
        if (org.studybench.ui.parts.ReportBrowserPart.available(display)) { // WebKitGTK installed: the report opens in the workbench
            EPartService parts = application.getContext().get(EPartService.class);
            Widgets.waitUntil(display, () -> parts.getActivePart().getObject() instanceof org.studybench.ui.parts.ReportBrowserPart, 20, "the report part");
            org.eclipse.swt.browser.Browser browser = ((org.studybench.ui.parts.ReportBrowserPart) parts.getActivePart().getObject()).browser();
            Widgets.waitUntil(display, () -> report.toUri().toString().equals(browser.getUrl())
                    && Boolean.TRUE.equals(browser.evaluate("return document.querySelector('h1') !== null")), 30, "the report page");
            assertEquals("Social tools at work: SMEs vs large enterprises", browser.evaluate("return document.querySelector('h1').textContent"));
            Widgets.screenshot(shell, SCREENSHOTS.resolve("report-in-workbench.png"));
            parts.hidePart(parts.getActivePart(), true);
        }
        try {
            assertTrue(Files.readString(report).contains("72%"), "the report shows the edited, saved value");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // Change a chart property: the preview is drawn again, differently.
        Widgets.selectTab(tabs, "Charts");
        ChartPreview preview = reopened.getChartsPage().preview();
        Widgets.waitUntil(display, () -> preview.image() != null && preview.image().getBounds().width > 400, 20, "the first preview at the canvas's size");
        assertNull(preview.error());
        long before = preview.renders();
        byte[] first = preview.image().getImageData().data.clone();
        Widgets.screenshot(shell, SCREENSHOTS.resolve("chart-editor.png"));
        Widgets.type(Widgets.byData(shell, Text.class, ID, ChartsPage.TITLE_ID), "Security worries most in large firms");
        assertEquals("Security worries most in large firms", reopened.getStudy().getCharts().get(0).getTitle());
        Widgets.waitUntil(display, () -> preview.renders() > before && preview.image() != null, 20, "the redrawn preview");
        assertNotEquals(Arrays.hashCode(first), Arrays.hashCode(preview.image().getImageData().data), "the preview shows the new title");
        long beforeKind = preview.renders();
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, ChartsPage.KIND_ID), "dot-plot");
        assertEquals("dot-plot", reopened.getStudy().getCharts().get(0).getKind());
        Widgets.waitUntil(display, () -> preview.renders() > beforeKind, 20, "the dot plot");
        assertNull(preview.error());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals("grouped-bar", reopened.getStudy().getCharts().get(0).getKind());
        Control canvas = preview.control();
        assertTrue(canvas.isVisible());

        // A new finding: added empty, its values entered in the table.
        Widgets.selectTab(tabs, "Findings");
        Widgets.click(Widgets.byData(shell, Button.class, ID, FindingsPage.ADD_ID));
        Table table = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
        int newRow = Widgets.row(table, 0, "New finding");
        Widgets.clickCell(table, newRow, Widgets.column(table, "SMEs"));
        Widgets.type(Widgets.findAll(table, Text.class, t -> t.isVisible()).get(0), "45%");
        Finding added2 = reopened.getStudy().getFindings().get(reopened.getStudy().getFindings().size() - 1);
        assertEquals("New finding", added2.getLabel());
        assertEquals(1, added2.getEstimates().size());
        assertEquals(0.45, added2.getEstimates().get(0).getValue(), 1e-15);
        assertEquals("sme", added2.getEstimates().get(0).getSegment().getName());

        // Save As: the study and a copy of its data under the new name; the editor goes on with it.
        Path copy = dir.resolve("elsewhere/ipsos-copy.study");
        try {
            reopened.saveAs(copy);
        } catch (org.studybench.core.InputException e) {
            throw new AssertionError(e);
        }
        assertTrue(Files.isRegularFile(dir.resolve("elsewhere/data/respondents.parquet")));
        assertEquals(copy, reopened.getFile());
        try {
            assertEquals(0.45, org.studybench.model.io.StudyResources.load(copy).getFindings().stream().filter(f -> "New finding".equals(f.getLabel()))
                    .findFirst().orElseThrow().getEstimates().get(0).getValue(), 1e-15);
        } catch (org.studybench.model.io.StudyFileException e) {
            throw new AssertionError(e);
        }
    }

    private static Estimate estimate(StudyEditorPart editor, String finding, String segment) {
        Finding f = editor.getStudy().getFindings().stream().filter(x -> x.getName().equals(finding)).findFirst().orElseThrow();
        return f.getEstimates().stream().filter(e -> e.getSegment() != null && e.getSegment().getName().equals(segment)).findFirst().orElseThrow();
    }
}
