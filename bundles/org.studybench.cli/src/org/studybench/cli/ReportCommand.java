package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Render the report of each study into DIR as <study>.<format> (<study>-<report>.<format> for --report other than the first).",
                "Keeps going after a failing study unless --fail-fast; prints one summary line per study.",
                "Exits with 0 when all succeeded, 1 when any failed on its input, 2 on an internal error." })
class ReportCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "STUDY", arity = "1..*", description = "Study files.")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the reports (created if needed).")
    Path outDir;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html",
            description = "Report formats, comma-separated (default: ${DEFAULT-VALUE}); see 'studybench plugins'.")
    List<String> formats;

    @Option(names = "--report", paramLabel = "NAME", description = "Which report of the study to render (default: its first).")
    String reportName;

    @Option(names = "--fail-fast", description = "Stop at the first study that fails.")
    boolean failFast;

    @Override
    public Integer call() throws InputException {
        ReportWorkflow.Request request = new ReportWorkflow.Request(List.copyOf(new LinkedHashSet<>(formats)), reportName, outDir);
        root.services.reports().check(request);
        int status = ExitCode.OK;
        int failed = 0;
        boolean progress = System.console() != null && files.size() > 1; // a terminal: show where the batch is; logs stay clean
        int done = 0;
        for (Path file : files) {
            if (progress) {
                root.err().print("\r[" + (++done) + "/" + files.size() + "] " + file.getFileName() + "\u001b[K");
                root.err().flush();
            }
            try {
                ReportWorkflow.Rendered rendered;
                try {
                    rendered = render(file, request);
                } finally {
                    if (progress) { // the summary line replaces the progress line
                        root.err().print("\r\u001b[K");
                        root.err().flush();
                    }
                }
                root.out().println("ok      " + file + " -> " + String.join(", ", rendered.files().stream().map(Path::toString).toList())
                        + rendered.recomputed().summary());
            } catch (InputException e) {
                failed++;
                status = Math.max(status, ExitCode.INPUT);
                root.out().println("FAILED  " + file);
                root.err().println("studybench report: " + UserMessages.clean(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                failed++;
                status = ExitCode.INTERNAL;
                root.out().println("ERROR   " + file);
                Cli.internalError("studybench report: " + file, e, root.services, root.debug, root.err(), new String[] { "report", file.toString() });
            }
            root.out().flush();
            root.err().flush();
            if (status != ExitCode.OK && failFast) {
                break;
            }
        }
        if (files.size() > 1) {
            root.out().println((files.size() - failed) + " of " + files.size() + " studies reported" + (failed == 0 ? "" : ", " + failed + " failed"));
        }
        return status;
    }

    /** The one report pipeline (validate, recompute, render atomically); the command line saves what was recomputed. */
    private ReportWorkflow.Rendered render(Path file, ReportWorkflow.Request request) throws InputException, IOException {
        Study study = root.load(file);
        ReportWorkflow.Rendered rendered = root.services.reports().render(study, file, request, Progress.NONE);
        if (rendered.recomputed().studyChanged()) {
            root.services.studies().save(study, file);
        }
        return rendered;
    }
}
