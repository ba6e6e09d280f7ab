package org.studybench.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/**
 * Draws one kind of chart ({@link #id()} is the kind, e.g. {@code grouped-bar}) from a
 * {@link ChartSpec}. Renderers run headless ({@code java.awt.headless=true}); the GUI shows the same
 * output, so a chart looks identical in the editor and in reports.
 *
 * <p>Contract: stateless; {@link #render} is called from any thread (the workbench draws previews in
 * background jobs), may read the study's datasets, and must finish within the registry's time limit
 * (30 s by default). It reads the study and never changes it. A chart that cannot be drawn from its
 * bindings is an {@link InputException} naming the chart; the output depends only on the study, so
 * the same chart gives the same bytes.
 *
 * @since 0.1
 */
public interface ChartRenderer extends Contribution {

    /**
     * Settings of this chart kind beyond what every chart has (title, data, intervals, ...), declared
     * like a comparator's parameters and stored in the chart's properties under their names; the
     * chart editor shows them as a form and {@code render} reads them from the {@link ChartSpec}. A
     * setting left at its default is not stored.
     */
    default List<ParameterSpec> options() {
        return List.of();
    }

    /** Output formats, lower-case file extensions: {@code png}, {@code svg}, {@code pdf}. */
    List<String> formats();

    /**
     * Renders {@code chart} of {@code study} to {@code out} in {@code format}.
     *
     * @param dpi resolution for raster formats (96 is screen resolution); ignored for vector formats
     * @throws InputException when the chart's bindings or settings cannot be drawn, naming the chart
     */
    void render(Study study, ChartSpec chart, String format, int dpi, OutputStream out) throws InputException, IOException;
}
