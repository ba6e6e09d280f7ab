package org.studybench.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.Live;
import org.studybench.ui.editor.StudyEditing;
import org.studybench.ui.editor.StudyImages;
import org.studybench.ui.pages.StudyEditorContext;
import org.studybench.ui.pages.StudyEditorPage;

/**
 * The study editor's tabs: every {@link StudyEditorPage} service, StudyBench's own and plug-ins'
 * alike, ordered by position (then id). A page that fails to build shows one line naming its bundle
 * instead; the other pages go on.
 */
final class EditorPages {

    /** Each tab's data under this key is its page's id. */
    static final String PAGE_ID_KEY = "studybench.page";
    /** The tab folder's images (made from the pages' icons), under this key of the folder. */
    private static final String IMAGES_KEY = "studybench.page.images";

    private EditorPages() {
    }

    /** Adds a tab to {@code tabs} for every installed page, each with its own context in {@code editor}. */
    static void create(CTabFolder tabs, StudyEditorPart editor) {
        ResourceManager images = new LocalResourceManager(JFaceResources.getResources(), tabs); // freed with the tabs
        tabs.setData(IMAGES_KEY, images);
        for (Contributed c : installed()) {
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(c.page().label());
            item.setData(PAGE_ID_KEY, c.page().id());
            try {
                java.net.URL icon = c.page().icon();
                item.setImage(icon == null ? null : images.create(ImageDescriptor.createFromURL(icon)));
            } catch (RuntimeException | LinkageError e) {
                // a plug-in's tab without its icon is still its tab
            }
            Control control;
            try {
                control = c.page().create(tabs, new PageContext(editor, item));
            } catch (RuntimeException | LinkageError e) {
                Label failed = new Label(tabs, SWT.WRAP);
                failed.setText("This page could not be shown: the plug-in " + c.bundle().getSymbolicName() + " " + c.bundle().getVersion() + " failed ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                control = failed;
            }
            item.setControl(control);
        }
    }

    private record Contributed(StudyEditorPage page, Bundle bundle) {
    }

    private static List<Contributed> installed() {
        BundleContext bundles = FrameworkUtil.getBundle(EditorPages.class).getBundleContext();
        List<Contributed> pages = new ArrayList<>();
        if (bundles == null) {
            return pages;
        }
        try {
            for (ServiceReference<StudyEditorPage> reference : bundles.getServiceReferences(StudyEditorPage.class, null)) {
                StudyEditorPage page = bundles.getService(reference);
                if (page != null) {
                    pages.add(new Contributed(page, reference.getBundle()));
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given
        }
        pages.sort(Comparator.comparingInt((Contributed c) -> c.page().position()).thenComparing(c -> c.page().id()));
        return pages;
    }

    /** The editor's undo stack behind a built-in page's context (StudyBench's own pages use more of it than the API offers). */
    static StudyEditing editing(StudyEditorContext context) {
        return ((PageContext) context).editor.getEditing();
    }

    static StudyEditorPart editor(StudyEditorContext context) {
        return ((PageContext) context).editor;
    }

    /** Keeps a built-in page's object with its editor, for the commands that act on it ({@link StudyEditorPart#page}). */
    static <T> T keep(StudyEditorContext context, T page) {
        ((PageContext) context).editor.keep(page);
        return page;
    }

    /** A built-in page changes its tab's icon (a {@link StudyImages} name) and tooltip: the problems tab shows whether there are errors. */
    static void decorate(StudyEditorContext context, String icon, String tooltip) {
        CTabItem item = ((PageContext) context).item;
        if (item.isDisposed()) {
            return;
        }
        ImageDescriptor descriptor = StudyImages.named(icon);
        item.setImage(descriptor == null ? null : ((ResourceManager) item.getParent().getData(IMAGES_KEY)).create(descriptor));
        item.setToolTipText(tooltip);
    }

    /** One page's view of its editor. */
    private static final class PageContext implements StudyEditorContext {
        private final StudyEditorPart editor;
        private final CTabItem item;

        PageContext(StudyEditorPart editor, CTabItem item) {
            this.editor = editor;
            this.item = item;
        }

        @Override
        public Study study() {
            return editor.getStudy();
        }

        @Override
        public Path studyFile() {
            return editor.getFile();
        }

        @Override
        public EditingDomain editingDomain() {
            return editor.getEditing().domain();
        }

        @Override
        public void execute(Command command) {
            editor.getEditing().execute(command);
        }

        @Override
        public void follow(Control control, Runnable refresh) {
            Live.follow(control, editor.getEditing(), refresh);
        }

        @Override
        public void showPage(String pageId) {
            editor.showPage(pageId);
        }

        @Override
        public void reveal(EObject element) {
            editor.reveal(element);
        }

        @Override
        public void openData(Dataset dataset) {
            editor.openData(dataset);
        }

        @Override
        public void setLabel(String label) {
            if (!item.isDisposed() && !item.getText().equals(label)) {
                item.setText(label);
            }
        }
    }
}
