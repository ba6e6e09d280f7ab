package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.TableBuilderPage;
import org.studybench.ui.editor.DictionaryPage;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.editor.OverviewPage;
import org.studybench.ui.editor.ParameterForm;
import org.studybench.ui.editor.SegmentsPage;
import org.studybench.ui.handlers.NewStudyHandler;
import org.studybench.ui.importer.ImportWizard;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyEditors;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * The study editor as a live view of its study and the workbench's handling of editors, driven with
 * plain SWT events: closed editors reopen (one per file, in front); after an import every page shows
 * the new dataset at once; a finding added after the editor opened can be compared, and deleting it
 * names and clears its comparison; deleting a segment names the report section that shows it and
 * undo brings everything back; a computed p-value cannot be typed over; New Study makes a study as
 * the CLI does, and the navigator notices files made and removed by others.
 */
class LiveEditorTest {

    private static final String ID = "studybench.id";
    private static final Path REPO = Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void closedEditorsReopenOnePerFileInFront() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        Examples.copy("blogmeter-2013", dir.resolve("blogmeter-2013"));
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            EPartService parts = application.getContext().get(EPartService.class);
            EModelService models = application.getContext().get(EModelService.class);
            MPartStack stack = (MPartStack) models.find(StudyEditors.EDITOR_STACK, application);
            Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);

            MPart ipsos = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
            Widgets.type(Widgets.byData(shell, Text.class, ID, OverviewPage.TITLE_ID), "A title never saved");
            assertTrue(ipsos.isDirty());

            // The tab's close box asks; Don't Save closes it and the editor leaves the model.
            List<String> asked = new ArrayList<>();
            Throwable[] answer = Widgets.answerNextDialog(shell, "Don't Save", asked);
            Widgets.closeTab(tab(stack, ipsos));
            assertNull(answer[0]);
            assertTrue(asked.contains("Unsaved changes"), asked.toString());
            assertTrue(stack.getChildren().isEmpty(), "a closed editor is gone from the model: " + stack.getChildren());

            // Double-click reopens it from the file, in front.
            Widgets.doubleClick(Widgets.item(navigator, "ipsos-2013.study"));
            MPart again = parts.getActivePart();
            assertNotSame(ipsos, again);
            StudyEditorPart reopened = (StudyEditorPart) again.getObject();
            assertEquals("Social tools at work: SMEs vs large enterprises", reopened.getStudy().getTitle(), "what the file holds");
            assertFalse(again.isDirty());

            // Another study opens in front of it; the closed editor does not come back.
            Widgets.doubleClick(Widgets.item(navigator, "blogmeter-2013.study"));
            MPart blogmeter = parts.getActivePart();
            assertEquals("blogmeter-2013", blogmeter.getLabel());
            assertSame(blogmeter, stack.getSelectedElement());
            assertEquals(2, stack.getChildren().size(), stack.getChildren().toString());
            assertSame(blogmeter.getWidget(), ((CTabFolder) stack.getWidget()).getSelection().getControl());

            // Opening an open study shows its editor (the same one) in front.
            Widgets.doubleClick(Widgets.item(navigator, "ipsos-2013.study"));
            assertSame(again, parts.getActivePart());
            assertSame(again, stack.getSelectedElement());
            assertEquals(2, stack.getChildren().size());
            Widgets.select(Widgets.item(navigator, "blogmeter-2013.study"));
            Widgets.contextMenu(navigator, "Open");
            assertSame(blogmeter, parts.getActivePart());
            assertEquals(2, stack.getChildren().size());
        });
    }

    @Test
    void importThenEveryPageShowsTheDatasetAtOnce() throws Throwable {
        Path file = dir.resolve("api/api.study");
        Files.createDirectories(file.getParent());
        StudyResources.save(StudyResources.createStudy("api", "California schools"), file);
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            StudyEditorPart editor = (StudyEditorPart) WorkbenchRunner.openStudy(application, display, dir, "api.study").getObject();
            CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
            Combo datasets = Widgets.byData(shell, Combo.class, ID, DictionaryPage.DATASET_ID);
            Label crosstabStatus = Widgets.byData(shell, Label.class, ID, TableBuilderPage.STATUS_ID);
            assertEquals(0, datasets.getItemCount());
            assertTrue(crosstabStatus.getText().startsWith("The study has no dataset"), crosstabStatus.getText());

            // A segment typed before there is data: valid, nothing to count in.
            Widgets.selectTab(tabs, "Segments");
            Widgets.click(Widgets.byData(shell, Button.class, ID, SegmentsPage.ADD_ID));
            Widgets.type(Widgets.byData(shell, Text.class, ID, SegmentsPage.FILTER_ID), "stype = \"E\"");
            Label check = Widgets.byData(shell, Label.class, ID, SegmentsPage.CHECK_ID);
            assertTrue(check.getText().contains("no dataset"), check.getText());

            Path csv = REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv");
            Throwable[] wizard = Widgets.driveNextDialog(shell, dialog -> {
                Widgets.byData(dialog, Text.class, ID, ImportWizard.FILE_ID).setText(csv.toString());
                Widgets.flush(display);
                Widgets.click(button(dialog, "Next >"));
                Table dictionary = Widgets.byData(dialog, Table.class, ID, ImportWizard.DICTIONARY_ID);
                Widgets.waitUntil(display, () -> dictionary.getItemCount() == 7, 20, "the preview");
                Widgets.click(button(dialog, "Next >"));
                Widgets.choose(Widgets.byData(dialog, Combo.class, ID, ImportWizard.WEIGHT_ID), "pw");
                Widgets.click(button(dialog, "Finish"));
            });
            Widgets.menu(shell, "Study", "Import Data...");
            assertNull(wizard[0]);
            assertEquals(1, editor.getStudy().getDatasets().size());
            Widgets.flush(display);

            // Every page shows it now, without saving or reopening.
            Widgets.selectTab(tabs, "Dictionary");
            assertEquals(List.of("apistrat.csv  [apistrat]"), Arrays.asList(datasets.getItems()), "by its label, the name beside");
            assertEquals("apistrat.csv  [apistrat]", datasets.getText());
            assertEquals(7, Widgets.byData(shell, Table.class, ID, DictionaryPage.TABLE_ID).getItemCount());
            Widgets.selectTab(tabs, "Tables");
            assertFalse(crosstabStatus.getText().startsWith("The study has no dataset"), crosstabStatus.getText());
            assertTrue(Arrays.asList(Widgets.byData(shell, org.eclipse.swt.widgets.List.class, ID, TableBuilderPage.ROWS_ID).getItems()).contains("stype"));
            assertEquals("Design: weight pw", Widgets.byData(shell, Combo.class, ID, TableBuilderPage.WEIGHT_ID).getText(), "the new dataset's weight");
            assertTrue(Widgets.byData(shell, Button.class, ID, TableBuilderPage.RUN_ID).isEnabled());
            Widgets.selectTab(tabs, "Segments");
            Widgets.waitUntil(display, () -> check.getText().contains("of 200 respondents in dataset 'apistrat'"), 20, "the segment counted in the new data");
            Widgets.selectTab(tabs, "Outline");
            Tree outline = Widgets.byData(shell, Tree.class, ID, StudyEditorPart.OUTLINE_ID);
            assertTrue(Widgets.itemTexts(outline).contains("Datasets (1)"));
            // the study renamed in its form: the tab and the window say so
            Widgets.type(Widgets.byData(shell, Text.class, ID, StudyEditorPart.PROPERTIES_ID + ".name"), "api-schools");
            Widgets.flush(display);
            assertEquals("api-schools", application.getContext().get(EPartService.class).getActivePart().getLabel());
            assertEquals("StudyBench — api-schools", shell.getText());

            // Its rows open from the outline before the study is saved: the grid takes the dataset from the editor.
            var group = Widgets.item(outline, "Datasets (1)");
            Widgets.expand(group);
            Widgets.doubleClick(Widgets.child(group, "apistrat.csv  [apistrat]"));
            org.studybench.ui.data.DatasetGridPart grid = (org.studybench.ui.data.DatasetGridPart) application.getContext().get(EPartService.class)
                    .getActivePart().getObject();
            Label rows = Widgets.findAll(shell, Label.class, l -> org.studybench.ui.data.DatasetGridPart.STATUS_ID.equals(l.getData(ID)) && l.isVisible())
                    .get(0);
            Widgets.waitUntil(display, () -> !grid.isLoading() && rows.getText().equals("200 rows"), 30, "the grid of the unsaved dataset");
            application.getContext().get(EPartService.class).activate(application.getContext().get(EModelService.class)
                    .findElements(application, StudyEditors.EDITOR_DESCRIPTOR, MPart.class).get(0));

            // Undo (the rename, then the import) takes it away from every page again.
            Widgets.menu(shell, "Edit", "Undo");
            Widgets.menu(shell, "Edit", "Undo");
            Widgets.flush(display);
            assertEquals(0, datasets.getItemCount());
            assertTrue(crosstabStatus.getText().startsWith("The study has no dataset"), crosstabStatus.getText());
        });
    }

    @Test
    void findingAddedAfterOpeningCanBeComparedAndItsDeletionClearsTheComparison() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            StudyEditorPart editor = (StudyEditorPart) WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study").getObject();
            CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
            Study study = editor.getStudy();

            Widgets.selectTab(tabs, "Findings");
            Widgets.click(Widgets.byData(shell, Button.class, ID, FindingsPage.ADD_ID));
            Table values = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
            int row = Widgets.row(values, 0, "New finding");
            Widgets.clickCell(values, row, Widgets.column(values, "Large enterprises"));
            Widgets.type(Widgets.findAll(values, Text.class, Text::isVisible).get(0), "60%");
            Widgets.clickCell(values, row, Widgets.column(values, "SMEs"));
            Widgets.type(Widgets.findAll(values, Text.class, Text::isVisible).get(0), "45%");
            Finding added = study.getFindings().get(study.getFindings().size() - 1);
            assertEquals(2, added.getEstimates().size());

            // The Studies view shows the study as edited, before any save.
            Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
            var studyItem = Widgets.item(navigator, "ipsos-2013.study");
            Widgets.expand(studyItem);
            Widgets.child(studyItem, "Findings (8)");

            // The comparisons page offers the new finding at once.
            Widgets.selectTab(tabs, "Comparisons");
            Table findings = Widgets.byData(shell, Table.class, ID, ComparisonsPage.FINDINGS_ID);
            Widgets.check(findings, added.getName());
            Table segments = Widgets.byData(shell, Table.class, ID, ComparisonsPage.SEGMENTS_ID);
            Widgets.check(segments, "large");
            Widgets.check(segments, "sme");
            Widgets.choose(Widgets.byData(shell, Combo.class, ID, ComparisonsPage.COMPARATOR_ID), "Two proportions");
            Widgets.type(Widgets.byData(shell, Text.class, ID, ComparisonsPage.NAME_ID), "new-finding");
            Widgets.type(Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "n1"), "1000");
            Widgets.type(Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "n2"), "1000");
            Button continuity = Widgets.byData(shell, Button.class, ID, ParameterForm.ID_PREFIX + "continuity");
            if (continuity.getSelection()) {
                Widgets.click(continuity);
            }
            Widgets.click(Widgets.byData(shell, Button.class, ID, ComparisonsPage.RUN_ID));
            Label message = Widgets.byData(shell, Label.class, ID, ComparisonsPage.MESSAGE_ID);
            Widgets.waitUntil(display, () -> message.getText().startsWith("χ²"), 20, "the comparison of the new finding");
            Comparison compared = study.getComparisons().stream().filter(c -> c.getName().equals("new-finding")).findFirst().orElseThrow();
            assertEquals(List.of(added), compared.getFindings());
            assertTrue(compared.getResult().getPValue() < 0.001, "60% vs 45% of 1,000 each");

            // Deleting the finding names its comparison, clears it there, and leaves the comparisons page.
            Widgets.selectTab(tabs, "Findings");
            Widgets.selectRow(values, Widgets.row(values, 0, "New finding"));
            List<String> asked = new ArrayList<>();
            Throwable[] answer = Widgets.answerNextDialog(shell, "Delete", asked);
            Widgets.click(Widgets.byData(shell, Button.class, ID, FindingsPage.DELETE_ID));
            assertNull(answer[0]);
            assertTrue(String.join("\n", asked).contains("Comparisons: new-finding"), asked.toString());
            assertFalse(study.getFindings().contains(added));
            assertTrue(compared.getFindings().isEmpty(), "no dangling reference");
            Widgets.flush(display);
            assertTrue(Arrays.stream(findings.getItems()).noneMatch(i -> i.getText().endsWith("  [" + added.getName() + "]")), "gone from the comparisons page");
            Widgets.child(Widgets.item(navigator, "ipsos-2013.study"), "Findings (7)");
            Widgets.menu(shell, "Edit", "Undo");
            Widgets.flush(display);
            assertEquals(List.of(added), compared.getFindings(), "undo restores the reference");
            assertTrue(Arrays.stream(findings.getItems()).anyMatch(i -> i.getText().endsWith("  [" + added.getName() + "]")), "by its label, the name beside");
        });
    }

    @Test
    void deletingAReferencedSegmentNamesTheReportSectionAndUndoRestoresIt() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            StudyEditorPart editor = (StudyEditorPart) WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study").getObject();
            CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
            Study study = editor.getStudy();
            String report = StudyEditorPart.REPORT_ID;

            // A report whose findings section has a column per segment.
            Widgets.selectTab(tabs, "Report");
            Widgets.click(Widgets.byData(shell, Button.class, ID, report + ".add.ReportSpec"));
            Widgets.click(Widgets.byData(shell, Button.class, ID, report + ".add.Section"));
            Widgets.choose(Widgets.byData(shell, Combo.class, ID, report + ".form.kind"), "findings");
            Widgets.type(Widgets.byData(shell, Text.class, ID, report + ".form.title"), "Key figures");
            assertEquals("findings", study.getReports().get(0).getSections().get(0).getKind().getLiteral());

            Segment sme = study.getSegments().stream().filter(s -> s.getName().equals("sme")).findFirst().orElseThrow();
            List<Estimate> smeValues = study.getFindings().stream().flatMap(f -> f.getEstimates().stream()).filter(e -> e.getSegment() == sme).toList();
            List<Comparison> usingSme = study.getComparisons().stream().filter(c -> c.getSegments().contains(sme)).toList();
            assertFalse(smeValues.isEmpty());
            assertFalse(usingSme.isEmpty());

            Widgets.selectTab(tabs, "Segments");
            Table segments = Widgets.byData(shell, Table.class, ID, SegmentsPage.TABLE_ID);
            Widgets.selectRow(segments, Widgets.row(segments, 0, "sme"));
            List<String> asked = new ArrayList<>();
            Throwable[] answer = Widgets.driveNextDialog(shell, confirmation -> {
                Widgets.screenshot(confirmation, Path.of("target/screenshots/delete-referrers.png").toAbsolutePath());
                Widgets.findAll(confirmation, Label.class, l -> true).forEach(l -> asked.add(l.getText()));
                Widgets.click(button(confirmation, "Delete"));
            });
            Widgets.click(Widgets.byData(shell, Button.class, ID, SegmentsPage.DELETE_ID));
            assertNull(answer[0]);
            String dialog = String.join("\n", asked);
            assertTrue(dialog.contains("Section 'Key figures' of Report 'reportspec1', which shows finding '"), dialog);
            assertTrue(dialog.contains("Findings whose value for segment 'sme' is deleted: colleagues, security,"), dialog);
            assertTrue(dialog.contains("Comparisons: " + usingSme.get(0).getName() + ", "), dialog);
            assertTrue(dialog.indexOf("Section 'Key figures'") < dialog.indexOf("Findings whose"), "what the report loses comes first");

            // Deleted with its references: no estimate or comparison points at a segment the study no longer has.
            assertFalse(study.getSegments().contains(sme));
            assertTrue(study.getFindings().stream().flatMap(f -> f.getEstimates().stream()).noneMatch(e -> e.getSegment() == sme));
            assertTrue(study.getComparisons().stream().noneMatch(c -> c.getSegments().contains(sme)));
            Widgets.flush(display);
            Table values = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
            assertTrue(Arrays.stream(values.getColumns()).noneMatch(c -> c.getText().equals("SMEs")), "the findings table lost the column");

            Widgets.menu(shell, "Edit", "Undo");
            Widgets.flush(display);
            assertEquals(1, study.getSegments().indexOf(sme));
            assertEquals(smeValues, study.getFindings().stream().flatMap(f -> f.getEstimates().stream()).filter(e -> e.getSegment() == sme).toList());
            assertEquals(usingSme, study.getComparisons().stream().filter(c -> c.getSegments().contains(sme)).toList());
            assertTrue(Arrays.stream(values.getColumns()).anyMatch(c -> c.getText().equals("SMEs")));
        });
    }

    @Test
    void aComputedPValueCannotBeTypedOver() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            MPart part = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
            Study study = ((StudyEditorPart) part.getObject()).getStudy();
            Tree outline = Widgets.byData(shell, Tree.class, ID, StudyEditorPart.OUTLINE_ID);
            var comparisons = Widgets.item(outline, "Comparisons (14)");
            Widgets.expand(comparisons);
            Comparison security = study.getComparisons().stream().filter(c -> c.getName().equals("security-whole")).findFirst().orElseThrow();
            Widgets.select(Widgets.child(comparisons, security.getLabel() + "  [security-whole]"));
            Double p = security.getResult().getPValue();
            Text pValue = Widgets.byData(shell, Text.class, ID, StudyEditorPart.PROPERTIES_ID + ".result.pValue");
            assertEquals(String.valueOf(p), pValue.getText());
            assertFalse(pValue.getEditable(), "computed by the comparator");
            assertTrue((pValue.getStyle() & SWT.READ_ONLY) != 0);
            Widgets.type(pValue, "0.5");
            Widgets.typeAndLeave(Widgets.byData(shell, Text.class, ID, StudyEditorPart.PROPERTIES_ID + ".result.statistic"), "1");
            assertEquals(p, security.getResult().getPValue());
            assertFalse(part.isDirty(), "nothing was written");
            // what the researcher chooses stays editable
            assertTrue(Widgets.byData(shell, Text.class, ID, StudyEditorPart.PROPERTIES_ID + ".family").getEditable());
        });
    }

    @Test
    void newStudyAndTheNavigatorFollowsTheFolder() throws Throwable {
        Path made = dir.resolve("surveys/brand.study");
        Path other = dir.resolve("other.study");
        WorkbenchRunner.run((application, display) -> {
            Shell shell = WorkbenchRunner.mainWindow(application);
            EPartService parts = application.getContext().get(EPartService.class);
            MPart navigatorPart = (MPart) application.getContext().get(EModelService.class).find(StudyNavigatorPart.ID, application);
            ((StudyNavigatorPart) navigatorPart.getObject()).setFolder(dir);
            Widgets.flush(display);
            Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);

            // File > New Study...: a title is needed; the file goes where the dialog says, relative to the navigator's folder.
            Throwable[] failure = Widgets.driveNextDialog(shell, dialog -> {
                Text file = Widgets.byData(dialog, Text.class, ID, NewStudyHandler.FILE_ID);
                assertEquals(dir.resolve("new-study.study").toString(), file.getText());
                file.setText("surveys/brand");
                Widgets.click(button(dialog, "Create"));
                assertTrue(Widgets.byData(dialog, Label.class, ID, NewStudyHandler.PROBLEM_ID).getText().startsWith("Title"));
                Widgets.byData(dialog, Text.class, ID, NewStudyHandler.TITLE_ID).setText("Brand tracker 2026");
                Widgets.click(button(dialog, "Create"));
            });
            Widgets.menu(shell, "File", "New Study...");
            assertNull(failure[0]);
            assertTrue(Files.isRegularFile(made));
            assertEquals("brand", parts.getActivePart().getLabel(), "the new study is open, in front");
            assertTrue(Widgets.itemTexts(navigator).contains("brand.study"), Widgets.itemTexts(navigator).toString());

            // A study written by someone else (here: as `studybench new` writes it) appears by itself, and goes when removed.
            try {
                StudyResources.save(StudyResources.createStudy("other", "Made elsewhere"), other);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            Widgets.waitUntil(display, () -> Widgets.itemTexts(navigator).contains("other.study"), 10, "the navigator to list a new file");
            try {
                Files.delete(other);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Widgets.waitUntil(display, () -> !Widgets.itemTexts(navigator).contains("other.study"), 10, "the navigator to drop a removed file");

            // The navigator's menu has New Study too, even with nothing selected.
            navigator.deselectAll();
            navigator.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Throwable[] cancelled = Widgets.answerNextDialog(shell, "Cancel");
            Widgets.contextMenu(navigator, "New Study...");
            assertNull(cancelled[0]);
        });
        Study created = StudyResources.load(made);
        assertEquals("brand", created.getName());
        assertEquals("Brand tracker 2026", created.getTitle());
        // the same file as `studybench new surveys/brand.study --title "Brand tracker 2026"` writes, but for the new id
        Path cli = dir.resolve("cli/brand.study");
        Files.createDirectories(cli.getParent());
        StudyResources.save(StudyResources.createStudy("brand", "Brand tracker 2026"), cli);
        assertEquals(Files.readString(cli).replaceAll("id=\"[^\"]*\"", "id=\"\""), Files.readString(made).replaceAll("id=\"[^\"]*\"", "id=\"\""));
    }

    private static CTabItem tab(MPartStack stack, MPart part) {
        for (CTabItem item : ((CTabFolder) stack.getWidget()).getItems()) {
            if (item.getData("modelElement") == part) {
                return item;
            }
        }
        throw new AssertionError("no tab for " + part.getLabel());
    }

    private static Button button(Shell shell, String text) {
        List<Button> found = Widgets.findAll(shell, Button.class, b -> b.getText().replace("&", "").equals(text));
        if (found.isEmpty()) {
            throw new AssertionError("no button '" + text + "'");
        }
        return found.get(0);
    }
}
