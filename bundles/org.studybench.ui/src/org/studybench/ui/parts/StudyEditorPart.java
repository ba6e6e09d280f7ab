package org.studybench.ui.parts;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.Registry;
import org.studybench.core.StudyService;
import org.studybench.model.study.Named;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.editor.Ids;
import org.studybench.ui.editor.StudyEditing;
import org.studybench.ui.pages.StudyEditorPage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Edits one .study file, one page per concern: the study's title, description and sources, an
 * outline with the selected element's properties,
 * the variable dictionary of the datasets, the segments with their filter editor, the findings table, crosstabs and banners of the data, the comparisons with their generated parameter forms, the chart editor with
 * its live preview, and the validation problems (double-click jumps to the element). Every change
 * goes through one command stack: undo, redo and the dirty marker follow it.
 */
public class StudyEditorPart {

    public static final String OUTLINE_ID = "studybench.editor.outline";
    public static final String PROPERTIES_ID = "studybench.editor.properties";
    public static final String INSTRUMENT_ID = "studybench.editor.instrument";
    public static final String REPORT_ID = "studybench.editor.report";
    public static final String TABS_ID = "studybench.editor.tabs";
    public static final String PROBLEMS_ID = "studybench.editor.problems";
    static final String APP_TITLE = "StudyBench";

    @Inject
    StudyService studies;
    @Inject
    Registry registry;
    @Inject
    DatasetService datasets;
    @Inject
    org.studybench.core.workflow.ReportWorkflow reports;
    @Inject
    org.studybench.core.workflow.SaveWorkflow saves;
    @Inject
    MPart part;
    @Inject
    MWindow window;
    @Inject
    org.eclipse.e4.ui.workbench.modeling.EPartService parts;
    @Inject
    org.eclipse.e4.ui.workbench.modeling.EModelService models;
    @Inject
    org.eclipse.e4.ui.model.application.MApplication application;

    private Path file;
    private Study study;
    private StudyEditing editing;
    private CTabFolder tabs;
    private TreeViewer outline;
    private org.studybench.ui.editor.PropertyForm properties;
    private org.studybench.ui.editor.StudyChoices choices;
    private Table problems;
    private ChartsPage chartsPage;
    private CTabItem problemsTab;
    private FindingsPage findingsPage;
    private ComparisonsPage comparisonsPage;

    @PostConstruct
    public void create(Composite parent) {
        file = Path.of(part.getPersistedState().get(StudyEditors.FILE_KEY));
        parent.setLayout(new GridLayout(1, false));
        try {
            study = studies.load(file);
        } catch (InputException e) {
            Label error = new Label(parent, SWT.WRAP);
            error.setText("This study cannot be opened: " + e.getMessage());
            error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return;
        }
        editing = new StudyEditing(study);
        part.setLabel(study.getName());
        Label title = new Label(parent, SWT.NONE);
        title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        tabs = new CTabFolder(parent, SWT.BOTTOM | SWT.BORDER);
        tabs.setData(Ids.KEY, TABS_ID);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        choices = new org.studybench.ui.editor.StudyChoices(study, registry);
        tab("Overview", new org.studybench.ui.editor.OverviewPage(tabs, editing).control());
        tab("Outline", createOutline(tabs));
        tab("Instrument", createInstrumentPage(tabs));
        tab("Dictionary", new org.studybench.ui.editor.DictionaryPage(tabs, editing).control());
        tab("Segments", new org.studybench.ui.editor.SegmentsPage(tabs, editing, file, datasets).control());
        findingsPage = new FindingsPage(tabs, editing, choices, file, datasets);
        tab("Findings", findingsPage.control());
        comparisonsPage = new ComparisonsPage(tabs, editing, registry);
        tab("Comparisons", comparisonsPage.control());
        tab("Crosstab", new org.studybench.ui.editor.CrosstabPage(tabs, editing, file, datasets).control());
        chartsPage = new ChartsPage(tabs, editing, registry);
        tab("Charts", chartsPage.control());
        tab("Report", createReportPage(tabs));
        problemsTab = tab("Problems", createProblems(tabs));
        ContributedPages.add(tabs, BUILT_IN_POSITIONS, editing, file); // plug-ins' pages among them
        refreshProblems();
        tabs.setSelection(1); // the outline: the whole study at a glance

        editing.stack().addCommandStackListener(e -> part.setDirty(editing.isDirty())); // undo back to the saved state is clean again
        org.studybench.ui.editor.Live.follow(tabs, editing, () -> {
            title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
            if (study.getName() != null && !study.getName().equals(part.getLabel())) { // renamed in the outline
                part.setLabel(study.getName());
                if (parts.getActivePart() == part) {
                    window.setLabel(APP_TITLE + " — " + study.getName());
                }
            }
            outline.refresh();
            refreshProblems();
        });
        window.setLabel(APP_TITLE + " — " + study.getName());
        parent.getDisplay().asyncExec(this::navigatorReload); // once the part holds this editor
    }

    /** Where the built-in tabs above stand, in their order, for contributed pages (StudyEditorPage's constants). */
    private static final int[] BUILT_IN_POSITIONS = { StudyEditorPage.OVERVIEW, StudyEditorPage.OUTLINE, StudyEditorPage.INSTRUMENT,
            StudyEditorPage.DICTIONARY, StudyEditorPage.SEGMENTS, StudyEditorPage.FINDINGS, StudyEditorPage.COMPARISONS, StudyEditorPage.CROSSTAB,
            StudyEditorPage.CHARTS, StudyEditorPage.REPORT, StudyEditorPage.PROBLEMS };

    private CTabItem tab(String text, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
        return item;
    }

    private Control createOutline(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        outline.getTree().setData("studybench.id", OUTLINE_ID);
        outline.setContentProvider(new StudyTree.OutlineContent());
        outline.setLabelProvider(new StudyTree.Labels());
        outline.setInput(study);
        properties = new org.studybench.ui.editor.PropertyForm(sash, editing, PROPERTIES_ID, choices, f -> true);
        sash.setWeights(45, 55);
        outline.addSelectionChangedListener(e -> show(((IStructuredSelection) e.getSelection()).getFirstElement()));
        outline.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof org.studybench.model.study.Dataset dataset) {
                org.studybench.ui.data.DataGrids.open(file, dataset.getName(), parts, models, application);
            }
        });
        show(study);
        return sash;
    }

    private Control createProblems(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new FillLayout());
        problems = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        problems.setData(Ids.KEY, PROBLEMS_ID);
        problems.setHeaderVisible(true);
        new TableColumn(problems, SWT.NONE).setText("Severity");
        new TableColumn(problems, SWT.NONE).setText("Problem");
        problems.addListener(SWT.DefaultSelection, e -> {
            if (e.item != null && e.item.getData() instanceof EObject element) {
                reveal(element);
            }
        });
        return box;
    }

    private void refreshProblems() {
        List<Problem> found = studies.validate(study);
        problems.removeAll();
        for (Problem p : found) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { p.severity().name().toLowerCase(java.util.Locale.ROOT), p.message() });
            item.setData(p.element());
        }
        for (TableColumn c : problems.getColumns()) {
            c.pack();
        }
        long errors = found.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        problemsTab.setText(found.isEmpty() ? "Problems" : "Problems (" + found.size() + (errors > 0 ? ", " + errors + " errors" : "") + ")");
    }

    /** Jump-to-element: shows {@code element} selected in the outline. */
    public void reveal(EObject element) {
        tabs.setSelection(1);
        Object target = element;
        for (StudyTree.Group g : StudyTree.groups(study)) {
            if (g.children().contains(element)) {
                outline.expandToLevel(g, 1);
            }
        }
        outline.setSelection(new StructuredSelection(target), true);
    }

    /** Shows the selected element's properties for editing; a group shows its study. */
    private void show(Object selected) {
        properties.bind(selected instanceof EObject e ? e : study);
    }

    /** Instruments with their questions and options, and each dataset's multiple-response sets. */
    private Control createInstrumentPage(Composite parent) {
        StudyPackage p = StudyPackage.eINSTANCE;
        return new org.studybench.ui.editor.ElementsPage(parent, editing, INSTRUMENT_ID, s -> {
            List<EObject> roots = new java.util.ArrayList<>(s.getInstruments());
            roots.addAll(s.getDatasets());
            return roots;
        }, java.util.Set.of(p.getInstrument_Questions(), p.getQuestion_Options(), p.getDataset_MultipleResponseSets()),
                List.of(p.getStudy_Instruments(), p.getInstrument_Questions(), p.getQuestion_Options(), p.getDataset_MultipleResponseSets()), choices)
                .control();
    }

    /** The study's reports and their sections, in order; the selected report can be generated from here. */
    private Control createReportPage(Composite parent) {
        StudyPackage p = StudyPackage.eINSTANCE;
        org.studybench.ui.editor.ElementsPage page = new org.studybench.ui.editor.ElementsPage(parent, editing, REPORT_ID, Study::getReports,
                java.util.Set.of(p.getReportSpec_Sections()), List.of(p.getStudy_Reports(), p.getReportSpec_Sections()), choices);
        page.action("Generate", REPORT_ID + ".generate", selected -> {
            EObject report = selected;
            while (report != null && !(report instanceof org.studybench.model.study.ReportSpec)) {
                report = report.eContainer();
            }
            ReportJob.start(this, reports, true, report == null ? null : ((Named) report).getName(), written -> {
            });
        });
        return page.control();
    }

    /** Shows the page titled {@code text} ("Findings"). */
    public void showPage(String text) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getText().equals(text) || item.getText().startsWith(text + " (")) {
                tabs.setSelection(item);
            }
        }
    }

    /** Navigator: Add Finding — a new finding on the findings page, ready for its values. */
    public void addFinding() {
        showPage("Findings");
        findingsPage.addFinding();
    }

    /** Navigator: Run Comparisons — every comparison brought up to date in the background. */
    public void runComparisons() {
        showPage("Comparisons");
        comparisonsPage.runAll();
    }

    /**
     * Navigator: Delete — the element of this editor's study that {@code shown} (an element of a copy
     * read from the same file) stands for, after a confirmation that names everything that refers to
     * it. Undoable; the file changes when the study is saved.
     */
    public void delete(EObject shown) {
        EObject element = shown.eResource() == null ? null : study.eResource().getEObject(shown.eResource().getURIFragment(shown));
        if (element == null || element == study) {
            return;
        }
        org.studybench.ui.editor.Deletion.confirmAndDelete(tabs.getShell(), editing, element);
    }

    /** Shows a generated report: in the workbench's report part, or the system browser (see {@link ReportBrowserPart#open}). */
    public org.eclipse.e4.ui.model.application.ui.basic.MPart openReport(Path report) {
        return ReportBrowserPart.open(report, parts, models, application);
    }

    public Study getStudy() {
        return study;
    }

    public Path getFile() {
        return file;
    }

    public StudyEditing getEditing() {
        return editing;
    }

    public ChartsPage getChartsPage() {
        return chartsPage;
    }

    public void undo() {
        if (editing != null) {
            editing.undo();
        }
    }

    public void redo() {
        if (editing != null) {
            editing.redo();
        }
    }

    @Focus
    public void focus() {
        if (tabs != null) {
            tabs.setFocus();
            window.setLabel(APP_TITLE + " — " + study.getName());
        }
    }

    @Persist
    public void save() {
        if (study == null) {
            return;
        }
        try {
            studies.save(study, file);
            editing.saved();
            part.setDirty(false);
        } catch (InputException e) {
            MessageDialog.openError(tabs.getShell(), APP_TITLE, e.getMessage());
        }
    }

    /**
     * Saves the study under a new name, with copies of its datasets' files at the same relative places
     * (a study refers to its data by relative path), and goes on editing the new file.
     */
    public void saveAs(Path target) throws InputException {
        Path absolute = target.toAbsolutePath().normalize();
        if (StudyEditors.key(absolute).equals(StudyEditors.key(file))) {
            save();
            return;
        }
        if (StudyEditors.find(absolute, models, application) != null) {
            throw new InputException(absolute + " is open in another editor; close it first");
        }
        saves.saveWithData(study, file, absolute); // data files first, all or nothing
        file = absolute;
        part.getPersistedState().put(StudyEditors.FILE_KEY, StudyEditors.key(absolute));
        part.setTooltip(StudyEditors.key(absolute));
        editing.saved();
        part.setDirty(false);
    }

    /** The Studies view shows an open study as edited here, and the file again once the editor is gone. */
    private void navigatorReload() {
        if (models.find(StudyNavigatorPart.ID, application) instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart navigator
                && navigator.getObject() instanceof StudyNavigatorPart shown) {
            shown.reload(file);
        }
    }

    @PreDestroy
    public void dispose() {
        window.setLabel(APP_TITLE);
        study = null; // (so the navigator, reloading now, reads the file)
        navigatorReload();
    }
}
