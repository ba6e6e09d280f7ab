package org.studybench.core.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.model.study.Study;

/**
 * Renders a study's report: the study is validated (errors refuse it), its results are brought up to
 * date ({@link ResultsWorkflow}), and the report is written in each format, every file atomically.
 *
 * @since 0.1
 */
public interface ReportWorkflow {

    /**
     * What to render.
     *
     * @param formats report format ids ({@code html}, {@code pdf}, a plug-in's), at least one
     * @param reportName the study's report to render, or null for its first (the default outline when it has none)
     * @param outDir the folder the files go to (created when missing)
     */
    record Request(List<String> formats, String reportName, Path outDir) {
        public Request {
            formats = List.copyOf(formats);
        }
    }

    /** The files written, in the order of the request's formats, and what was recomputed first. */
    record Rendered(List<Path> files, Recomputed recomputed) {
        public Rendered {
            files = List.copyOf(files);
        }
    }

    /**
     * Checks what does not depend on a study (every format is installed), so that a batch can refuse a
     * wrong request once, before loading any study.
     *
     * @throws InputException naming the unknown format and the installed ones
     */
    void check(Request request) throws InputException;

    /**
     * Renders {@code request} for {@code study} (loaded from {@code studyFile}) into files named
     * {@code <study>.<ext>} (the study's file name without its extension), or {@code <study>-<report>.<ext>} for a report other than the study's
     * first. The study's results are updated in place; saving it is the caller's decision.
     *
     * @throws InputException for an invalid study, an unknown format or report, or a renderer's refusal
     */
    Rendered render(Study study, Path studyFile, Request request, Progress progress) throws InputException, IOException;
}
