package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.core.Registry;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.ui.importer.ImportWizard;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Study > Import Data... (and the Studies view's menu): the import wizard for the active or selected study. */
public class ImportDataHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return Selected.hasStudy(part, selection);
    }

    @Execute
    public void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Registry registry, ImportWorkflow imports, EPartService parts, EModelService models,
            MApplication application) {
        StudyEditorPart editor = Selected.editor(part, selection, parts, models, application);
        if (editor != null) {
            WizardDialog dialog = new WizardDialog(shell, new ImportWizard(editor.getEditing(), editor.getFile(), registry, imports));
            dialog.setPageSize(720, 420);
            dialog.open();
        }
    }
}
