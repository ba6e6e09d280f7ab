package org.studybench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.ui.parts.StudyNavigatorPart;

import jakarta.inject.Named;

/** File > Open Folder...: show the studies of another folder in the navigator. */
public class OpenFolderHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts) {
        MPart part = parts.showPart(StudyNavigatorPart.ID, EPartService.PartState.VISIBLE);
        if (part == null || !(part.getObject() instanceof StudyNavigatorPart navigator)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Folder of Studies");
        dialog.setFilterPath(navigator.getFolder().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            navigator.setFolder(Path.of(chosen));
        }
    }
}
