package org.studybench.chart.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.FindingData;
import org.studybench.model.study.ChartSpec;

/** What the findings charts (grouped bars, dot plots) share: dataset, axes, error bars. */
final class CategoryCharts {

    private CategoryCharts() {
    }

    static DefaultCategoryDataset dataset(FindingData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                double v = data.value()[s][c];
                dataset.addValue(Double.isNaN(v) ? null : v, data.series().get(s), data.categories().get(c));
            }
        }
        return dataset;
    }

    static NumberFormat valueFormat(ChartSpec spec) {
        DecimalFormat f = new DecimalFormat(spec.isPercent() ? "0'%'" : "0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f;
    }

    /** Categories top to bottom, values left to right; the value axis includes every interval. */
    static JFreeChart chart(String title, ChartSpec spec, FindingData data, AbstractCategoryItemRenderer renderer) {
        return chart(title, spec, data, renderer, PlotOrientation.HORIZONTAL);
    }

    /** The same with the categories along the x axis ({@link PlotOrientation#VERTICAL}), e.g. time. */
    static JFreeChart chart(String title, ChartSpec spec, FindingData data, AbstractCategoryItemRenderer renderer, PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis(spec.getXLabel());
        categories.setMaximumCategoryLabelWidthRatio(0.42f);
        categories.setMaximumCategoryLabelLines(3);
        categories.setTickLabelFont(ChartStyle.font(Font.PLAIN, 12));
        categories.setTickLabelPaint(ChartStyle.TEXT);
        categories.setAxisLineVisible(false);
        categories.setTickMarksVisible(false);
        categories.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(spec.getYLabel());
        values.setNumberFormatOverride(valueFormat(spec));
        values.setTickLabelFont(ChartStyle.font(Font.PLAIN, 11));
        values.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
        values.setAxisLineVisible(false);
        double max = 0;
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                max = Math.max(max, Math.max(nz(data.value()[s][c]), nz(data.high()[s][c])));
            }
        }
        values.setRange(0, spec.isPercent() ? Math.min(100, Math.ceil(max / 10) * 10 + (max > 90 ? 0 : 5)) : max * 1.1);
        CategoryPlot plot = new CategoryPlot(dataset(data), categories, values, renderer);
        plot.setOrientation(orientation);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlineStroke(ChartStyle.stroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        for (int s = 0; s < data.series().size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.color(spec.getPalette(), s));
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.font(Font.BOLD, 17), plot, data.series().size() > 1);
        ChartStyle.apply(chart, spec.getSubtitle(), data.note());
        return chart;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** Draws the interval of item (row, column) as a whisker with caps across the bar or dot at {@code middle}. */
    static void whisker(Graphics2D g, CategoryPlot plot, Rectangle2D dataArea, ValueAxis rangeAxis, double middle, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return;
        }
        RectangleEdge edge = plot.getRangeAxisEdge();
        double x1 = rangeAxis.valueToJava2D(low, dataArea, edge);
        double x2 = rangeAxis.valueToJava2D(high, dataArea, edge);
        double cap = 4;
        g.setPaint(new Color(0x222222));
        g.setStroke(ChartStyle.stroke(1.3f));
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            g.draw(new Line2D.Double(x1, middle, x2, middle));
            g.draw(new Line2D.Double(x1, middle - cap, x1, middle + cap));
            g.draw(new Line2D.Double(x2, middle - cap, x2, middle + cap));
        } else {
            g.draw(new Line2D.Double(middle, x1, middle, x2));
            g.draw(new Line2D.Double(middle - cap, x1, middle + cap, x1));
            g.draw(new Line2D.Double(middle - cap, x2, middle + cap, x2));
        }
    }
}
