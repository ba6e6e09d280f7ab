package org.studybench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.studybench.ui.parts.StudyEditors;

import jakarta.inject.Named;

/** Studies view > Open: the selected study file in its editor (one per file, brought to front). */
public class OpenSelectedHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.studyFile(selection) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, EPartService parts, EModelService models, MApplication application) {
        Path file = Selected.studyFile(selection);
        if (file != null) {
            StudyEditors.open(file, parts, models, application);
        }
    }
}
