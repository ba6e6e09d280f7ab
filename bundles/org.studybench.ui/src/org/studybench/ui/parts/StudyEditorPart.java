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
    /** The line above the pages that says the file changed on disk and what the editor did about it. */
    public static final String NOTE_ID = "studybench.editor.note";
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
    private Composite parent;
    /** The title, the note and the pages: built again when the study is read again from its file. */
    private Composite body;
    private Label note;
    private FolderWatch watch;
    private boolean checkPending;
    /** A question about the file (or the save conflict's) is open: no second one on top of it. */
    private boolean asking;
    /** The file was deleted or moved away: the editor stays dirty, so Save or Save As writes it again. */
    private boolean fileGone;
    /** The user was told about the deletion (once). */
    private boolean goneTold;
    /** The file's modification time and size at the last look: unchanged, it needs no new reading. */
    private Object seen;
    /** The dialog in front of the window that a look at the file waits for. */
    private org.eclipse.swt.widgets.Shell waitingFor;
    private final org.eclipse.swt.widgets.Listener shellActivated = e -> scheduleCheck();
    /** The objects of built-in pages that commands act on (the findings page adds a finding), by class. */
    private final java.util.Map<Class<?>, Object> pageObjects = new java.util.HashMap<>();

    @PostConstruct
    public void create(Composite parent) {
        this.parent = parent;
        file = Path.of(part.getPersistedState().get(StudyEditors.FILE_KEY));
        parent.setLayout(new GridLayout(1, false));
        Study loaded;
        try {
            loaded = studies.load(file);
        } catch (InputException e) {
            Label error = new Label(parent, SWT.WRAP);
            error.setText("This study cannot be opened: " + e.getMessage());
            error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return;
        }
        show(loaded, StudyEditorPage.OUTLINE_ID); // the whole study at a glance
        window.setLabel(APP_TITLE + " — " + study.getName());
        watchFolder();
        // as in Eclipse: coming back to the window (from a terminal, say) looks at the file again
        parent.getShell().addListener(SWT.Activate, shellActivated);
        parent.getDisplay().asyncExec(this::navigatorReload); // once the part holds this editor
    }

    /** Builds the title and the pages for {@code loaded}, with a new command stack, showing page {@code pageId}. */
    private void show(Study loaded, String pageId) {
        study = loaded;
        editing = new StudyEditing(study);
        pageObjects.clear();
        body = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        body.setLayout(layout);
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        part.setLabel(study.getName());
        Label title = new Label(body, SWT.NONE);
        title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        note = new Label(body, SWT.WRAP);
        note.setData(Ids.KEY, NOTE_ID);
        GridData noteData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        noteData.exclude = true; // shown only when there is something to say
        note.setLayoutData(noteData);
        note.setVisible(false);

        tabs = new CTabFolder(body, SWT.BOTTOM | SWT.BORDER);
        tabs.setData(Ids.KEY, TABS_ID);
        // where the tabs do not fit (a narrow window, plug-ins' pages) their words are shortened, not hidden behind a chevron
        tabs.setMinimumCharacters(4);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        EditorPages.create(tabs, this); // StudyBench's pages and plug-ins' alike, by position
        showPage(pageId);

        editing.stack().addCommandStackListener(e -> updateDirty()); // undo back to the saved state is clean again
        org.studybench.ui.editor.Live.follow(tabs, editing, () -> {
            title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
            if (study.getName() != null && !study.getName().equals(part.getLabel())) { // renamed in the outline
                part.setLabel(study.getName());
                if (parts.getActivePart() == part) {
                    window.setLabel(APP_TITLE + " — " + study.getName());
                }
            }
        });
    }

    /** A line above the pages saying what happened to the file on disk; null hides it. */
    private void showNote(String text) {
        if (note == null || note.isDisposed()) {
            return;
        }
        note.setText(text == null ? "" : text);
        note.setVisible(text != null);
        ((GridData) note.getLayoutData()).exclude = text == null;
        body.layout(true);
    }

    private void updateDirty() {
        part.setDirty(editing.isDirty() || fileGone);
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
            scheduleCheck(); // a question deferred while another editor was in front is asked now
        }
    }

    /** Looks at the file once the current event is done (a dialog does not open in the middle of an activation). */
    private void scheduleCheck() {
        if (!parent.isDisposed()) {
            parent.getDisplay().asyncExec(this::checkFile);
        }
    }

    /** Watches the study's folder: the file saved, replaced or removed by another program is noticed without a click. */
    private void watchFolder() {
        if (watch != null) {
            watch.close();
        }
        org.eclipse.swt.widgets.Display display = parent.getDisplay();
        try {
            watch = new FolderWatch(file.toAbsolutePath().getParent(), 0, () -> {
                if (!display.isDisposed()) {
                    display.asyncExec(this::fileEvent);
                }
            });
        } catch (java.io.IOException e) {
            watch = null; // no file events here: activating the window or the editor still looks
        }
    }

    /** One look for a burst of events (another program's save is a write and a rename), a moment after the first. */
    private void fileEvent() {
        if (!checkPending && !parent.isDisposed()) {
            checkPending = true;
            parent.getDisplay().timerExec(200, () -> {
                checkPending = false;
                checkFile();
            });
        }
    }

    /**
     * Compares the study's file with what this editor last read or wrote (own saves are not changes)
     * and follows a change: a clean editor reads the file again and says so above its pages; a dirty one
     * asks, when it is in front, whether to read the file again and lose its changes or keep them
     * (saving then asks again, see {@link #changedOnDisk}); a file deleted or moved away is said, and the
     * editor stays dirty so that Save or Save As writes the study again. Called on file events, when
     * the editor or the window is activated, and by tests.
     */
    public void checkFile() {
        if (study == null || asking || parent.isDisposed() || body.isDisposed()) {
            return;
        }
        org.eclipse.swt.widgets.Shell front = parent.getDisplay().getActiveShell();
        if (front != null && front != parent.getShell()) {
            // a dialog or wizard (an import into this study, say) may hold the study: look when it has gone
            if (front != waitingFor) {
                waitingFor = front;
                front.addListener(SWT.Dispose, e -> {
                    waitingFor = null;
                    scheduleCheck();
                });
            }
            return;
        }
        Object version = version(file);
        if (version != null && version.equals(seen)) {
            return;
        }
        String name = file.getFileName().toString();
        boolean active = parts.getActivePart() == part;
        if (version == null) {
            seen = null;
            if (!fileGone) {
                fileGone = true;
                updateDirty();
                showNote(name + " was deleted or moved on disk. This editor keeps the study: Save writes it again, Save As... elsewhere.");
            }
            if (active && !goneTold) {
                goneTold = true;
                ask(() -> MessageDialog.openWarning(tabs.getShell(), "Study deleted on disk", file
                        + " was deleted or moved by another program. The study stays open here, marked as unsaved: Save writes it again, Save As... under another name."));
            }
            return;
        }
        if (!org.studybench.model.io.StudyResources.changedOnDisk(study)) {
            seen = version;
            if (fileGone) { // back as it was (a checkout that removed and restored it)
                fileGone = false;
                goneTold = false;
                updateDirty();
                showNote(null);
            }
            return;
        }
        if (!editing.isDirty()) { // nothing of the user's to lose
            seen = version;
            reloadFromDisk(name + " was changed on disk and has been read again.");
            return;
        }
        if (!active) {
            return; // asked when this editor comes to the front (focus)
        }
        seen = version;
        int[] answer = new int[1];
        ask(() -> answer[0] = new MessageDialog(tabs.getShell(), "Study changed on disk", null,
                name + " changed on disk.\n\nReload it and lose your changes here, or keep your changes (saving will ask again)?", MessageDialog.QUESTION, 1,
                "Reload", "Keep My Changes").open());
        if (answer[0] == 0) {
            reloadFromDisk(name + " was read again from disk; your changes were dropped.");
        } else if (!body.isDisposed()) {
            showNote(name + " changed on disk; this editor keeps your changes (saving will ask whether to replace the file).");
        }
    }

    private void ask(Runnable dialog) {
        asking = true;
        try {
            dialog.run();
        } finally {
            asking = false;
        }
    }

    /** The file's modification time and size, or null when it is not there. */
    private static Object version(Path file) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return java.util.List.of(attributes.lastModifiedTime(), attributes.size());
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * Reads the file again and shows it on every page (built again, on the page shown before; a new
     * command stack, as undoing into the previous content would write over the file's), in the Studies
     * view too. When the file cannot be read (half written by another program, say) the editor keeps
     * the study and says why.
     */
    private void reloadFromDisk(String why) {
        Study fresh;
        try {
            fresh = studies.load(file);
        } catch (InputException e) {
            showNote(file.getFileName() + " changed on disk but cannot be read: " + e.getMessage() + ". This editor keeps the study as it was.");
            return;
        }
        CTabItem selected = tabs.getSelection();
        String pageId = selected == null ? StudyEditorPage.OUTLINE_ID : (String) selected.getData(EditorPages.PAGE_ID_KEY);
        boolean focused = tabs.isFocusControl() || parts.getActivePart() == part;
        body.dispose();
        fileGone = false;
        goneTold = false;
        show(fresh, pageId);
        parent.layout(true, true);
        updateDirty();
        showNote(why);
        if (focused) {
            tabs.setFocus();
            window.setLabel(APP_TITLE + " — " + study.getName());
        }
        navigatorReload();
    }

    @Persist
    public void save() {
        if (study == null) {
            return;
        }
        try {
            studies.save(study, file);
            editing.saved();
            fileGone = false;
            goneTold = false;
            updateDirty();
            showNote(null);
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
        int[] answer = new int[1];
        ask(() -> answer[0] = dialog.open());
        switch (answer[0]) {
            case 0 -> reloadFromDisk(file.getFileName() + " was read again from disk; your changes were dropped.");
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
        boolean otherFolder = !absolute.getParent().equals(file.toAbsolutePath().getParent());
        file = absolute;
        part.getPersistedState().put(StudyEditors.FILE_KEY, StudyEditors.key(absolute));
        part.setTooltip(StudyEditors.key(absolute));
        editing.saved();
        fileGone = false;
        goneTold = false;
        seen = null;
        updateDirty();
        showNote(null);
        if (otherFolder) {
            watchFolder();
        }
    }

    /** The Studies view shows an open study as edited here, and the file again once the editor is gone. */
    private void navigatorReload() {
        StudyNavigatorPart.find(models, application).ifPresent(navigator -> navigator.reload(file));
    }

    @PreDestroy
    public void dispose() {
        if (watch != null) {
            watch.close();
        }
        if (parent != null && !parent.getShell().isDisposed()) {
            parent.getShell().removeListener(SWT.Activate, shellActivated);
        }
        window.setLabel(APP_TITLE);
        study = null; // (so the navigator, reloading now, reads the file)
        navigatorReload();
    }
}
