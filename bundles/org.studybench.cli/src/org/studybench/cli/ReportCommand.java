package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.compare.StudyComparisons;
import org.studybench.data.aggregate.ComputedFindings;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.ReportRenderer;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = { "Render the report of each study into DIR as <study>.<format>.",
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
        List<ReportRenderer> renderers = new ArrayList<>();
        for (String format : new LinkedHashSet<>(formats)) {
            renderers.add(root.services.registry().reportRenderer(format).orElseThrow(() -> new InputException("unknown report format '"
                    + format + "'; available: " + String.join(", ", root.services.registry().reportRenderers().stream().map(r -> r.id()).toList()))));
        }
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
                List<Path> written = new ArrayList<>();
                Recomputed run;
                try {
                    run = render(file, renderers, written);
                } finally {
                    if (progress) { // the summary line replaces the progress line
                        root.err().print("\r\u001b[K");
                        root.err().flush();
                    }
                }
                root.out().println("ok      " + file + " -> " + String.join(", ", written.stream().map(Path::toString).toList()) + run.summary());
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

    /** What a report recomputed before rendering: findings from data and comparisons. */
    private record Recomputed(ComputedFindings.Run findings, StudyComparisons.Run comparisons) {
        String summary() {
            List<String> parts = new ArrayList<>();
            if (findings.computed() + findings.reused() > 0) {
                parts.add("findings from data: " + findings.computed() + " computed, " + findings.reused() + " reused");
            }
            if (comparisons.computed() + comparisons.reused() > 0) {
                parts.add("comparisons: " + comparisons.computed() + " computed, " + comparisons.reused() + " reused");
            }
            return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
        }
    }

    private Recomputed render(Path file, List<ReportRenderer> renderers, List<Path> written) throws InputException, IOException {
        Study study = root.load(file);
        List<Problem> errors = root.services.studies().validate(study).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new InputException(file + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors; run 'studybench validate')" : ""));
        }
        ReportSpec report = chooseReport(file, study);
        // Results are part of the study: recompute what changed (findings computed from data, then the
        // comparisons whose inputs changed) and save them with it.
        ComputedFindings.Run estimates = ComputedFindings.update(study, file, root.services.datasets());
        StudyComparisons.Run run = StudyComparisons.update(study, root.services.registry());
        if (estimates.changed() > 0 || run.computed() > 0) {
            root.services.studies().save(study, file);
        }
        Files.createDirectories(outDir);
        for (ReportRenderer renderer : renderers) {
            Path target = outDir.resolve(StudyBenchCommand.baseName(file) + "." + renderer.fileExtension());
            try {
                AtomicFiles.write(target, out -> {
                    try {
                        renderer.render(study, report, out);
                    } catch (InputException e) {
                        throw new IOException(new InputWrapper(e));
                    }
                });
            } catch (IOException e) {
                if (e.getCause() instanceof InputWrapper wrapper) {
                    throw wrapper.input;
                }
                throw e;
            }
            written.add(target);
        }
        return new Recomputed(estimates, run);
    }

    private ReportSpec chooseReport(Path file, Study study) throws InputException {
        if (reportName == null) {
            return study.getReports().isEmpty() ? null : study.getReports().get(0);
        }
        return study.getReports().stream().filter(r -> reportName.equals(r.getName())).findFirst()
                .orElseThrow(() -> new InputException(file + ": has no report named '" + reportName + "'; it has "
                        + study.getReports().stream().map(ReportSpec::getName).toList()));
    }

    /** Carries an input error through AtomicFiles' IOException-only callback. */
    private static final class InputWrapper extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputException input;

        InputWrapper(InputException input) {
            super(input.getMessage(), null, false, false);
            this.input = input;
        }
    }
}
