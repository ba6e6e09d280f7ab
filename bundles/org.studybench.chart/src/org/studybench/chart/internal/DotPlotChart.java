package org.studybench.chart.internal;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.CategoryDataset;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/** A dot plot: one row per finding, a dot per segment with its confidence interval. Less ink than bars. */
@Component(service = ChartRenderer.class)
public class DotPlotChart extends JFreeChartRenderer {

    @Override
    public String id() {
        return "dot-plot";
    }

    @Override
    public String label() {
        return "Dot plot with confidence intervals";
    }

    @Override
    public String description() {
        return "One row per finding, one dot per segment with its interval; compact for many findings.";
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        FindingData data = FindingData.of(study, spec);
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                    ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
                if (pass == 0 && dataset.getValue(row, column) != null) {
                    double middle = domainAxis.getCategorySeriesMiddle(column, dataset.getColumnCount(), state.getVisibleSeriesIndex(row),
                            state.getVisibleSeriesCount(), getItemMargin(), dataArea, plot.getDomainAxisEdge());
                    CategoryCharts.whisker(g2, plot, dataArea, rangeAxis, middle, data.low()[row][column], data.high()[row][column]);
                }
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            }
        };
        renderer.setUseSeriesOffset(true);
        renderer.setItemMargin(0.5);
        renderer.setDefaultShape(new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setAutoPopulateSeriesShape(false);
        return CategoryCharts.chart(title(spec), spec, data, renderer);
    }
}
