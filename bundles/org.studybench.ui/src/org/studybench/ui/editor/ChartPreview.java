package org.studybench.ui.editor;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/**
 * A chart drawn by the same renderer as the reports, on an SWT canvas at the canvas's size. Drawing
 * (and any data query behind the chart) runs as a background job; the finished image replaces the
 * old one. For JFreeChart kinds the renderer's entity map gives tooltips and click-to-select; other
 * kinds (a plug-in's own renderer) are shown from their PNG export.
 */
public final class ChartPreview {

    public static final String CANVAS_ID = "studybench.editor.chart.preview";

    private final Canvas canvas;
    private final Consumer<String> onSelect;
    private Image image;
    private ChartRenderingInfo info;
    private String error;
    private int generation;
    private long renders;

    public ChartPreview(Composite parent, Consumer<String> onSelect) {
        this.onSelect = onSelect;
        canvas = new Canvas(parent, SWT.BORDER | SWT.DOUBLE_BUFFERED);
        canvas.setData(Ids.KEY, CANVAS_ID);
        canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        canvas.addPaintListener(e -> paint(e.gc));
        canvas.addListener(SWT.MouseMove, e -> canvas.setToolTipText(describe(entityAt(e.x, e.y))));
        canvas.addListener(SWT.MouseDown, e -> {
            String what = describe(entityAt(e.x, e.y));
            if (what != null) {
                onSelect.accept(what);
            }
        });
        canvas.addListener(SWT.Dispose, e -> {
            if (image != null) {
                image.dispose();
            }
        });
    }

    public Canvas control() {
        return canvas;
    }

    /** How many images have been drawn (tests wait for the next one). */
    public long renders() {
        return renders;
    }

    /** The image being shown, or null. */
    public Image image() {
        return image;
    }

    public String error() {
        return error;
    }

    /** Draws {@code spec} anew in the background; a newer call wins over an older one still running. */
    public void show(Study study, ChartSpec spec, ChartRenderer renderer) {
        Point size = canvas.getSize();
        if (size.x < 100 || size.y < 80) {
            return; // not laid out yet (e.g. a hidden tab); the canvas's resize draws it
        }
        int mine = ++generation;
        int width = size.x - 4;
        int height = size.y - 4;
        Job.create("Chart preview", monitor -> {
            ImageData data = null;
            ChartRenderingInfo drawn = null;
            String problem = null;
            try {
                if (org.studybench.core.Guarded.target(renderer) instanceof JFreeChartRenderer jfree) {
                    JFreeChart chart = jfree.chart(study, spec);
                    drawn = new ChartRenderingInfo();
                    data = convert(chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, drawn));
                } else if (renderer != null) {
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    renderer.render(study, spec, "png", 96, png);
                    data = new ImageLoader().load(new ByteArrayInputStream(png.toByteArray()))[0];
                } else {
                    problem = "No chart kind '" + spec.getKind() + "' is installed";
                }
            } catch (InputException e) {
                problem = e.getMessage();
            } catch (Exception | LinkageError e) {
                problem = "The renderer of '" + spec.getKind() + "' failed: " + e;
            }
            ImageData result = data;
            ChartRenderingInfo resultInfo = drawn;
            String resultProblem = problem;
            if (!canvas.isDisposed()) {
                canvas.getDisplay().asyncExec(() -> showResult(mine, result, resultInfo, resultProblem));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void showResult(int mine, ImageData data, ChartRenderingInfo drawn, String problem) {
        if (canvas.isDisposed() || mine != generation) {
            return;
        }
        if (image != null) {
            image.dispose();
            image = null;
        }
        image = data == null ? null : new Image(canvas.getDisplay(), data);
        info = drawn;
        error = problem;
        renders++;
        canvas.redraw();
    }

    private void paint(GC gc) {
        if (image != null) {
            gc.drawImage(image, 2, 2);
        } else if (error != null) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            gc.drawText(error, 10, 10, true);
        }
    }

    private ChartEntity entityAt(int x, int y) {
        return info == null || info.getEntityCollection() == null ? null : info.getEntityCollection().getEntity(x - 2, y - 2);
    }

    /** Hit-testing: what the entity under the pointer shows, in words. */
    private static String describe(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            Number value = item.getDataset().getValue(item.getRowKey(), item.getColumnKey());
            return item.getColumnKey() + " — " + item.getRowKey() + ": " + (value == null ? "no value" : format(value.doubleValue()));
        }
        if (entity instanceof XYItemEntity item) {
            return item.getDataset().getSeriesKey(item.getSeriesIndex()) + ": (" + format(item.getDataset().getXValue(item.getSeriesIndex(), item.getItem()))
                    + ", " + format(item.getDataset().getYValue(item.getSeriesIndex(), item.getItem())) + ")";
        }
        return null;
    }

    private static String format(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.2f", v);
    }

    /** AWT pixels to SWT image data (24-bit RGB). */
    static ImageData convert(BufferedImage awt) {
        int w = awt.getWidth();
        int h = awt.getHeight();
        ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            awt.getRGB(0, y, w, 1, row, 0, w);
            data.setPixels(0, y, w, row, 0);
        }
        return data;
    }
}
