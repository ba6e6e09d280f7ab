package org.studybench.core;

import java.io.IOException;
import java.io.OutputStream;

import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

/**
 * Writes a study's report in one format ({@link #id()} is the format, e.g. {@code html}).
 *
 * <p>Contract: output depends only on the study (and its data), never on the clock, locale or
 * machine, so the same study gives byte-identical reports. Renderers are stateless and thread-safe;
 * they read the study and never change it (findings and comparisons are brought up to date before
 * they are called), and report a study that cannot be rendered as an {@link InputException}. A long
 * report is not interrupted: there is no time limit on {@code render}.
 *
 * @since 0.1
 */
public interface ReportRenderer extends Contribution {

    /** Extension of the files it writes, without the dot. */
    String fileExtension();

    /**
     * Renders {@code report} of {@code study}; when {@code report} is {@code null} the renderer writes
     * its default report (sources, findings, comparisons, methods).
     */
    void render(Study study, ReportSpec report, OutputStream out) throws InputException, IOException;
}
