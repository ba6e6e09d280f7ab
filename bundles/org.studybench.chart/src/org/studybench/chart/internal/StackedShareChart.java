package org.studybench.chart.internal;

import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/**
 * Stacked 100% bars: one bar per segment, split by the chart's findings (the answer options of a
 * Likert item, or the items of a multiple-response set). Each bar is normalised to 100%, so for a
 * multiple-response set the parts are percentages of responses, not of respondents. From a crosstab
 * (property {@code rows}: one variable's levels by {@code columns} or segments) each bar is a column's
 * distribution.
 */
@Component(service = ChartRenderer.class)
public class StackedShareChart extends JFreeChartRenderer {

    @Override
    public String id() {
        return "stacked-100";
    }

    @Override
    public String label() {
        return "Stacked 100% bars";
    }

    @Override
    public String description() {
        return "One bar per segment split by answer (Likert items, multiple-response sets as percent of responses).";
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        FindingData data = FindingData.of(study, spec);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int c = 0; c < data.categories().size(); c++) {
            for (int s = 0; s < data.series().size(); s++) {
                double v = data.value()[s][c];
                dataset.addValue(Double.isNaN(v) ? 0 : v, data.categories().get(c), data.series().get(s));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer(true);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.2);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{3}", new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        for (int i = 0; i < data.categories().size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(spec.getPalette(), i));
        }
        CategoryAxis segments = new CategoryAxis(spec.getXLabel());
        segments.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        segments.setAxisLineVisible(false);
        segments.setTickMarksVisible(false);
        NumberAxis share = new NumberAxis(spec.getYLabel());
        share.setNumberFormatOverride(new DecimalFormat("0%", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        share.setRange(0, 1);
        share.setAxisLineVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, segments, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = new JFreeChart(title(spec), ChartStyle.font(Font.BOLD, 17), plot, true);
        // From a crosstab the parts are the levels of one variable; say where they come from (no error bars here).
        String note = property(spec, "rows", null) != null ? data.note().replaceFirst(" Error bars: .*$", "")
                : "Each bar is 100% of the answers given; with several answers allowed, shares of responses.";
        ChartStyle.apply(chart, spec.getSubtitle(), note);
        return chart;
    }
}
