package org.studybench.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.model.study.Study;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Lists the studies in a folder with their datasets, findings, comparisons, charts and reports. */
public class StudyNavigatorPart {

    public static final String ID = "org.studybench.ui.part.navigator";
    public static final String TREE_ID = "studybench.navigator.tree";
    /** The view's context menu in the workbench model; plug-ins add items to it with model fragments. */
    public static final String MENU_ID = "org.studybench.ui.popup.navigator";

    /** The Studies view of the workbench, when it is shown. */
    public static java.util.Optional<StudyNavigatorPart> find(EModelService models, MApplication application) {
        return models.find(ID, application) instanceof org.eclipse.e4.ui.model.application.ui.basic.MPart part
                && part.getObject() instanceof StudyNavigatorPart shown ? java.util.Optional.of(shown) : java.util.Optional.empty();
    }

    /**
     * A .study file in the folder; its study is loaded when first expanded, and again after the file
     * changed — or, while an editor has it open, it is the editor's study as edited there.
     */
    public static final class StudyFile {
        final Path file;
        Study study;
        String error;
        java.nio.file.attribute.FileTime readAt;
        /** The study is the one open in an editor, followed through its changes, not read from the file. */
        boolean edited;
        /** The editor's study whose changes refresh this file's subtree (one listener per study). */
        Study followed;

        StudyFile(Path file) {
            this.file = file;
        }

        /** Forgets what was read when the file changed since (saved by an editor, the CLI or another program). */
        void checkFile() {
            try {
                if (!edited && readAt != null && !readAt.equals(Files.getLastModifiedTime(file))) {
                    study = null;
                    error = null;
                }
            } catch (IOException e) {
                // gone: the next listing drops it
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof StudyFile f && f.file.equals(file); // the tree keeps expanded items across refreshes
        }

        @Override
        public int hashCode() {
            return file.hashCode();
        }

        @Override
        public String toString() {
            String name = file.getFileName().toString();
            return error != null ? name + "  (cannot be read: " + error + ")" : name;
        }
    }

    @Inject
    StudyService studies;
    @Inject
    EPartService parts;
    @Inject
    EModelService models;
    @Inject
    MApplication application;
    @Inject
    org.eclipse.e4.ui.services.EMenuService menus;
    @Inject
    org.eclipse.e4.ui.model.application.ui.basic.MPart self;
    @Inject
    org.eclipse.e4.ui.workbench.modeling.ESelectionService selection;

    private TreeViewer viewer;
    private Label folderLabel;
    private Path folder;
    /** The listed files by path, so a refresh keeps the studies already read. */
    private final java.util.Map<Path, StudyFile> listed = new java.util.HashMap<>();
    private FolderWatch watch;
    private boolean refreshPending;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        folderLabel = new Label(parent, SWT.NONE);
        folderLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setData("org.eclipse.swtbot.widget.key", TREE_ID);
        viewer.getTree().setData("studybench.id", TREE_ID);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new LabelProvider() {
            private final StudyTree.Labels elements = new StudyTree.Labels();

            @Override
            public String getText(Object element) {
                return element instanceof StudyFile ? element.toString() : elements.getText(element);
            }

            @Override
            public org.eclipse.swt.graphics.Image getImage(Object element) {
                return elements.getImage(element);
            }

            @Override
            public void dispose() {
                elements.dispose();
                super.dispose();
            }
        });
        viewer.addDoubleClickListener(event -> {
            Object selected = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (selected instanceof StudyFile studyFile) {
                StudyEditors.open(studyFile.file, parts, models, application);
            } else if (selected instanceof org.studybench.model.study.Dataset dataset && dataset.eResource() != null && dataset.eResource().getURI().isFile()) {
                org.studybench.ui.data.DataGrids.open(Path.of(dataset.eResource().getURI().toFileString()), dataset.getName(), parts, models, application);
            }
        });
        contextMenu();
        setFolder(initialFolder());
    }

    /**
     * Right-click: the workbench model's popup menu {@value #MENU_ID} (items from the UI bundle's model
     * fragment and plug-ins' fragments, each shown for what it acts on), over the selection this view
     * gives the workbench: a study file's {@link Path}, or the selected model element.
     */
    private void contextMenu() {
        viewer.addSelectionChangedListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            selection.setSelection(selected instanceof StudyFile studyFile ? studyFile.file
                    : selected instanceof org.eclipse.emf.ecore.EObject element ? element : null);
        });
        menus.registerContextMenu(viewer.getControl(), MENU_ID);
        // the menu's commands read the active part's selection: a right-click makes this view the active part
        viewer.getControl().addListener(SWT.MenuDetect, e -> parts.activate(self));
    }

    /** Lists the folder again: new and removed study files, and what changed in the files already listed. */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        listed.values().forEach(StudyFile::checkFile);
        viewer.refresh();
    }

    /** Refreshes once for a burst of file events (a save is a write and a rename), a moment after the first. */
    private void filesChanged() {
        if (!refreshPending && !viewer.getControl().isDisposed()) {
            refreshPending = true;
            viewer.getControl().getDisplay().timerExec(200, () -> {
                refreshPending = false;
                refresh();
            });
        }
    }

    /** Shows {@code file}'s study again: as its editor has it when one is open (it just opened), else as the file holds it (it just closed). */
    public void reload(Path file) {
        String key = StudyEditors.key(file);
        for (org.eclipse.swt.widgets.TreeItem item : viewer.getTree().getItems()) {
            if (item.getData() instanceof StudyFile studyFile && StudyEditors.key(studyFile.file).equals(key)) {
                studyFile.study = null;
                studyFile.error = null;
                studyFile.edited = false;
                viewer.refresh(studyFile);
            }
        }
    }

    /** Shows the studies of {@code newFolder} (searched three levels deep), and follows its changes. */
    public void setFolder(Path newFolder) {
        folder = newFolder.toAbsolutePath().normalize();
        folderLabel.setText(folder.toString());
        folderLabel.setToolTipText(folder.toString());
        listed.clear();
        viewer.setInput(folder);
        viewer.expandToLevel(1);
        if (watch != null) {
            watch.close();
        }
        try {
            org.eclipse.swt.widgets.Display display = viewer.getControl().getDisplay();
            watch = new FolderWatch(folder, 2, () -> {
                if (!display.isDisposed()) {
                    display.asyncExec(this::filesChanged);
                }
            });
        } catch (IOException e) {
            watch = null; // no file events here: Refresh shows changes
        }
    }

    @jakarta.annotation.PreDestroy
    public void dispose() {
        if (watch != null) {
            watch.close();
        }
    }

    public Path getFolder() {
        return folder;
    }

    @Focus
    public void focus() {
        viewer.getControl().setFocus();
    }

    /** The folder given on the command line ({@code studybench gui FOLDER}), else the working directory. */
    private static Path initialFolder() {
        for (String arg : Platform.getApplicationArgs()) {
            if (!arg.startsWith("-") && Files.isDirectory(Path.of(arg))) {
                return Path.of(arg);
            }
        }
        return Path.of(System.getProperty("user.dir"));
    }

    /** The editor that has {@code file} open, with its study loaded, or null. */
    private StudyEditorPart openEditor(Path file) {
        org.eclipse.e4.ui.model.application.ui.basic.MPart part = StudyEditors.find(file, models, application);
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getStudy() != null ? editor : null;
    }

    /**
     * Shows the editor's study under {@code studyFile} and refreshes it after each change there, once
     * per batch, while the editor keeps it (the editor's closing reloads the file: {@link #reload}).
     */
    private void follow(StudyFile studyFile, StudyEditorPart editor) {
        Study study = editor.getStudy();
        studyFile.study = study;
        studyFile.error = null;
        studyFile.edited = true;
        if (studyFile.followed == study) {
            return;
        }
        studyFile.followed = study;
        boolean[] pending = new boolean[1];
        editor.getEditing().addListener(() -> { // no dispose hook: the listener goes with the closed editor's model
            if (!pending[0] && !viewer.getControl().isDisposed()) {
                pending[0] = true;
                viewer.getControl().getDisplay().asyncExec(() -> {
                    pending[0] = false;
                    if (!viewer.getControl().isDisposed() && studyFile.study == study) {
                        viewer.refresh(studyFile);
                    }
                });
            }
        });
    }

    private final class Content implements ITreeContentProvider {
        private final StudyTree.OutlineContent outline = new StudyTree.OutlineContent();

        @Override
        public Object[] getElements(Object input) {
            if (!(input instanceof Path root)) {
                return new Object[0];
            }
            try (Stream<Path> files = Files.find(root, 3, (p, a) -> a.isRegularFile() && p.toString().endsWith(".study"))) {
                List<Path> found = files.sorted().toList();
                listed.keySet().retainAll(found);
                return found.stream().map(p -> listed.computeIfAbsent(p, StudyFile::new)).toArray();
            } catch (IOException e) {
                return new Object[] { root + ": " + e.getMessage() };
            }
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof StudyFile studyFile) {
                StudyEditorPart editor = openEditor(studyFile.file);
                if (editor != null && studyFile.study != editor.getStudy()) {
                    follow(studyFile, editor);
                } else if (editor == null && studyFile.edited) { // its editor closed, or saved it under another name
                    studyFile.study = null;
                    studyFile.edited = false;
                }
                if (studyFile.study == null && studyFile.error == null) {
                    try {
                        studyFile.readAt = Files.getLastModifiedTime(studyFile.file);
                        studyFile.study = studies.load(studyFile.file);
                    } catch (InputException | IOException e) {
                        studyFile.error = e.getMessage();
                        viewer.getControl().getDisplay().asyncExec(() -> viewer.update(studyFile, null));
                    }
                }
                return studyFile.study == null ? new Object[0] : outline.getElements(studyFile.study);
            }
            return outline.getChildren(parent);
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof StudyFile studyFile ? studyFile.error == null : outline.hasChildren(element);
        }
    }
}
