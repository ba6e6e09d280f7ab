package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.ui.editor.TableBuilderPage;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * The researcher's workflow in the table builder, with plain SWT events in a real window: seed study A's
 * banner (the six questions by firm size, design-based letters) picked from the labelled lists, seen as it
 * is computed, saved as a table of the study, added to a report in one action (undoable), the study saved
 * and the report generated; then the HTML, PDF, Word and PowerPoint files, the Office ones opened with POI
 * and holding every cell of the HTML report's table. Counts the actions it takes (docs/gui.md).
 */
class TableBuilderTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final String ID = "studybench.id";
    private static final List<String> QUESTIONS = List.of("colleagues", "security", "productivity", "it_barrier", "image_regulation", "data_loss_regulation");
    private static final Pattern CELL = Pattern.compile("<td>([^<]*)(?:<sup>([^<]*)</sup>)?</td>");

    @TempDir
    Path dir;

    private int actions;

    @Test
    void buildSaveAddToReportAndGenerateEveryFormat() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run(this::drive);
        Path out = dir.resolve("ipsos-2013/out");
        String html = Files.readString(out.resolve("ipsos-2013.html"));
        assertTrue(html.contains("<figure class=\"table\" id=\"table-findings-by-size\">"), html);
        List<String> cells = cells(html);
        assertTrue(cells.contains("70.7%A"), "large firms' security share with the letter of the SMEs: " + cells);
        assertTrue(Files.size(out.resolve("ipsos-2013.pdf")) > 10_000);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(XWPFDocument.class.getClassLoader()); // POI finds its OOXML schemas through it in OSGi
        try (InputStream docxIn = Files.newInputStream(out.resolve("ipsos-2013.docx")); XWPFDocument docx = new XWPFDocument(docxIn);
                InputStream pptxIn = Files.newInputStream(out.resolve("ipsos-2013.pptx")); XMLSlideShow pptx = new XMLSlideShow(pptxIn)) {
            List<String> word = new ArrayList<>();
            docx.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> word.add(c.getText().strip()))));
            List<String> slides = new ArrayList<>();
            pptx.getSlides().forEach(s -> {
                for (XSLFShape shape : s.getShapes()) {
                    if (shape instanceof XSLFTable t) {
                        t.getRows().forEach(r -> r.getCells().forEach(c -> slides.add(c.getText().strip())));
                    }
                }
            });
            for (String cell : cells) {
                assertTrue(word.remove(cell), "Word has " + cell);
                assertTrue(slides.remove(cell), "the slides have " + cell);
            }
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Seed B's saved table counts its second dataset: choosing it shows that dataset's questions, its nets, mean and median. */
    @Test
    void aSavedTableOfAnotherDataset() throws Throwable {
        Examples.copy("blogmeter-2013", dir.resolve("blogmeter-2013"));
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            WorkbenchRunner.openStudy(application, display, dir, "blogmeter-2013.study");
            Widgets.selectTab(Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID), "Tables");
            org.eclipse.swt.widgets.List rows = Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.ROWS_ID);
            assertTrue(List.of(rows.getItems()).contains("sector"), "the scratch table counts the first dataset, the pages");
            Widgets.choose(Widgets.byData(shell, org.eclipse.swt.widgets.Combo.class, ID, TableBuilderPage.TABLES_ID), "by-strategy");
            assertTrue(List.of(rows.getItems()).contains("Delay or reluctance: lack of time, resources and skills  [cause_time]"), List.of(rows.getItems()).toString());
            assertEquals(List.of("Importance of social networks for business and customer care (asked of companies with a strategy)  [importance]",
                    "Causes of delay or reluctance (more than one could be cited) (multiple response)  [causes]"), List.of(rows.getSelection()));
            Table table = Widgets.byData(shell, Table.class, ID, TableBuilderPage.TABLE_ID);
            Widgets.waitUntil(display, () -> java.util.Arrays.stream(table.getItems()).anyMatch(i -> i.getText(0).equals("    Median")), 30, "the saved table");
            assertEquals("35.6%", table.getItem(Widgets.row(table, 0, "    Of little or no importance (net)")).getText(1));
            // the causes as a multiple-response set: each cause, then any of them
            Widgets.waitUntil(display, () -> java.util.Arrays.stream(table.getItems()).anyMatch(i -> i.getText(0).equals("    Any of these (net)")), 30, "the set");
            assertEquals("78.0%", table.getItem(Widgets.row(table, 0, "    Any of these (net)")).getText(1));
            assertEquals("58.3% B", table.getItem(Widgets.row(table, 0, "    Lack of time, resources and skills")).getText(2));
            table.showItem(table.getItem(table.getItemCount() - 1));
            Widgets.screenshot(shell, java.nio.file.Path.of("target/screenshots/table-builder-set.png").toAbsolutePath());
        });
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        MPart editorPart = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
        Study study = ((StudyEditorPart) editorPart.getObject()).getStudy();
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
        actions = 0;
        Widgets.selectTab(tabs, "Tables");
        actions++;
        org.eclipse.swt.widgets.List rows = Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.ROWS_ID);
        org.eclipse.swt.widgets.List columns = Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.COLUMNS_ID);
        assertTrue(List.of(rows.getItems()).contains("See security as a risk or obstacle of social tools  [security]"), "labels, the name beside");

        // The search narrows the lists to matching labels or names; what is chosen stays chosen.
        Text search = Widgets.byData(shell, Text.class, ID, TableBuilderPage.SEARCH_ID);
        Widgets.type(search, "regulated");
        assertEquals(2, rows.getItemCount(), List.of(rows.getItems()).toString());
        Widgets.type(search, "");

        // The six questions (one click and one shift-click in the list: two actions) by firm size.
        for (String question : QUESTIONS) {
            Widgets.selectItem(rows, question);
        }
        actions += 2;
        Widgets.selectItem(columns, "size");
        actions++;
        Table table = Widgets.byData(shell, Table.class, ID, TableBuilderPage.TABLE_ID);
        Widgets.waitUntil(display, () -> table.getItemCount() > 30, 30, "the table computed as the choices changed");
        int large = Widgets.column(table, "Large enterprises (B)"); // one breakdown: the header names its level, the tooltip the breakdown too
        assertEquals("Firm size: Large enterprises (B)", table.getColumn(large).getToolTipText());
        int security = Widgets.row(table, 0, "See security as a risk or obstacle of social tools");
        assertEquals("70.7% A", table.getItem(security + 2).getText(large), "design-based letters: large firms above SMEs");
        Widgets.screenshot(shell, SCREENSHOTS.resolve("table-builder.png"));

        // Save as a table of the study: a name in a dialog.
        Throwable[] failure = Widgets.driveNextDialog(shell, dialog -> {
            Widgets.findAll(dialog, Text.class, t -> true).get(0).setText("findings-by-size");
            Widgets.click(Widgets.findAll(dialog, Button.class, b -> b.getText().replace("&", "").equals("OK")).get(0));
        });
        Widgets.click(Widgets.byData(shell, Button.class, ID, TableBuilderPage.SAVE_ID));
        actions += 3; // the button, the name, OK
        assertNull(failure[0]);
        TableSpec saved = study.getTables().stream().filter(t -> t.getName().equals("findings-by-size")).findFirst().orElseThrow();
        assertEquals(QUESTIONS, saved.getRows());
        assertEquals(List.of("size"), saved.getColumns());

        // One action puts it into a report (the study had none: one is made); undo takes both away, redo brings them back.
        Widgets.click(Widgets.byData(shell, Button.class, ID, TableBuilderPage.REPORT_ID));
        actions++;
        assertEquals(1, study.getReports().size());
        ReportSpec report = study.getReports().get(0);
        assertEquals(SectionKind.TABLE, report.getSections().get(0).getKind());
        assertEquals(saved, report.getSections().get(0).getTable());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(0, study.getReports().size());
        Widgets.menu(shell, "Edit", "Redo");
        assertEquals(1, study.getReports().size());

        // A change to a saved table is a change of the study: the builder edits it, undo restores it.
        Widgets.selectItem(rows, "country");
        assertEquals(7, saved.getRows().size());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(QUESTIONS, saved.getRows());
        Widgets.flush(display);
        assertEquals(6, rows.getSelectionCount(), "the lists show the table as it is again");

        Widgets.menu(shell, "File", "Save");
        actions++;
        Path html = dir.resolve("ipsos-2013/out/ipsos-2013.html");
        Path pptx = dir.resolve("ipsos-2013/out/ipsos-2013.pptx");
        Widgets.menu(shell, "Study", "Generate Report");
        actions++;
        Widgets.waitUntil(display, () -> Files.isRegularFile(html) && Files.isRegularFile(pptx), 90, "the report in every format");
        assertEquals(10, actions, "the actions from the Tables tab to the generated report (docs/gui.md)");
    }

    /** The cells of the report's tables of kind table, each as its text and letters. */
    private static List<String> cells(String html) {
        List<String> out = new ArrayList<>();
        int from = html.indexOf("<figure class=\"table\"");
        Matcher m = CELL.matcher(html.substring(from, html.indexOf("</figure>", from)));
        while (m.find()) {
            if (!m.group(1).isEmpty()) {
                out.add((m.group(1) + (m.group(2) == null ? "" : m.group(2))).replace("&lt;", "<"));
            }
        }
        return out;
    }
}
