package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** File > Save: saves the active study editor (atomically, through the study service) when it has unsaved changes. */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart && part.isDirty(); // nothing to save: greyed, as Undo is
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
        if (part.getObject() instanceof StudyEditorPart editor) {
            editor.save();
        }
    }
}
