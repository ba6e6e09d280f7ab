package org.studybench.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "chart", mixinStandardHelpOptions = true,
        description = { "Render one chart of a study to PNG, SVG or vector PDF, headless. 'studybench describe STUDY' lists the charts." })
class ChartCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "STUDY", description = "The study file.")
    Path studyFile;

    @Option(names = "--chart", required = true, paramLabel = "ID", description = "The chart's name or id.")
    String chartId;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file; its extension (.png, .svg, .pdf) gives the format.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", description = "Width in pixels at 96 DPI (default: the chart's).")
    Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels at 96 DPI (default: the chart's).")
    Integer height;

    @Option(names = "--dpi", defaultValue = "96", paramLabel = "DPI", description = "Resolution of PNG output (default 96; 300 for print).")
    int dpi;

    @Override
    public Integer call() throws InputException {
        Study study = root.load(studyFile);
        ChartSpec chart = study.getCharts().stream().filter(c -> chartId.equals(c.getName()) || chartId.equals(c.getId())).findFirst()
                .orElseThrow(() -> new InputException(studyFile + ": has no chart '" + chartId + "'; its charts are "
                        + String.join(", ", study.getCharts().stream().map(ChartSpec::getName).toList())));
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        String format = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        ChartRenderer renderer = root.services.registry().chartRenderer(chart.getKind())
                .orElseThrow(() -> new InputException(studyFile + ": chart '" + chart.getName() + "' is of kind '" + chart.getKind()
                        + "', which no installed plug-in draws; see 'studybench plugins'"));
        if (!renderer.formats().contains(format)) {
            throw new InputException(out + ": unknown chart format '." + format + "'; expected ." + String.join(", .", renderer.formats()));
        }
        if (dpi < 24 || dpi > 1200) {
            throw new InputException("--dpi must be between 24 and 1200, got " + dpi);
        }
        if (width != null) {
            chart.setWidth(width);
        }
        if (height != null) {
            chart.setHeight(height);
        }
        if (chart.getWidth() < 100 || chart.getHeight() < 100 || chart.getWidth() > 10_000 || chart.getHeight() > 10_000) {
            throw new InputException("chart size " + chart.getWidth() + " × " + chart.getHeight() + " is outside 100..10000 pixels");
        }
        try {
            // Drawn in memory first (a chart is small), so a chart that cannot be drawn touches no file.
            ByteArrayOutputStream drawn = new ByteArrayOutputStream();
            renderer.render(study, chart, format, dpi, drawn);
            AtomicFiles.write(out, drawn.toByteArray());
        } catch (IOException e) {
            throw new InputException(out + ": cannot write: " + UserMessages.io(e), e);
        }
        root.out().println("Wrote " + out + " (" + chart.getKind() + ", " + chart.getWidth() + " × " + chart.getHeight() + (format.equals("png") ? ", " + dpi + " DPI" : "")
                + ")");
        return ExitCode.OK;
    }
}
