package org.studybench.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.ui.parts.StudyEditors;

import jakarta.inject.Named;

/** File > Open Study...: choose a .study file and open it in an editor. */
public class OpenStudyHandler {

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, EModelService models, MApplication application) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText("Open Study");
        dialog.setFilterExtensions(new String[] { "*.study", "*" });
        dialog.setFilterNames(new String[] { "StudyBench studies (*.study)", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            StudyEditors.open(Path.of(chosen), parts, models, application);
        }
    }
}
