package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.ui.parts.ReportJob;
import org.studybench.ui.parts.StudyEditorPart;

import jakarta.inject.Named;

/** Study > Generate Report: renders the active study's HTML report in the background, then opens it. */
public class GenerateReportHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
        return part != null && part.getObject() instanceof StudyEditorPart editor && editor.getStudy() != null;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, ReportWorkflow reports) {
        if (part.getObject() instanceof StudyEditorPart editor) {
            ReportJob.start(editor, reports, true);
        }
    }
}
