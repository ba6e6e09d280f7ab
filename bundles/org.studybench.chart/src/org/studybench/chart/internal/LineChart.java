package org.studybench.chart.internal;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/** A line over time: the chart's findings in their order are the time points (waves), one line per segment, with CIs. */
@Component(service = ChartRenderer.class)
public class LineChart extends JFreeChartRenderer {

    @Override
    public String id() {
        return "line";
    }

    @Override
    public String label() {
        return "Line over time";
    }

    @Override
    public String description() {
        return "The findings in their order are the time points (e.g. survey waves); one line per segment with confidence intervals.";
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        FindingData data = FindingData.of(study, spec);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                    ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
                if (pass == 1 && dataset.getValue(row, column) != null) { // after the lines, under the dots
                    double middle = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
                    CategoryCharts.whisker(g2, plot, dataArea, rangeAxis, middle, data.low()[row][column], data.high()[row][column]);
                }
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            }
        };
        renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setAutoPopulateSeriesStroke(false);
        renderer.setDefaultStroke(ChartStyle.stroke(2.2f));
        return CategoryCharts.chart(title(spec), spec, data, renderer, PlotOrientation.VERTICAL);
    }
}
