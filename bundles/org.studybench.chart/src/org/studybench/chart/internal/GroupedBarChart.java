package org.studybench.chart.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/** Grouped bars, one group per finding and one bar per segment, with confidence-interval whiskers. */
@Component(service = ChartRenderer.class)
public class GroupedBarChart extends JFreeChartRenderer {

    @Override
    public String id() {
        return "grouped-bar";
    }

    @Override
    public String label() {
        return "Grouped bars with confidence intervals";
    }

    @Override
    public String description() {
        return "One group per finding, one bar per segment (e.g. large firms vs SMEs), with error bars for the intervals.";
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        FindingData data = FindingData.of(study, spec);
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot, CategoryAxis domainAxis,
                    ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
                super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
                if (pass == 0 && dataset.getValue(row, column) != null) {
                    int visibleRow = state.getVisibleSeriesIndex(row);
                    double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
                    CategoryCharts.whisker(g2, plot, dataArea, rangeAxis, w0 + state.getBarWidth() / 2, data.low()[row][column], data.high()[row][column]);
                }
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setItemMargin(0.08);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", CategoryCharts.valueFormat(spec)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 11));
        renderer.setDefaultItemLabelPaint(Color.WHITE);
        // Inside the bar's base: the whisker at the bar's end stays free.
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.INSIDE9, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(6);
        return CategoryCharts.chart(title(spec), spec, data, renderer);
    }
}
