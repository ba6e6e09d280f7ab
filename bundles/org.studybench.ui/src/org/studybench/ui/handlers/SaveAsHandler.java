package org.studybench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.core.InputException;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** File > Save As...: the active study under a new name, with its data files copied beside it. */
public class SaveAsHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getStudy() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        if (!(part.getObject() instanceof StudyEditorPart editor)) {
            return;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.study" });
        dialog.setFileName(editor.getFile().getFileName().toString());
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            editor.saveAs(Path.of(target.endsWith(".study") ? target : target + ".study"));
        } catch (InputException e) {
            MessageDialog.openError(shell, "Save As", e.getMessage());
        }
    }
}
