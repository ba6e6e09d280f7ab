package org.studybench.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.Study;
import org.studybench.stats.Defaults;
import org.studybench.stats.Interval;
import org.studybench.stats.ProportionInterval;

/**
 * The numbers a category chart draws: one category per finding, one series per segment, the
 * estimates and their confidence intervals; or, when the chart has the property {@code rows}, the
 * same computed by a crosstab query on its dataset ({@link CrossTabChartData}). Intervals come from the estimate when it has them;
 * otherwise, for proportions, from the chart's interval method (Wilson by default) on the estimate's
 * n, or on the chart property {@code assumed-n} for published findings whose group sizes are unknown
 * (the chart's caption then says so).
 *
 * @param value [series][category] in percent when the chart is a percent chart, NaN when absent
 * @param note  what the error bars are, for the caption
 */
public record FindingData(List<String> categories, List<String> series, double[][] value, double[][] low, double[][] high, String note) {

    public static FindingData of(Study study, ChartSpec chart) throws InputException {
        String rows = JFreeChartRenderer.property(chart, "rows", null);
        if (rows != null && !rows.isBlank()) {
            return CrossTabChartData.of(study, chart, rows);
        }
        List<Finding> findings = new ArrayList<>(chart.getFindings().isEmpty() ? study.getFindings() : chart.getFindings());
        if (findings.isEmpty()) {
            throw new InputException("chart '" + chart.getName() + "' has no findings to draw");
        }
        List<Segment> segments = new ArrayList<>(chart.getSegments());
        if (segments.isEmpty()) {
            Set<Segment> used = new LinkedHashSet<>();
            for (Segment s : study.getSegments()) {
                if (findings.stream().anyMatch(f -> f.getEstimates().stream().anyMatch(e -> e.getSegment() == s))) {
                    used.add(s);
                }
            }
            segments.addAll(used);
        }
        if (segments.isEmpty()) {
            if (findings.stream().noneMatch(f -> f.getEstimates().stream().anyMatch(e -> e.getSegment() == null))) {
                throw new InputException("chart '" + chart.getName() + "': its findings have no estimates");
            }
            segments.add(null); // whole-sample estimates: one series
        }
        String method = chart.getInterval() == null || chart.getInterval().isBlank() ? Defaults.INTERVAL_ID : chart.getInterval();
        ProportionInterval interval;
        try {
            interval = method.equals("none") ? null : ProportionInterval.of(method);
        } catch (IllegalArgumentException e) {
            throw new InputException("chart '" + chart.getName() + "': " + e.getMessage(), e);
        }
        Integer assumedN = assumedN(chart);
        double scale = chart.isPercent() ? 100 : 1;
        if (chart.getSortOrder() == SortOrder.ASCENDING || chart.getSortOrder() == SortOrder.DESCENDING) {
            Segment first = segments.get(0);
            Comparator<Finding> byFirst = Comparator.comparingDouble(f -> estimate(f, first) == null ? Double.NEGATIVE_INFINITY : estimate(f, first).getValue());
            findings.sort(chart.getSortOrder() == SortOrder.ASCENDING ? byFirst : byFirst.reversed());
        }
        int ns = segments.size();
        int nc = findings.size();
        double[][] value = new double[ns][nc];
        double[][] low = new double[ns][nc];
        double[][] high = new double[ns][nc];
        boolean usedAssumed = false;
        boolean anyInterval = false;
        for (int s = 0; s < ns; s++) {
            for (int c = 0; c < nc; c++) {
                Finding f = findings.get(c);
                Estimate e = estimate(f, segments.get(s));
                value[s][c] = low[s][c] = high[s][c] = Double.NaN;
                if (e == null) {
                    continue;
                }
                value[s][c] = e.getValue() * scale;
                if (interval == null) {
                    continue;
                }
                if (e.getCiLow() != null && e.getCiHigh() != null) {
                    low[s][c] = e.getCiLow() * scale;
                    high[s][c] = e.getCiHigh() * scale;
                    anyInterval = true;
                } else if (f.getMeasure() == MeasureKind.PROPORTION) {
                    Integer n = e.getN() != null ? e.getN() : assumedN;
                    if (n != null && n > 0) {
                        Interval ci = interval.of(Math.round(e.getValue() * n), n, 0.95);
                        low[s][c] = ci.lower() * scale;
                        high[s][c] = ci.upper() * scale;
                        usedAssumed |= e.getN() == null;
                        anyInterval = true;
                    }
                }
            }
        }
        List<String> categories = findings.stream().map(f -> f.getLabel() != null && !f.getLabel().isBlank() ? f.getLabel() : f.getName()).toList();
        List<String> series = segments.stream().map(s -> s == null ? "All" : s.getLabel() != null && !s.getLabel().isBlank() ? s.getLabel() : s.getName())
                .toList();
        String note = !anyInterval ? ""
                : "Error bars: 95% " + label(method) + " intervals" + (usedAssumed ? ", assuming n = " + assumedN + " per group (group sizes were not published)" : "")
                        + ".";
        return new FindingData(categories, series, value, low, high, note);
    }

    static String label(String method) {
        return switch (method) {
            case "clopper-pearson" -> "Clopper-Pearson";
            case "wilson" -> "Wilson";
            case "wilson-cc" -> "Wilson (continuity-corrected)";
            case "agresti-coull" -> "Agresti-Coull";
            case "jeffreys" -> "Jeffreys";
            default -> method;
        };
    }

    private static Estimate estimate(Finding f, Segment s) {
        return f.getEstimates().stream().filter(e -> e.getSegment() == s).findFirst().orElse(null);
    }

    private static Integer assumedN(ChartSpec chart) throws InputException {
        String value = JFreeChartRenderer.property(chart, "assumed-n", null);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new InputException("chart '" + chart.getName() + "': property assumed-n '" + value + "' is not a whole number", e);
        }
    }
}
