package org.studybench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;
import org.studybench.data.engine.DatasetRows;
import org.studybench.model.study.Base;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show what a study contains: sources, segments, datasets, findings, comparisons, charts and reports.")
class DescribeCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "STUDY", description = "The study file.")
    Path file;

    @Option(names = "--json", description = "Print JSON (element ids included).")
    boolean json;

    @Override
    public Integer call() throws InputException {
        Study study = root.load(file);
        if (json) {
            Json.print(root.out(), toJson(study));
        } else {
            printText(root.out(), study);
        }
        return ExitCode.OK;
    }

    private static void printText(PrintWriter out, Study study) {
        out.println(study.getTitle() + "  (" + study.getName() + ")");
        if (study.getDate() != null) {
            out.println("Date: " + study.getDate());
        }
        out.println();
        out.println("Sources (" + study.getSources().size() + ")");
        study.getSources().forEach(s -> out.println("  " + s.getName() + "  " + nonNull(s.getTitle())));
        out.println("Segments (" + study.getSegments().size() + ")");
        study.getSegments().forEach(s -> out.println("  " + s.getName() + "  " + nonNull(s.getLabel())
                + (s.getFilter() == null || s.getFilter().isBlank() ? "" : "  [" + s.getFilter() + "]")));
        out.println("Datasets (" + study.getDatasets().size() + ")");
        study.getDatasets().forEach(d -> out.println("  " + d.getName() + "  " + d.getRowCount() + " rows, " + d.getVariables().size()
                + " variables" + (d.isSynthetic() ? ", synthetic" : "") + (DatasetRows.inEngine(d) ? ", rows stay in the engine" : "") + "  " + nonNull(d.getUri())));
        out.println("Findings (" + study.getFindings().size() + ")");
        List<String[]> rows = new ArrayList<>();
        for (Finding f : study.getFindings()) {
            List<String> values = new ArrayList<>();
            for (Estimate e : f.getEstimates()) {
                values.add((e.getSegment() == null ? "all" : e.getSegment().getName()) + " " + format(f.getMeasure(), e.getValue()));
            }
            rows.add(new String[] { "  " + f.getName(), f.getOrigin().getLiteral(), String.join(", ", values) });
        }
        TextTable.print(out, rows);
        out.println("Comparisons (" + study.getComparisons().size() + ")");
        study.getComparisons().forEach(c -> out.println("  " + c.getName() + "  " + nonNull(c.getComparatorId())));
        out.println("Charts (" + study.getCharts().size() + ")");
        study.getCharts().forEach(c -> out.println("  " + c.getName() + "  " + nonNull(c.getKind()) + "  " + nonNull(c.getTitle())));
        out.println("Tables (" + study.getTables().size() + ")");
        study.getTables().forEach(t -> out.println("  " + t.getName() + "  " + String.join(", ", t.getRows()) + " by " + String.join(", ", t.getColumns())
                + (t.getSegment() != null ? " in " + t.getSegment().getName() : "") + (nonNull(t.getTitle()).isEmpty() ? "" : "  " + t.getTitle())));
        out.println("Reports (" + study.getReports().size() + ")");
        study.getReports().forEach(r -> out.println("  " + r.getName() + "  " + r.getSections().size() + " sections  " + nonNull(r.getTitle())));
        out.flush();
    }

    static String format(MeasureKind measure, double value) {
        return measure == MeasureKind.PROPORTION ? String.format(Locale.ROOT, "%.1f%%", value * 100)
                : String.format(Locale.ROOT, "%.4g", value);
    }

    private static Map<String, Object> toJson(Study study) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", study.getId());
        json.put("name", study.getName());
        json.put("title", study.getTitle());
        json.put("date", study.getDate());
        json.put("description", study.getDescription());
        List<Object> sources = new ArrayList<>();
        for (Source s : study.getSources()) {
            sources.add(Json.object("id", s.getId(), "name", s.getName(), "title", s.getTitle(), "citation", s.getCitation(), "url", s.getUrl()));
        }
        json.put("sources", sources);
        List<Object> segments = new ArrayList<>();
        for (Segment s : study.getSegments()) {
            segments.add(Json.object("id", s.getId(), "name", s.getName(), "label", s.getLabel(), "filter", s.getFilter()));
        }
        json.put("segments", segments);
        List<Object> datasets = new ArrayList<>();
        for (Dataset d : study.getDatasets()) {
            datasets.add(Json.object("id", d.getId(), "name", d.getName(), "uri", d.getUri(), "rows", d.getRowCount(), "variables",
                    d.getVariables().size(), "synthetic", d.isSynthetic(), "in_engine", DatasetRows.inEngine(d)));
        }
        json.put("datasets", datasets);
        List<Object> findings = new ArrayList<>();
        for (Finding f : study.getFindings()) {
            Map<String, Object> finding = Json.object("id", f.getId(), "name", f.getName(), "label", f.getLabel(), "measure",
                    f.getMeasure().getLiteral(), "origin", f.getOrigin().getLiteral(), "source", f.getSource() == null ? null : f.getSource().getName());
            Base base = f.getBase();
            finding.put("base", base == null ? null
                    : Json.object("label", base.getLabel(), "n", base.getN(), "within", base.getWithin() == null ? null : base.getWithin().getName()));
            List<Object> estimates = new ArrayList<>();
            for (Estimate e : f.getEstimates()) {
                estimates.add(Json.object("segment", e.getSegment() == null ? null : e.getSegment().getName(), "value", e.getValue(), "n", e.getN(),
                        "published", e.getPublishedText(), "ci_low", e.getCiLow(), "ci_high", e.getCiHigh()));
            }
            finding.put("estimates", estimates);
            findings.add(finding);
        }
        json.put("findings", findings);
        List<Object> comparisons = new ArrayList<>();
        for (Comparison c : study.getComparisons()) {
            comparisons.add(Json.object("id", c.getId(), "name", c.getName(), "comparator", c.getComparatorId(), "has_result", c.getResult() != null));
        }
        json.put("comparisons", comparisons);
        List<Object> charts = new ArrayList<>();
        for (ChartSpec c : study.getCharts()) {
            charts.add(Json.object("id", c.getId(), "name", c.getName(), "kind", c.getKind(), "title", c.getTitle()));
        }
        json.put("charts", charts);
        List<Object> tables = new ArrayList<>();
        for (org.studybench.model.study.TableSpec t : study.getTables()) {
            tables.add(Json.object("id", t.getId(), "name", t.getName(), "title", t.getTitle(), "rows", List.copyOf(t.getRows()), "columns",
                    List.copyOf(t.getColumns()), "segment", t.getSegment() == null ? null : t.getSegment().getName()));
        }
        json.put("tables", tables);
        List<Object> reports = new ArrayList<>();
        for (ReportSpec r : study.getReports()) {
            reports.add(Json.object("id", r.getId(), "name", r.getName(), "title", r.getTitle(), "sections", r.getSections().size()));
        }
        json.put("reports", reports);
        return json;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
