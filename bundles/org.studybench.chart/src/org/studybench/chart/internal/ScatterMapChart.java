package org.studybench.chart.internal;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.osgi.service.component.annotations.Component;
import org.studybench.chart.ChartStyle;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.model.study.Annotation;
import org.studybench.model.study.AxisScale;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * A positioning map: one point per row of a dataset (e.g. a Facebook page) at (x, y), coloured by a
 * category, with quadrant lines at chosen thresholds, the most extreme points labelled, and an
 * optional log axis. Properties: {@code x}, {@code y}, {@code label}, {@code color} (variables),
 * {@code x-threshold}, {@code y-threshold}, {@code outliers} (how many points to label, default 6),
 * {@code x-percent} (x is a share 0–1 shown in percent).
 */
@Component(service = ChartRenderer.class)
public class ScatterMapChart extends JFreeChartRenderer {

    private record Point(double x, double y, String label, String group) {
    }

    @Override
    public String id() {
        return "scatter-map";
    }

    @Override
    public String label() {
        return "Positioning map (scatter with quadrants)";
    }

    @Override
    public String description() {
        return "Points of a dataset by two measures, coloured by category, with quadrant lines, labelled outliers and an optional log axis.";
    }

    @Override
    public JFreeChart chart(Study study, ChartSpec spec) throws InputException {
        String x = required(spec, "x");
        String y = required(spec, "y");
        String label = property(spec, "label", null);
        String color = property(spec, "color", null);
        boolean xPercent = Boolean.parseBoolean(property(spec, "x-percent", "false"));
        boolean logY = spec.getYScale() == AxisScale.LOG;
        boolean logX = spec.getXScale() == AxisScale.LOG;
        List<Point> points = points(study, spec, x, y, label, color, logX, logY);
        double xScale = xPercent ? 100 : 1;
        Map<String, XYSeries> groups = new TreeMap<>();
        for (Point p : points) {
            groups.computeIfAbsent(p.group(), g -> new XYSeries(g, false, true)).add(p.x() * xScale, p.y());
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        groups.values().forEach(dataset::addSeries);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int i = 0; i < groups.size(); i++) {
            Color c = (Color) ChartStyle.color(spec.getPalette(), i);
            renderer.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), 170)); // see overlapping points
            renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
        }
        ValueAxis xAxis = axis(spec.getXLabel() != null ? spec.getXLabel() : x, logX, xPercent);
        ValueAxis yAxis = axis(spec.getYLabel() != null ? spec.getYLabel() : y, logY, false);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        for (String[] q : new String[][] { { "x-threshold", "x" }, { "y-threshold", "y" } }) {
            String t = property(spec, q[0], null);
            if (t != null) {
                double v = number(spec, q[0], t) * (q[1].equals("x") ? xScale : 1);
                ValueMarker m = new ValueMarker(v, new Color(0x666666), ChartStyle.dashed(1.2f));
                if (q[1].equals("x")) {
                    plot.addDomainMarker(m);
                } else {
                    plot.addRangeMarker(m);
                }
            }
        }
        int outliers = (int) number(spec, "outliers", property(spec, "outliers", "6"));
        double xMiddle = points.stream().mapToDouble(Point::x).average().orElse(0);
        for (Point p : extremes(points, outliers, logX, logY)) {
            if (p.label() != null) {
                boolean right = p.x() > xMiddle; // label towards the middle, so it stays inside the plot
                XYTextAnnotation a = new XYTextAnnotation(right ? p.label() + " " : " " + p.label(), p.x() * xScale, p.y());
                a.setFont(ChartStyle.font(Font.PLAIN, 11));
                a.setTextAnchor(right ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
                a.setPaint(ChartStyle.TEXT);
                plot.addAnnotation(a);
            }
        }
        for (Annotation a : spec.getAnnotations()) {
            if (a.getX() != null && a.getY() != null) {
                XYTextAnnotation t = new XYTextAnnotation(a.getText(), a.getX() * xScale, a.getY());
                t.setFont(ChartStyle.font(Font.ITALIC, 12));
                t.setPaint(new Color(0x555555));
                t.setTextAnchor(a.getX() > xMiddle ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
                plot.addAnnotation(t);
            }
        }
        JFreeChart chart = new JFreeChart(title(spec), ChartStyle.font(Font.BOLD, 17), plot, groups.size() > 1);
        ChartStyle.apply(chart, spec.getSubtitle(), points.size() + " points" + (logY ? "; y on a log scale" : "") + ".");
        return chart;
    }

    private static ValueAxis axis(String label, boolean log, boolean percent) {
        if (log) {
            LogAxis a = new LogAxis(label);
            a.setBase(10);
            a.setSmallestValue(1e-3);
            a.setNumberFormatOverride(new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
            a.setTickUnit(new NumberTickUnit(1)); // one tick per power of ten
            a.setMinorTickCount(9);
            a.setMinorTickMarksVisible(true);
            a.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
            return a;
        }
        NumberAxis a = new NumberAxis(label);
        a.setAutoRangeIncludesZero(true);
        a.setLabelFont(ChartStyle.font(Font.PLAIN, 12));
        if (percent) {
            a.setNumberFormatOverride(new DecimalFormat("0'%'", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        }
        return a;
    }

    /** The points farthest from the centre of the cloud (on the drawn scales), to be labelled. */
    private static List<Point> extremes(List<Point> points, int k, boolean logX, boolean logY) {
        if (points.isEmpty() || k <= 0) {
            return List.of();
        }
        double[] mx = moments(points.stream().mapToDouble(p -> logX ? Math.log(p.x()) : p.x()).toArray());
        double[] my = moments(points.stream().mapToDouble(p -> logY ? Math.log(p.y()) : p.y()).toArray());
        return points.stream().sorted(Comparator.comparingDouble((Point p) -> {
            double zx = ((logX ? Math.log(p.x()) : p.x()) - mx[0]) / mx[1];
            double zy = ((logY ? Math.log(p.y()) : p.y()) - my[0]) / my[1];
            return -(zx * zx + zy * zy);
        }).thenComparing(p -> String.valueOf(p.label()))).limit(k).toList();
    }

    private static double[] moments(double[] v) {
        double mean = 0;
        for (double d : v) {
            mean += d / v.length;
        }
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(ss / Math.max(1, v.length - 1));
        return new double[] { mean, sd > 0 ? sd : 1 };
    }

    private static List<Point> points(Study study, ChartSpec spec, String x, String y, String label, String color, boolean logX, boolean logY)
            throws InputException {
        Dataset dataset = dataset(study, spec);
        RowSource rows = rows(study, spec, dataset);
        Dialect d = rows.dialect();
        String sx = d.identifier(x);
        String sy = d.identifier(y);
        String sql = "SELECT " + d.number(sx) + ", " + d.number(sy) + ", " + (label == null ? "NULL" : d.text(d.identifier(label))) + ", "
                + (color == null ? "NULL" : d.text(d.identifier(color))) + " FROM " + rows.fromSql() + " WHERE " + sx + " IS NOT NULL AND " + sy + " IS NOT NULL"
                + (logX ? " AND " + sx + " > 0" : "") + (logY ? " AND " + sy + " > 0" : "") + " ORDER BY 1, 2, 3";
        List<Point> points = new ArrayList<>();
        try (Connection c = rows.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                points.add(new Point(r.getDouble(1), r.getDouble(2), r.getString(3), r.getString(4) == null ? "all" : r.getString(4)));
            }
        } catch (SQLException e) {
            throw new InputException("chart '" + spec.getName() + "': " + (rows instanceof RowSource.SqlTable ? rows.name() + ": " + rows.message(e)
                    : e.getMessage().lines().findFirst().orElse("query failed")), e);
        }
        if (points.isEmpty()) {
            throw new InputException("chart '" + spec.getName() + "': dataset '" + dataset.getName() + "' has no rows with both " + x + " and " + y);
        }
        return points;
    }

    private static String required(ChartSpec spec, String name) throws InputException {
        String v = property(spec, name, null);
        if (v == null || v.isBlank()) {
            throw new InputException("chart '" + spec.getName() + "' (scatter-map) needs the property '" + name + "' (a variable of the dataset)");
        }
        return v;
    }

    private static double number(ChartSpec spec, String name, String value) throws InputException {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new InputException("chart '" + spec.getName() + "': property " + name + " '" + value + "' is not a number", e);
        }
    }
}
