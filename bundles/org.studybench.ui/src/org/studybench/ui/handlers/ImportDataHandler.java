package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.core.Registry;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.ui.importer.ImportWizard;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Study > Import Data...: the import wizard for the active study. */
public class ImportDataHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getEditing() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Registry registry,
            ImportWorkflow imports) {
        if (part.getObject() instanceof StudyEditorPart editor) {
            WizardDialog dialog = new WizardDialog(shell, new ImportWizard(editor.getEditing(), editor.getFile(), registry, imports));
            dialog.setPageSize(720, 420);
            dialog.open();
        }
    }
}
