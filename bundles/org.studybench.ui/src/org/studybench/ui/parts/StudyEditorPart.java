package org.studybench.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.model.study.Study;
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
 * Edits one .study file. Its pages are {@link StudyEditorPage} services — StudyBench's own (overview,
 * outline with properties, instrument, dictionary, segments, findings, comparisons, crosstab, charts,
 * report, problems; see {@link BuiltInPages}) and plug-ins' alike — ordered by position. Every change
 * goes through one command stack: undo, redo and the dirty marker follow it.
 */
public class StudyEditorPart {

    public static final String OUTLINE_ID = BuiltInPages.Outline.TREE_ID;
    public static final String PROPERTIES_ID = BuiltInPages.Outline.PROPERTIES_ID;
    public static final String INSTRUMENT_ID = BuiltInPages.Instrument.TREE_PREFIX;
    public static final String REPORT_ID = BuiltInPages.Report.TREE_PREFIX;
    public static final String TABS_ID = "studybench.editor.tabs";
    public static final String PROBLEMS_ID = BuiltInPages.Problems.TABLE_ID;
    static final String APP_TITLE = "StudyBench";

    @Inject
    StudyService studies;
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
    @Inject
    org.studybench.core.workflow.SaveWorkflow saves;

    private Path file;
    private Study study;
    private StudyEditing editing;
    private CTabFolder tabs;
    /** The objects of built-in pages that commands act on (the findings page adds a finding), by class. */
    private final java.util.Map<Class<?>, Object> pageObjects = new java.util.HashMap<>();

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
        EditorPages.create(tabs, this); // StudyBench's pages and plug-ins' alike, by position
        showPage(StudyEditorPage.OUTLINE_ID); // the whole study at a glance

        editing.stack().addCommandStackListener(e -> part.setDirty(editing.isDirty())); // undo back to the saved state is clean again
        org.studybench.ui.editor.Live.follow(tabs, editing, () -> {
            title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
            if (study.getName() != null && !study.getName().equals(part.getLabel())) { // renamed in the outline
                part.setLabel(study.getName());
                if (parts.getActivePart() == part) {
                    window.setLabel(APP_TITLE + " — " + study.getName());
                }
            }
        });
        window.setLabel(APP_TITLE + " — " + study.getName());
        parent.getDisplay().asyncExec(this::navigatorReload); // once the part holds this editor
    }

    /** Shows the page with id {@code pageId} ({@link StudyEditorPage#id()}). */
    public void showPage(String pageId) {
        for (CTabItem item : tabs.getItems()) {
            if (pageId.equals(item.getData(EditorPages.PAGE_ID_KEY))) {
                tabs.setSelection(item);
            }
        }
    }

    /** Jump-to-element: shows {@code element} selected in the outline. */
    public void reveal(EObject element) {
        BuiltInPages.Revealer outline = page(BuiltInPages.Revealer.class);
        if (outline != null) {
            showPage(StudyEditorPage.OUTLINE_ID);
            outline.reveal(element);
        }
    }

    /** Opens a dataset of this study in the data grid. */
    public void openData(org.studybench.model.study.Dataset dataset) {
        org.studybench.ui.data.DataGrids.open(file, dataset.getName(), parts, models, application);
    }

    void keep(Object pageObject) {
        pageObjects.put(pageObject.getClass(), pageObject);
    }

    /** The built-in page object of {@code type} in this editor; null when that page is not there. */
    public <T> T page(Class<T> type) {
        return type.cast(pageObjects.get(type));
    }

    /** Navigator: Add Finding — a new finding on the findings page, ready for its values. */
    public void addFinding() {
        FindingsPage findings = page(FindingsPage.class);
        if (findings != null) {
            showPage(StudyEditorPage.FINDINGS_ID);
            findings.addFinding();
        }
    }

    /** Navigator: Run Comparisons — every comparison brought up to date in the background. */
    public void runComparisons() {
        ComparisonsPage comparisons = page(ComparisonsPage.class);
        if (comparisons != null) {
            showPage(StudyEditorPage.COMPARISONS_ID);
            comparisons.runAll();
        }
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
        return page(ChartsPage.class);
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
            if (e.getCause() instanceof org.studybench.model.io.StudyChangedException) {
                changedOnDisk();
            } else {
                MessageDialog.openError(tabs.getShell(), APP_TITLE, e.getMessage());
            }
        }
    }

    /**
     * The file changed since this editor read it (another window, command or program saved it): the
     * user chooses between the file's version (this editor's changes are dropped), this editor's
     * (the other change is replaced), or neither for now. Nothing is lost without being asked.
     */
    private void changedOnDisk() {
        MessageDialog dialog = new MessageDialog(tabs.getShell(), "Study changed on disk", null,
                file + " was changed by another program or command since it was opened here. Saving now would replace that change.",
                MessageDialog.WARNING, 2, "Reload from Disk", "Overwrite", "Cancel");
        switch (dialog.open()) {
            case 0 -> { // the file's version: this editor goes, a fresh one reads the file
                part.setDirty(false);
                Path reopen = file;
                parts.hidePart(part, true);
                StudyEditors.open(reopen, parts, models, application);
            }
            case 1 -> {
                org.studybench.model.io.StudyResources.forgetOpenedContent(study);
                save();
            }
            default -> {
                // keep editing; the changes stay unsaved
            }
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
        StudyNavigatorPart.find(models, application).ifPresent(navigator -> navigator.reload(file));
    }

    @PreDestroy
    public void dispose() {
        window.setLabel(APP_TITLE);
        study = null; // (so the navigator, reloading now, reads the file)
        navigatorReload();
    }
}
