package org.studybench.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.engine.RowSource;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * Base of chart kinds drawn with JFreeChart: a kind builds the {@link JFreeChart} for a chart
 * specification, and this class exports it (PNG, SVG, PDF). The GUI's chart editor draws the same
 * {@code JFreeChart}, so what users see is what reports contain. Third-party chart kinds can extend it.
 *
 * @since 0.1
 */
public abstract class JFreeChartRenderer implements ChartRenderer {

    /** The chart, ready to draw; {@link InputException} when the specification cannot be drawn. */
    public abstract JFreeChart chart(Study study, ChartSpec chart) throws InputException;

    @Override
    public List<String> formats() {
        return ChartExport.FORMATS;
    }

    @Override
    public void render(Study study, ChartSpec spec, String format, int dpi, OutputStream out) throws InputException, IOException {
        if (!ChartExport.FORMATS.contains(format)) {
            throw new InputException("chart '" + spec.getName() + "': unknown format '" + format + "'; expected png, svg or pdf");
        }
        ChartExport.write(chart(study, spec), format, spec.getWidth(), spec.getHeight(), dpi, out);
    }

    /** The chart title, or the chart's label or name. */
    protected static String title(ChartSpec spec) {
        if (spec.getTitle() != null && !spec.getTitle().isBlank()) {
            return spec.getTitle();
        }
        return spec.getLabel() != null && !spec.getLabel().isBlank() ? spec.getLabel() : spec.getName();
    }

    /** A chart property (ChartSpec.properties), or {@code fallback}. */
    protected static String property(ChartSpec spec, String name, String fallback) {
        return spec.getProperties().stream().filter(p -> name.equals(p.getName())).map(p -> p.getValue()).findFirst().orElse(fallback);
    }

    /** The dataset a chart draws from: its own, else the study's first; an error when there is none. */
    protected static Dataset dataset(Study study, ChartSpec spec) throws InputException {
        Dataset dataset = org.studybench.model.lookup.Lookups.dataset(study, spec);
        if (dataset == null) {
            throw new InputException("chart '" + spec.getName() + "' draws from respondent data, but the study has no dataset");
        }
        return dataset;
    }

    /**
     * The Parquet file of {@code dataset}, next to the saved study (whose location the chart needs), as
     * the data layer hands it out: inside the study's folder and with the content the study recorded.
     * A dataset that stays in an external engine has none; see {@link #rows}.
     */
    protected static Path dataFile(Study study, ChartSpec spec, Dataset dataset) throws InputException {
        return fromDataLayer(study, spec, dataset, org.studybench.core.DatasetService.class, (service, studyFile) -> service.dataFile(studyFile, dataset));
    }

    /**
     * Where {@code dataset}'s rows are, as the data layer hands them out: its checked Parquet file, or
     * the table of an external engine that the dataset records.
     *
     * @since 0.1
     */
    protected static RowSource rows(Study study, ChartSpec spec, Dataset dataset) throws InputException {
        return fromDataLayer(study, spec, dataset, DatasetRows.class, (service, studyFile) -> service.rows(studyFile, dataset));
    }

    private interface Lookup<S, T> {
        T apply(S service, Path studyFile) throws InputException;
    }

    /** Asks the data layer's OSGi service {@code type} about {@code dataset} of the saved study. */
    private static <S, T> T fromDataLayer(Study study, ChartSpec spec, Dataset dataset, Class<S> type, Lookup<S, T> lookup) throws InputException {
        if (study.eResource() == null || !study.eResource().getURI().isFile()) {
            throw new InputException("chart '" + spec.getName() + "' draws from dataset '" + dataset.getName() + "' and needs the study saved as a file");
        }
        Path studyFile = Path.of(study.eResource().getURI().toFileString());
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(JFreeChartRenderer.class);
        org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
        org.osgi.framework.ServiceReference<S> reference = context == null ? null : context.getServiceReference(type);
        if (reference == null) {
            throw new InputException("chart '" + spec.getName() + "' draws from dataset '" + dataset.getName() + "', but StudyBench's data layer is not running");
        }
        try {
            return lookup.apply(context.getService(reference), studyFile);
        } finally {
            context.ungetService(reference);
        }
    }
}
