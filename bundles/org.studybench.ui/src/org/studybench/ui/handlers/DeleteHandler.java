package org.studybench.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyEditors;
import org.studybench.ui.parts.StudyNavigatorPart;

import jakarta.inject.Named;

/**
 * Studies view > Delete...: a selected study file (after a confirmation; its data files stay, other
 * studies may use them), or a selected element of a study, in its editor, after a confirmation that
 * names everything referring to it (undoable; the file changes when the study is saved).
 */
public class DeleteHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.studyFile(selection) != null || Selected.element(selection) != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
            EPartService parts, EModelService models, MApplication application) {
        Path file = Selected.studyFile(selection);
        if (file != null) {
            deleteStudy(file, shell, parts, models, application);
            return;
        }
        EObject element = Selected.element(selection);
        if (element != null) {
            StudyEditorPart editor = Selected.editor(Selected.fileOf(element), parts, models, application);
            if (editor != null) {
                editor.delete(element);
            }
        }
    }

    private static void deleteStudy(Path file, Shell shell, EPartService parts, EModelService models, MApplication application) {
        if (!MessageDialog.openConfirm(shell, "Delete study", "Delete " + file + "? Its data files are kept.")) {
            return;
        }
        MPart part = StudyEditors.find(file, models, application);
        if (part != null) {
            part.setDirty(false); // nothing left to save it into
            parts.hidePart(part, true);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            MessageDialog.openError(shell, "Delete study", file + ": " + e.getMessage());
        }
        StudyNavigatorPart.find(models, application).ifPresent(StudyNavigatorPart::refresh);
    }
}
