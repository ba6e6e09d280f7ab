package org.example.studybench.lollipop;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.Arguments;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/**
 * Lollipop chart: one horizontal stick with a dot per finding and segment — a lighter grouped bar
 * chart for many findings. Draws the same data as the built-in category charts (findings by segment,
 * or a crosstab of the dataset), so every binding and property they take works here too; PNG, SVG and
 * PDF export come from {@link JFreeChartRenderer}.
 */
@Component(service = ChartRenderer.class)
public class LollipopChart extends JFreeChartRenderer {

    @Override
    public String id() {
        return "lollipop";
    }

    @Override
    public String label() {
        return "Lollipop chart";
    }

    @Override
    public String description() {
        return "Findings by segment as sticks with a dot at the value (example plug-in).";
    }

    @Override
    public java.util.List<ParameterSpec> options() {
        return java.util.List.of(ParameterSpec.optional("dot-size", ParameterType.REAL, "10", "diameter of the dots in pixels"));
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        double dot = Arguments.parse(options(), java.util.Map.of("dot-size", property(spec, "dot-size", "10"))).real("dot-size");
        if (!(dot > 0 && dot <= 40)) {
            throw new InputException("chart '" + spec.getName() + "': dot-size must be between 0 and 40 pixels, not " + dot);
        }
        FindingData data = FindingData.of(study, spec);
        DefaultCategoryDataset values = new DefaultCategoryDataset();
        for (int s = 0; s < data.series().size(); s++) {
            for (int c = 0; c < data.categories().size(); c++) {
                double v = data.value()[s][c];
                values.addValue(Double.isNaN(v) ? null : v, data.series().get(s), data.categories().get(c));
            }
        }
        BarRenderer sticks = new BarRenderer();
        sticks.setMaximumBarWidth(0.004);
        sticks.setShadowVisible(false);
        sticks.setDrawBarOutline(false);
        sticks.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setUseSeriesOffset(true); // each segment's dot on its own stick, as bars are offset
        dots.setItemMargin(sticks.getItemMargin());
        for (int s = 0; s < data.series().size(); s++) {
            sticks.setSeriesPaint(s, ChartStyle.color(spec.getPalette(), s));
            dots.setSeriesPaint(s, ChartStyle.color(spec.getPalette(), s));
            dots.setSeriesShape(s, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
            dots.setSeriesStroke(s, new BasicStroke(1f));
        }
        NumberAxis axis = new NumberAxis(spec.isPercent() ? "%" : spec.getYLabel());
        CategoryPlot plot = new CategoryPlot(values, new org.jfree.chart.axis.CategoryAxis(spec.getXLabel()), axis, sticks);
        plot.setDataset(1, values);
        plot.setRenderer(1, dots);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setFixedLegendItems(sticks.getLegendItems()); // one legend entry per segment, not one per renderer
        JFreeChart chart = new JFreeChart(title(spec), ChartStyle.font(java.awt.Font.BOLD, 16f), plot, true);
        ChartStyle.apply(chart, spec.getSubtitle(), null); // no error bars here, so no note about them
        return chart;
    }
}
