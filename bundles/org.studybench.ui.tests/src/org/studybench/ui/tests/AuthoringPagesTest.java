package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.custom.CTabFolder;
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
import org.studybench.model.study.Finding;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Question;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * The authoring pages a researcher fills in besides values: the instrument (questions, options,
 * multiple-response sets), a finding's nested base and the settings of a computed finding (then
 * computed from the data in the background), and the report outline (sections in order, generated
 * from the page). Driven with plain SWT events; saved, reloaded from the file and checked.
 */
class AuthoringPagesTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();
    private static final String ID = "studybench.id";
    private static final String INSTRUMENT = StudyEditorPart.INSTRUMENT_ID;
    private static final String REPORT = StudyEditorPart.REPORT_ID;

    @TempDir
    Path dir;

    @Test
    void instrumentBasesComputedFindingsAndReportOutline() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run(this::drive);
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        StudyEditorPart editor = (StudyEditorPart) WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study").getObject();
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
        Study study = editor.getStudy();

        // Instrument: a question with two options under the study's instrument.
        Widgets.selectTab(tabs, "Instrument");
        Tree instrument = Widgets.byData(shell, Tree.class, ID, INSTRUMENT + ".tree");
        Widgets.select(Widgets.item(instrument, "Online survey of end users  [online-survey]"));
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".add.Question"));
        Question question = study.getInstruments().get(0).getQuestions().get(0);
        Widgets.type(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.name"), "q-security");
        Widgets.typeAndLeave(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.text"), "Do you see security as a risk of social tools?");
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, INSTRUMENT + ".form.type"), "single");
        assertEquals("q-security", question.getName());
        assertEquals("Do you see security as a risk of social tools?", question.getText());
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".add.Option"));
        Widgets.type(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.label"), "Yes");
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".add.Option")); // the option's question is the owner
        Widgets.type(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.label"), "No");
        assertEquals(List.of("1 Yes", "2 No"), question.getOptions().stream().map(o -> o.getCode() + " " + o.getLabel()).toList());
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".up"));
        assertEquals(List.of("No", "Yes"), question.getOptions().stream().map(o -> o.getLabel()).toList());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(List.of("Yes", "No"), question.getOptions().stream().map(o -> o.getLabel()).toList());

        // A multiple-response set over two variables of the dataset, counted where they are "yes".
        Widgets.select(Widgets.item(instrument, "End users (SYNTHETIC)  [respondents]"));
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".add.MultipleResponseSet"));
        MultipleResponseSet set = study.getDatasets().get(0).getMultipleResponseSets().get(0);
        Widgets.type(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.label"), "Risks seen");
        Widgets.type(Widgets.byData(shell, Text.class, ID, INSTRUMENT + ".form.countedValue"), "yes");
        Table variables = Widgets.byData(shell, Table.class, ID, INSTRUMENT + ".form.variables");
        Widgets.check(variables, "security");
        Widgets.check(variables, "productivity");
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, INSTRUMENT + ".form.question"), "q-security");
        assertEquals(List.of("security", "productivity"), set.getVariables().stream().map(v -> v.getName()).toList());
        assertEquals(question, set.getQuestion());
        Widgets.screenshot(shell, SCREENSHOTS.resolve("study-editor-instrument.png"));

        // Deleting the question clears the set's reference to it (after a confirmation).
        Widgets.select(Widgets.child(Widgets.item(instrument, "Online survey of end users  [online-survey]"), "New question  [q-security]"));
        Throwable[] answer = Widgets.answerNextDialog(shell, "Delete");
        Widgets.click(Widgets.byData(shell, Button.class, ID, INSTRUMENT + ".delete"));
        assertNull(answer[0]);
        assertTrue(study.getInstruments().get(0).getQuestions().isEmpty());
        assertNull(set.getQuestion());
        Widgets.menu(shell, "Edit", "Undo");
        assertEquals(question, set.getQuestion(), "undo restores the question and the reference");

        // A nested base: "security" among those who see lost productivity as a risk, n = 812.
        Widgets.selectTab(tabs, "Findings");
        Table findings = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
        Widgets.selectRow(findings, Widgets.row(findings, 0, "See security as a risk or obstacle of social tools"));
        Finding security = finding(study, "security");
        assertNull(security.getBase().getN(), "Ipsos published no group sizes");
        Widgets.type(Widgets.byData(shell, Text.class, ID, FindingsPage.BASE_ID), "0");
        assertNull(security.getBase().getN(), "a base of 0 is refused");
        assertEquals("a whole number above 0", Widgets.findAll(shell, Label.class, l -> l.getText().startsWith("a whole number")).get(0).getText());
        Widgets.type(Widgets.byData(shell, Text.class, ID, FindingsPage.BASE_ID), "812");
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".base.within"), "productivity");
        Widgets.type(Widgets.byData(shell, Text.class, ID, FindingsPage.FORM_ID + ".base.label"), "those who see lost productivity as a risk");
        assertEquals(812, security.getBase().getN());
        assertEquals(finding(study, "productivity"), security.getBase().getWithin());
        // A finding without a base gets one when its base n is first typed; undo takes it away again.
        Widgets.click(Widgets.byData(shell, Button.class, ID, FindingsPage.ADD_ID));
        Finding added = study.getFindings().get(study.getFindings().size() - 1);
        assertNull(added.getBase());
        Widgets.type(Widgets.byData(shell, Text.class, ID, FindingsPage.BASE_ID), "150");
        assertEquals(150, added.getBase().getN());
        Widgets.menu(shell, "Edit", "Undo");
        assertNull(added.getBase());
        assertEquals("", Widgets.text(shell, ID, FindingsPage.BASE_ID));

        // A computed finding's settings, then computed from the data: the share who answered "no".
        Widgets.selectRow(findings, Widgets.row(findings, 0, "See security as a risk (synthetic respondents, weighted)"));
        Finding computed = finding(study, "security-respondents");
        double yes = computed.getEstimates().get(0).getValue();
        Combo level = Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".level");
        Widgets.type(level, "no");
        assertEquals("no", computed.getLevel());
        Widgets.click(Widgets.byData(shell, Button.class, ID, FindingsPage.COMPUTE_ID));
        Label status = Widgets.byData(shell, Label.class, ID, FindingsPage.STATUS_ID);
        Widgets.waitUntil(display, () -> status.getText().startsWith("Findings from data"), 60, "the findings computed from data");
        assertEquals("Findings from data: 1 computed, 0 unchanged since the data were last read", status.getText());
        assertEquals(1 - yes, computed.getEstimates().get(0).getValue(), 1e-12, "'no' is the complement of 'yes' (no missing answers)");
        Widgets.screenshot(shell, SCREENSHOTS.resolve("study-editor-findings-details.png"));

        // The report outline: a report with a text section and a findings section, moved into order.
        Widgets.selectTab(tabs, "Report");
        Widgets.click(Widgets.byData(shell, Button.class, ID, REPORT + ".add.ReportSpec"));
        Widgets.type(Widgets.byData(shell, Text.class, ID, REPORT + ".form.title"), "Risks of social tools");
        Widgets.click(Widgets.byData(shell, Button.class, ID, REPORT + ".add.Section"));
        Widgets.type(Widgets.byData(shell, Text.class, ID, REPORT + ".form.title"), "Security");
        Widgets.choose(Widgets.byData(shell, Combo.class, ID, REPORT + ".form.kind"), "findings");
        Table sectionFindings = Widgets.byData(shell, Table.class, ID, REPORT + ".form.findings");
        Widgets.check(sectionFindings, "security");
        Widgets.check(sectionFindings, "security-respondents");
        Widgets.click(Widgets.byData(shell, Button.class, ID, REPORT + ".add.Section"));
        Widgets.type(Widgets.byData(shell, Text.class, ID, REPORT + ".form.title"), "About this report");
        Widgets.typeAndLeave(Widgets.byData(shell, Text.class, ID, REPORT + ".form.text"), "Security, **computed again** from the synthetic respondents.");
        Widgets.click(Widgets.byData(shell, Button.class, ID, REPORT + ".up"));
        var report = study.getReports().get(0);
        assertEquals(List.of("About this report", "Security"), report.getSections().stream().map(s -> s.getTitle()).toList());
        assertEquals(SectionKind.FINDINGS, report.getSections().get(1).getKind());
        Widgets.screenshot(shell, SCREENSHOTS.resolve("study-editor-report.png"));
        Path html = dir.resolve("ipsos-2013/out/ipsos-2013.html");
        Widgets.click(Widgets.byData(shell, Button.class, ID, REPORT + ".generate"));
        Widgets.waitUntil(display, () -> Files.isRegularFile(html), 60, "the report file");
        try {
            String text = Files.readString(html);
            assertTrue(text.indexOf("About this report") < text.indexOf("Security</h2>") && text.contains("<strong>computed again</strong>"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        // Saved and read back from the file.
        Widgets.menu(shell, "File", "Save");
        try {
            Study saved = StudyResources.load(dir.resolve("ipsos-2013/ipsos-2013.study"));
            assertEquals("Yes", saved.getInstruments().get(0).getQuestions().get(0).getOptions().get(0).getLabel());
            assertEquals("q-security", saved.getDatasets().get(0).getMultipleResponseSets().get(0).getQuestion().getName());
            assertEquals("productivity", finding(saved, "security").getBase().getWithin().getName());
            assertEquals("no", finding(saved, "security-respondents").getLevel());
            assertNotEquals(yes, finding(saved, "security-respondents").getEstimates().get(0).getValue());
            assertEquals(2, saved.getReports().get(0).getSections().get(1).getFindings().size());
        } catch (org.studybench.model.io.StudyFileException e) {
            throw new AssertionError(e);
        }

        Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
        // Generate Report from the navigator: the services it needs are looked up when it is chosen.
        try {
            Files.delete(html);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Widgets.select(Widgets.item(navigator, "ipsos-2013.study"));
        Widgets.contextMenu(navigator, "Generate Report");
        Widgets.waitUntil(display, () -> Files.isRegularFile(html), 60, "the report generated from the navigator");

        // The navigator: delete a finding (confirmed; its comparisons lose it), save, and the tree shows the file.
        var studyItem = Widgets.item(navigator, "ipsos-2013.study");
        Widgets.expand(studyItem);
        var findingsGroup = Widgets.child(studyItem, "Findings (8)");
        Widgets.expand(findingsGroup);
        Widgets.select(Widgets.child(findingsGroup, "Use social tools mainly to talk with colleagues  [colleagues]"));
        answer = Widgets.answerNextDialog(shell, "Delete");
        Widgets.contextMenu(navigator, "Delete...");
        assertNull(answer[0]);
        assertTrue(study.getFindings().stream().noneMatch(f -> f.getName().equals("colleagues")));
        assertTrue(study.getComparisons().stream().noneMatch(c -> c.getFindings().stream().anyMatch(f -> "colleagues".equals(f.getName()))));
        Widgets.menu(shell, "File", "Save");
        Widgets.expand(Widgets.item(navigator, "ipsos-2013.study"));
        Widgets.child(Widgets.item(navigator, "ipsos-2013.study"), "Findings (7)");

        // Add Finding from the navigator: the findings page with a new finding.
        Widgets.select(Widgets.item(navigator, "ipsos-2013.study"));
        Widgets.contextMenu(navigator, "Add Finding");
        assertEquals(8, study.getFindings().size());
        assertEquals("Findings", tabs.getSelection().getText());

        // Delete the study file: confirmed, its editor closed without saving, its data kept.
        answer = Widgets.answerNextDialog(shell, "OK");
        Widgets.contextMenu(navigator, "Delete...");
        assertNull(answer[0]);
        assertTrue(Files.notExists(dir.resolve("ipsos-2013/ipsos-2013.study")));
        assertTrue(Files.isRegularFile(dir.resolve("ipsos-2013/data/respondents.parquet")));
        assertTrue(Widgets.itemTexts(navigator).isEmpty(), Widgets.itemTexts(navigator).toString());
    }

    private static Finding finding(Study study, String name) {
        return study.getFindings().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow();
    }
}
