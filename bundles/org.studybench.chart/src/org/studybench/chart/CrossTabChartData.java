package org.studybench.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.Study;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.stats.Defaults;
import org.studybench.stats.DesignMoments;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.Interval;
import org.studybench.stats.ProportionInterval;

/**
 * The numbers of a category chart computed from respondent data: a crosstab query on the chart's
 * dataset instead of stored findings. Chart properties:
 * <ul>
 * <li>{@code rows}: one variable, whose levels become the categories, or, with {@code level} (an answer or
 * the name of a net of the variables), a
 * comma-separated list of variables (a battery of items), each a category showing the share of
 * respondents with that level;</li>
 * <li>{@code columns} (optional): a variable whose levels become the series (shares within each
 * level); otherwise the chart's segments are the series (each a domain of the design), or one
 * series of all respondents.</li>
 * </ul>
 * A single category with several series is drawn the other way round (the series become the
 * categories), e.g. "share that replied, by sector". Shares and intervals are design-based when the
 * dataset has weight, cluster or strata roles (logit intervals as R svyciprop); otherwise the chart's
 * interval method on the counts.
 */
final class CrossTabChartData {

    private record Series(String label, String column, Segment segment) {
    }

    private CrossTabChartData() {
    }

    static FindingData of(Study study, ChartSpec chart, String rows) throws InputException {
        Dataset dataset = JFreeChartRenderer.dataset(study, chart);
        RowSource file = JFreeChartRenderer.rows(study, chart, dataset);
        CrossTab.Design design = CrossTab.Design.of(dataset);
        String level = JFreeChartRenderer.property(chart, "level", null);
        String columns = JFreeChartRenderer.property(chart, "columns", null);
        List<String> variables = Arrays.stream(rows.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList();
        for (String v : variables) {
            variable(dataset, v, chart);
        }
        if (columns != null) {
            variable(dataset, columns, chart);
        }
        if (level == null && variables.size() != 1) {
            throw new InputException("chart '" + chart.getName() + "': rows lists " + variables.size()
                    + " variables; name the level whose share each shows (property 'level'), or give one variable");
        }
        String method = chart.getInterval() == null || chart.getInterval().isBlank() ? Defaults.INTERVAL_ID : chart.getInterval();
        ProportionInterval interval;
        try {
            interval = method.equals("none") || design.any() ? null : ProportionInterval.of(method);
        } catch (IllegalArgumentException e) {
            throw new InputException("chart '" + chart.getName() + "': " + e.getMessage(), e);
        }
        boolean intervals = !method.equals("none");

        // One table per row variable: its levels by the series.
        List<Series> series = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<double[][]> cells = new ArrayList<>(); // per category: {value, low, high} per series
        List<Segment> segments = chart.getSegments().isEmpty() || columns != null ? null : chart.getSegments();
        // every row variable's table in one pass over the data (one pass per segment)
        List<CrossTab.Request> requests = new ArrayList<>();
        for (String v : variables) {
            requests.add(new CrossTab.Request(v, columns));
        }
        List<List<CrossTab>> bySeries = new ArrayList<>();
        if (segments != null) {
            for (Segment s : segments) {
                bySeries.add(CrossTab.all(file, requests, design, SegmentFilters.ofSegment("chart '" + chart.getName() + "'", s, dataset)));
            }
        } else {
            bySeries.add(CrossTab.all(file, requests, design, null));
        }
        for (int k = 0; k < variables.size(); k++) {
            String v = variables.get(k);
            List<CrossTab> tables = new ArrayList<>();
            for (List<CrossTab> passed : bySeries) {
                tables.add(passed.get(k));
            }
            if (series.isEmpty()) {
                if (columns != null) {
                    Variable c = variable(dataset, columns, chart);
                    tables.get(0).columns().forEach(l -> series.add(new Series(valueLabel(c, l), l, null)));
                } else if (segments != null) {
                    segments.forEach(s -> series.add(new Series(s.getLabel() != null && !s.getLabel().isBlank() ? s.getLabel() : s.getName(), null, s)));
                } else {
                    series.add(new Series("All", null, null));
                }
            }
            Variable variable = variable(dataset, v, chart);
            if (level != null) { // the level may name one of the variable's nets
                tables.replaceAll(t -> org.studybench.data.aggregate.Nets.withNet(t, variable, level));
            }
            List<String> levels = level != null ? List.of(level) : tables.get(0).rows();
            for (String l : levels) {
                categories.add(level != null ? label(variable) : valueLabel(variable, l));
                double[][] numbers = new double[series.size()][];
                for (int s = 0; s < series.size(); s++) {
                    CrossTab t = tables.get(columns != null ? 0 : s);
                    int j = columns != null ? t.columns().indexOf(series.get(s).column()) : 0;
                    numbers[s] = share(t, t.rows().indexOf(l), j, intervals, interval);
                }
                cells.add(numbers);
            }
            if (level != null && tables.stream().allMatch(t -> t.rows().indexOf(level) < 0)) {
                throw new InputException("chart '" + chart.getName() + "': " + v + " never takes the value '" + level + "'");
            }
        }

        // A single category with several series is drawn the other way round: the series become the categories.
        boolean transpose = categories.size() == 1 && series.size() > 1;
        int ns = transpose ? 1 : series.size();
        int nc = transpose ? series.size() : categories.size();
        double[][] value = new double[ns][nc];
        double[][] low = new double[ns][nc];
        double[][] high = new double[ns][nc];
        for (int s = 0; s < series.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                double[] x = cells.get(c)[s];
                int row = transpose ? 0 : s;
                int col = transpose ? s : c;
                value[row][col] = x[0] * scale(chart);
                low[row][col] = x[1] * scale(chart);
                high[row][col] = x[2] * scale(chart);
            }
        }
        List<String> categoryLabels = transpose ? series.stream().map(Series::label).toList() : categories;
        List<String> seriesLabels = transpose ? categories : series.stream().map(Series::label).toList();
        String source = dataset.getLabel() != null && !dataset.getLabel().isBlank() ? dataset.getLabel() : dataset.getName();
        String note = "Computed from dataset '" + source + "'" + (dataset.isSynthetic() && !source.toLowerCase(java.util.Locale.ROOT).contains("synthetic")
                ? " (synthetic data)" : "") + (design.weight() != null ? ", weighted by " + design.weight() : "") + "."
                + (!intervals ? "" : design.any() ? " Error bars: 95% design-based logit intervals." : " Error bars: 95% " + FindingData.label(method) + " intervals.");
        return sorted(chart, new FindingData(categoryLabels, seriesLabels, value, low, high, note));
    }

    private static double scale(ChartSpec chart) {
        return chart.isPercent() ? 100 : 1;
    }

    /** The categories in the chart's sort order, by the first series (as findings charts). */
    private static FindingData sorted(ChartSpec chart, FindingData d) {
        if (chart.getSortOrder() != SortOrder.ASCENDING && chart.getSortOrder() != SortOrder.DESCENDING) {
            return d;
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < d.categories().size(); c++) {
            order.add(c);
        }
        Comparator<Integer> byFirst = Comparator.comparingDouble(c -> Double.isNaN(d.value()[0][c]) ? Double.NEGATIVE_INFINITY : d.value()[0][c]);
        order.sort(chart.getSortOrder() == SortOrder.ASCENDING ? byFirst : byFirst.reversed());
        int ns = d.series().size();
        double[][][] out = new double[3][ns][order.size()];
        double[][][] in = { d.value(), d.low(), d.high() };
        for (int k = 0; k < 3; k++) {
            for (int s = 0; s < ns; s++) {
                for (int c = 0; c < order.size(); c++) {
                    out[k][s][c] = in[k][s][order.get(c)];
                }
            }
        }
        return new FindingData(order.stream().map(d.categories()::get).toList(), d.series(), out[0], out[1], out[2], d.note());
    }

    /** {value, low, high} of row level i's share in column j; NaN where the level or column is absent. */
    private static double[] share(CrossTab t, int i, int j, boolean intervals, ProportionInterval interval) {
        double[] out = { Double.NaN, Double.NaN, Double.NaN };
        if (j < 0) {
            return out;
        }
        double base = t.columnWeight(j);
        if (!(base > 0)) {
            return out;
        }
        out[0] = i < 0 ? 0 : t.weighted()[i][j] / base;
        if (!intervals || i < 0) {
            return out;
        }
        try {
            Interval ci;
            if (t.design() != null) {
                DesignMoments m = t.columns().size() == 1 ? t.proportionMoments() : t.columnMoments(j);
                ci = DesignProportion.estimate(m, i, DesignProportion.Method.LOGIT, 0.95).interval();
            } else {
                ci = interval.of(Math.round(t.counts()[i][j]), Math.round(t.columnBase(j)), 0.95);
            }
            out[1] = ci.lower();
            out[2] = ci.upper();
        } catch (IllegalArgumentException e) {
            // no interval where the design cannot give one (e.g. a share of exactly 0 or 1 on one PSU)
        }
        return out;
    }

    private static Variable variable(Dataset dataset, String name, ChartSpec chart) throws InputException {
        return dataset.getVariables().stream().filter(v -> v.getName().equals(name)).findFirst()
                .orElseThrow(() -> new InputException("chart '" + chart.getName() + "': dataset '" + dataset.getName() + "' has no variable '" + name + "'"));
    }

    private static String label(Variable v) {
        return v.getLabel() != null && !v.getLabel().isBlank() ? v.getLabel() : v.getName();
    }

    private static String valueLabel(Variable v, String level) {
        for (ValueLabel l : v.getValueLabels()) {
            if (level.equals(l.getValue()) && l.getLabel() != null && !l.getLabel().isBlank()) {
                return l.getLabel();
            }
        }
        return level;
    }
}
