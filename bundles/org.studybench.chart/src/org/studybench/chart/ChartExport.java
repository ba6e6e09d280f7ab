package org.studybench.chart;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;

/**
 * Exports a JFreeChart headless: PNG at any DPI (with the DPI recorded in the file), SVG (Batik
 * svggen) and vector PDF (pdfbox-graphics2d). The same drawing code runs for every format, so a chart
 * looks the same in the GUI, in reports and in exported files. Output is deterministic.
 */
public final class ChartExport {

    public static final List<String> FORMATS = List.of("png", "svg", "pdf");

    private ChartExport() {
    }

    public static void write(JFreeChart chart, String format, int width, int height, int dpi, OutputStream out) throws IOException {
        switch (format) {
            case "png" -> png(chart, width, height, dpi, out);
            case "svg" -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(svg(chart, width, height));
                w.flush();
            }
            case "pdf" -> pdf(chart, width, height, out);
            default -> throw new IllegalArgumentException("unknown chart format '" + format + "'; expected png, svg or pdf");
        }
    }

    /** The image, {@code width} × {@code height} at 96 DPI scaled to {@code dpi}. */
    public static BufferedImage image(JFreeChart chart, int width, int height, int dpi) {
        double scale = dpi / 96.0;
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(scale, scale);
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void png(JFreeChart chart, int width, int height, int dpi, OutputStream out) throws IOException {
        BufferedImage image = image(chart, width, height, dpi);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            // The pHYs chunk: pixels per millimetre, so word processors place the image at its size.
            double pixelsPerMm = dpi / 25.4;
            IIOMetadataNode horizontal = new IIOMetadataNode("HorizontalPixelSize");
            horizontal.setAttribute("value", Double.toString(1 / pixelsPerMm));
            IIOMetadataNode vertical = new IIOMetadataNode("VerticalPixelSize");
            vertical.setAttribute("value", Double.toString(1 / pixelsPerMm));
            IIOMetadataNode dimension = new IIOMetadataNode("Dimension");
            dimension.appendChild(horizontal);
            dimension.appendChild(vertical);
            IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
            root.appendChild(dimension);
            metadata.mergeTree("javax_imageio_1.0", root);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /** A standalone SVG document. */
    public static String svg(JFreeChart chart, int width, int height) throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            g.stream(g.getRoot(), w, true, false);
        }
        // No DOCTYPE: it points at a DTD on the network, which offline XML readers then try to fetch.
        return bytes.toString(StandardCharsets.UTF_8).replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
    }

    /** The {@code <svg>} element alone, for inlining in HTML (no XML declaration or DOCTYPE). */
    public static String inlineSvg(JFreeChart chart, int width, int height) throws IOException {
        String svg = svg(chart, width, height);
        int start = svg.indexOf("<svg");
        String element = svg.substring(start);
        // Scale with the page: the viewBox keeps the drawing, CSS sets the width.
        return element.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" ");
    }

    private static void pdf(JFreeChart chart, int width, int height, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            try {
                chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
            } finally {
                g.dispose();
            }
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            document.getDocument().setDocumentID(null);
            document.save(out);
        }
    }
}
