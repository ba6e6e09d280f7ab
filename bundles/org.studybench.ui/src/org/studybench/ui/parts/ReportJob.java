package org.studybench.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.studybench.compare.StudyComparisons;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;
import org.studybench.data.aggregate.ComputedFindings;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

/**
 * Generates a study's HTML report as a background job, as {@code studybench report} does: findings
 * computed from data and comparisons are brought up to date (on a copy, so the editor's undo history
 * stays the user's), the report is written atomically to {@code out/} next to the study and opened in
 * the workbench's report part or the system browser. Errors are shown as their one-line message.
 */
public final class ReportJob {

    private ReportJob() {
    }

    /** Starts the job; {@code done} receives the written file (on the UI thread), or null after an error. */
    public static Job start(StudyEditorPart editor, Registry registry, DatasetService datasets, boolean open, Consumer<Path> done) {
        return start(editor, registry, datasets, open, null, done);
    }

    /**
     * Starts the job for the report named {@code reportName} (null: the study's first report, or the
     * default outline when it has none); {@code done} receives the written file on the UI thread, or null.
     */
    public static Job start(StudyEditorPart editor, Registry registry, DatasetService datasets, boolean open, String reportName, Consumer<Path> done) {
        Study study = editor.getStudy();
        Path file = editor.getFile();
        Display display = Display.getCurrent();
        Study copy = editor.getEditing().detachedCopy(file);
        Job job = Job.create("Report of " + study.getName(), monitor -> {
            monitor.beginTask("Report of " + study.getName(), 3);
            try {
                ReportRenderer html = registry.reportRenderer("html").orElseThrow(() -> new InputException("no HTML report renderer is installed"));
                monitor.subTask("Findings computed from data");
                ComputedFindings.update(copy, file, datasets);
                monitor.worked(1);
                monitor.subTask("Comparisons");
                StudyComparisons.update(copy, registry);
                monitor.worked(1);
                ReportSpec spec = reportName == null ? copy.getReports().isEmpty() ? null : copy.getReports().get(0)
                        : copy.getReports().stream().filter(r -> reportName.equals(r.getName())).findFirst().orElse(null);
                String base = file.getFileName().toString().replaceFirst("\\.study$", "")
                        + (reportName == null || copy.getReports().indexOf(spec) <= 0 ? "" : "-" + reportName);
                Path target = file.toAbsolutePath().getParent().resolve("out").resolve(base + "." + html.fileExtension());
                java.nio.file.Files.createDirectories(target.getParent());
                AtomicFiles.write(target, out -> {
                    try {
                        html.render(copy, spec, out);
                    } catch (InputException e) {
                        throw new IOException(e.getMessage(), e);
                    }
                });
                monitor.worked(1);
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

    public static Job start(StudyEditorPart editor, Registry registry, DatasetService datasets, boolean open) {
        return start(editor, registry, datasets, open, path -> {
        });
    }
}
