package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Studies view > Show in Editor: the selected element in its study editor's outline. */
public class ShowInEditorHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.element(selection) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts, EModelService models, MApplication application) {
        EObject element = Selected.element(selection);
        if (element == null) {
            return;
        }
        StudyEditorPart editor = Selected.editor(Selected.fileOf(element), parts, models, application);
        if (editor != null) {
            // the view may show a copy read from the file: the editor's own element has the same place in its study
            EObject same = editor.getStudy().eResource().getEObject(element.eResource().getURIFragment(element));
            if (same != null) {
                editor.reveal(same);
            }
        }
    }
}
