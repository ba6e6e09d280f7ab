package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Study > Add Finding (and the Studies view's menu): a new finding on the findings page of the active or selected study, ready for its values. */
public class AddFindingHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.hasStudy(part, selection);
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            EPartService parts, EModelService models, MApplication application) {
        StudyEditorPart editor = Selected.editor(part, selection, parts, models, application);
        if (editor != null) {
            editor.addFinding();
        }
    }
}
