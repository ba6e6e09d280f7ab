package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Evaluate;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.studybench.model.study.Dataset;

import jakarta.inject.Named;

/**
 * When the Studies view's context menu shows an item (the items' visibleWhen in the workbench model):
 * study commands for a study file, element commands for an element, folder commands always. Plug-ins
 * may use them for their own items.
 */
public final class NavigatorSelection {

    private NavigatorSelection() {
    }

    /** A study file is selected. */
    public static final class StudyFile {
        @Evaluate
        public boolean evaluate(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
            return Selected.studyFile(selection) != null;
        }
    }

    /** An element of a study is selected. */
    public static final class Element {
        @Evaluate
        public boolean evaluate(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
            return Selected.element(selection) != null;
        }
    }

    /** A dataset of a study is selected. */
    public static final class DatasetElement {
        @Evaluate
        public boolean evaluate(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
            return Selected.element(selection) instanceof Dataset;
        }
    }
}
