package org.studybench.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.studybench.core.InputException;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.MonitorProgress;

/**
 * Generates a study's HTML report as a background job through the same {@link ReportWorkflow} as
 * {@code studybench report}: the study is validated, its findings computed from data and its
 * comparisons are brought up to date (on a copy, so the editor's undo history stays the user's), and
 * the report is written atomically to {@code out/} next to the study, then opened in the workbench's
 * report part or the system browser. Errors are shown as their one-line message.
 */
public final class ReportJob {

    private ReportJob() {
    }

    /** Starts the job; {@code done} receives the written file (on the UI thread), or null after an error. */
    /** What Generate Report writes next to the study: the HTML report (shown in the workbench) first, then PDF, Word and slides. */
    public static final List<String> FORMATS = List.of("html", "pdf", "docx", "pptx");

    public static Job start(StudyEditorPart editor, ReportWorkflow reports, boolean open, Consumer<Path> done) {
        return start(editor, reports, open, null, done);
    }

    public static Job start(StudyEditorPart editor, ReportWorkflow reports, boolean open) {
        return start(editor, reports, open, path -> {
        });
    }

    /**
     * Starts the job for the report named {@code reportName} (null: the study's first report, or the
     * default outline when it has none); {@code done} receives the written file on the UI thread, or null.
     */
    public static Job start(StudyEditorPart editor, ReportWorkflow reports, boolean open, String reportName, Consumer<Path> done) {
        Study study = editor.getStudy();
        Path file = editor.getFile();
        Display display = Display.getCurrent();
        Study copy = editor.getEditing().detachedCopy(file);
        ReportWorkflow.Request request = new ReportWorkflow.Request(FORMATS, reportName, file.toAbsolutePath().getParent().resolve("out"));
        Job job = Job.create("Report of " + study.getName(), monitor -> {
            monitor.beginTask("Report of " + study.getName(), 100);
            try {
                Path target = reports.render(copy, file, request, MonitorProgress.of(monitor, 100)).files().get(0);
                display.asyncExec(() -> {
                    if (open) {
                        editor.openReport(target);
                    }
                    done.accept(target);
                });
            } catch (InputException | IOException | RuntimeException e) {
                String message = e instanceof RuntimeException ? "internal error: " + e : e.getMessage();
                display.asyncExec(() -> {
                    MessageDialog.openError(display.getActiveShell(), "Report", study.getName() + ": " + message);
                    done.accept(null);
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
