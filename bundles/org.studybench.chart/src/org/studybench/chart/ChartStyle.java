package org.studybench.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The look every StudyBench chart shares: colour-blind-safe palettes, quiet axes, readable type. */
public final class ChartStyle {

    /** Okabe & Ito's palette, safe for the common colour-vision deficiencies (blue and orange first). */
    public static final List<Color> OKABE_ITO = List.of(new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

    /** Greys for print. */
    public static final List<Color> GREY = List.of(new Color(0x333333), new Color(0x888888), new Color(0xBBBBBB), new Color(0x555555),
            new Color(0xDDDDDD));

    public static final Color TEXT = new Color(0x1B1B1B);
    public static final Color GRID = new Color(0xE3E3E3);
    public static final String FONT = "DejaVu Sans";

    private ChartStyle() {
    }

    public static List<Color> palette(String name) {
        return "grey".equals(name) || "gray".equals(name) ? GREY : OKABE_ITO;
    }

    public static Paint color(String palette, int i) {
        List<Color> p = palette(palette);
        return p.get(i % p.size());
    }

    public static Font font(int style, float size) {
        return new Font(FONT, style, Math.round(size));
    }

    /** Titles, legend and background; the note (what the error bars are, sources) goes under the plot. */
    public static void apply(JFreeChart chart, String subtitle, String note) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(font(Font.BOLD, 17));
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle t = new TextTitle(subtitle, font(Font.PLAIN, 13));
            t.setPaint(new Color(0x555555));
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(0, t); // under the title, above the legend
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(font(Font.PLAIN, 12));
            legend.setPosition(RectangleEdge.TOP);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        if (note != null && !note.isBlank()) {
            TextTitle n = new TextTitle(note, font(Font.PLAIN, 11));
            n.setPaint(new Color(0x555555));
            n.setPosition(RectangleEdge.BOTTOM);
            n.setHorizontalAlignment(HorizontalAlignment.LEFT);
            n.setPadding(new RectangleInsets(6, 0, 0, 0));
            chart.addSubtitle(n);
        }
    }

    public static BasicStroke stroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    public static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 4f }, 0f);
    }
}
