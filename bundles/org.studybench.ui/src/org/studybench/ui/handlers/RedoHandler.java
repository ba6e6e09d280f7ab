package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Edit > Redo: redoes the change last undone in the active study editor. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getEditing() != null && editor.getEditing().canRedo();
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
        if (part.getObject() instanceof StudyEditorPart editor) {
            editor.redo();
        }
    }
}
