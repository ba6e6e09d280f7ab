package org.studybench.ui.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
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
import org.studybench.model.study.Study;
import org.studybench.ui.editor.StudyEditing;
import org.studybench.ui.pages.StudyEditorContext;
import org.studybench.ui.pages.StudyEditorPage;

/**
 * The study editor's tabs that plug-ins contribute ({@link StudyEditorPage} services), put among the
 * built-in tabs by position. A page that fails to build shows one line naming its bundle instead.
 */
final class ContributedPages {

    private ContributedPages() {
    }

    /** Adds every contributed page to {@code tabs}, whose built-in tabs stand at {@code builtInPositions}, in order. */
    static void add(CTabFolder tabs, int[] builtInPositions, StudyEditing editing, Path studyFile) {
        BundleContext bundles = FrameworkUtil.getBundle(ContributedPages.class).getBundleContext();
        if (bundles == null) {
            return;
        }
        List<ServiceReference<StudyEditorPage>> references;
        try {
            references = new ArrayList<>(bundles.getServiceReferences(StudyEditorPage.class, null));
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // no filter given
        }
        record Contributed(StudyEditorPage page, Bundle bundle) {
        }
        List<Contributed> pages = new ArrayList<>();
        for (ServiceReference<StudyEditorPage> reference : references) {
            StudyEditorPage page = bundles.getService(reference);
            if (page != null) {
                pages.add(new Contributed(page, reference.getBundle()));
            }
        }
        pages.sort(Comparator.comparingInt((Contributed c) -> c.page().position()).thenComparing(c -> c.page().id()));
        StudyEditorContext context = context(editing, studyFile);
        int inserted = 0;
        for (Contributed c : pages) {
            int before = 0;
            while (before < builtInPositions.length && builtInPositions[before] <= c.page().position()) {
                before++;
            }
            CTabItem item = new CTabItem(tabs, SWT.NONE, Math.min(before + inserted, tabs.getItemCount()));
            inserted++;
            item.setText(c.page().label());
            Control control;
            try {
                control = c.page().create(tabs, context);
            } catch (RuntimeException | LinkageError e) {
                Label failed = new Label(tabs, SWT.WRAP);
                failed.setText("This page could not be shown: the plug-in " + c.bundle().getSymbolicName() + " " + c.bundle().getVersion() + " failed ("
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
                control = failed;
            }
            item.setControl(control);
        }
    }

    private static StudyEditorContext context(StudyEditing editing, Path studyFile) {
        return new StudyEditorContext() {
            @Override
            public Study study() {
                return editing.study();
            }

            @Override
            public Path studyFile() {
                return studyFile;
            }

            @Override
            public EditingDomain editingDomain() {
                return editing.domain();
            }

            @Override
            public void execute(Command command) {
                editing.execute(command);
            }

            @Override
            public void follow(Control control, Runnable refresh) {
                Runnable listener = () -> {
                    if (!control.isDisposed()) {
                        refresh.run();
                    }
                };
                editing.addListener(listener);
                control.addDisposeListener(e -> editing.removeListener(listener));
            }
        };
    }
}
