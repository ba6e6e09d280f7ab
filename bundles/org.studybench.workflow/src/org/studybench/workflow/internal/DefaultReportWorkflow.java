package org.studybench.workflow.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.Progress;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;
import org.studybench.core.StudyService;
import org.studybench.core.workflow.Recomputed;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.core.workflow.ResultsWorkflow;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

/** Validate, bring results up to date, render each format atomically: the one report pipeline. */
@Component(service = ReportWorkflow.class)
public class DefaultReportWorkflow implements ReportWorkflow {

    @Reference
    private Registry registry;

    @Reference
    private StudyService studies;

    @Reference
    private ResultsWorkflow results;

    public DefaultReportWorkflow() {
    }

    /** For tests, outside OSGi. */
    public DefaultReportWorkflow(Registry registry, StudyService studies, ResultsWorkflow results) {
        this.registry = registry;
        this.studies = studies;
        this.results = results;
    }

    @Override
    public void check(Request request) throws InputException {
        renderers(request);
    }

    private List<ReportRenderer> renderers(Request request) throws InputException {
        if (request.formats().isEmpty()) {
            throw new InputException("no report format given; available: " + available());
        }
        List<ReportRenderer> renderers = new ArrayList<>();
        for (String format : new LinkedHashSet<>(request.formats())) {
            renderers.add(registry.reportRenderer(format)
                    .orElseThrow(() -> new InputException("unknown report format '" + format + "'; available: " + available())));
        }
        return renderers;
    }

    @Override
    public Rendered render(Study study, Path studyFile, Request request, Progress progress) throws InputException, IOException {
        List<ReportRenderer> renderers = renderers(request);
        List<Problem> errors = studies.validate(study).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new InputException(studyFile + ": " + errors.get(0).message()
                    + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors; run 'studybench validate')" : ""));
        }
        ReportSpec report = choose(studyFile, study, request.reportName());
        Recomputed recomputed = results.update(study, studyFile, Progress.NONE);
        progress.worked(1, renderers.size() + 1);
        if (Files.exists(request.outDir()) && !Files.isDirectory(request.outDir())) {
            throw new InputException(request.outDir() + ": is a file, not a folder; give a folder for the reports");
        }
        for (Path above = request.outDir().toAbsolutePath().getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) { // a file on the way (out/x where out is a file) cannot hold a folder
                if (!Files.isDirectory(above)) {
                    throw new InputException(request.outDir() + ": cannot make this folder: " + above + " is a file");
                }
                break;
            }
        }
        Files.createDirectories(request.outDir());
        String base = FileNames.withoutExtension(studyFile) + (report == null || study.getReports().indexOf(report) == 0 ? "" : "-" + report.getName());
        List<Path> written = new ArrayList<>();
        for (ReportRenderer renderer : renderers) {
            if (progress.isCancelled()) {
                throw new InputException(studyFile + ": report cancelled; " + (written.isEmpty() ? "nothing was written" : "written so far: " + written));
            }
            Path target = request.outDir().resolve(base + "." + renderer.fileExtension());
            write(target, renderer, study, report);
            written.add(target);
            progress.worked(written.size() + 1, renderers.size() + 1);
        }
        return new Rendered(written, recomputed);
    }

    private String available() {
        return String.join(", ", registry.reportRenderers().stream().map(ReportRenderer::id).toList());
    }

    private static ReportSpec choose(Path studyFile, Study study, String name) throws InputException {
        if (name == null) {
            return study.getReports().isEmpty() ? null : study.getReports().get(0);
        }
        return study.getReports().stream().filter(r -> name.equals(r.getName())).findFirst()
                .orElseThrow(() -> new InputException(studyFile + ": has no report named '" + name + "'; it has "
                        + study.getReports().stream().map(ReportSpec::getName).toList()));
    }

    /** Atomically, so a failing renderer leaves the previous report in place, not half a file. */
    private static void write(Path target, ReportRenderer renderer, Study study, ReportSpec report) throws InputException, IOException {
        try {
            AtomicFiles.write(target, out -> {
                try {
                    renderer.render(study, report, out);
                } catch (InputException e) {
                    throw new IOException(new Refused(e));
                }
            });
        } catch (IOException e) {
            if (e.getCause() instanceof Refused refused) {
                throw refused.input;
            }
            throw e;
        }
    }

    /** Carries a renderer's input error through AtomicFiles' IOException-only callback. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputException input;

        Refused(InputException input) {
            super(input.getMessage(), null, false, false);
            this.input = input;
        }
    }
}
