package org.studybench.report.internal;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jfree.chart.JFreeChart;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;
import org.w3c.dom.Element;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The same report as the HTML renderer, as PDF through openhtmltopdf: A4 pages with page numbers, a
 * table of contents with page numbers, and charts drawn as vector graphics (JFreeChart kinds are drawn
 * straight into the PDF; other kinds are embedded as 300 DPI images). Deterministic: document dates
 * come from the study's date, and the file identifier from its content.
 */
@Component(service = ReportRenderer.class, reference = @Reference(name = HtmlReportRenderer.REGISTRY, service = Registry.class))
public class PdfReportRenderer implements ReportRenderer {

    private static final String PAGED_CSS = """
            @page { size: A4; margin: 18mm 16mm 20mm 16mm;
              @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #666; } }
            body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
            main { max-width: none; padding: 0; }
            nav.contents a::after { content: leader('.') target-counter(attr(href), page); }
            nav.contents li { list-style: none; }
            .table-wrap { overflow: visible; }
            table { page-break-inside: auto; } tr { page-break-inside: avoid; }
            figure { page-break-inside: avoid; } h2 { page-break-after: avoid; }
            object.chart { display: block; width: 100%; }
            figure.table { page-break-inside: auto; } table.banner { font-size: 7.5pt; } table.banner th, table.banner td { padding: 2pt 4pt; }
            """;

    private final HtmlReportRenderer html = new HtmlReportRenderer();

    /** The document comes from the HTML renderer, which draws charts through the same registry (looked up when rendering, see there). */
    @Activate
    void activate(ComponentContext context) {
        html.setRegistry(() -> (Registry) context.locateService(HtmlReportRenderer.REGISTRY));
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String label() {
        return "PDF report";
    }

    @Override
    public String description() {
        return "The HTML report as A4 PDF with page numbers, a table of contents and vector charts.";
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }

    @Override
    public void render(Study study, ReportSpec report, OutputStream out) throws IOException, InputException {
        Map<String, JFreeChart> vector = new LinkedHashMap<>();
        String document = html.document(study, report, (s, chart) -> embed(s, chart, vector), PAGED_CSS);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(document, null);
        File font = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (font.isFile()) {
            builder.useFont(font, "DejaVu Sans");
            File bold = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
            if (bold.isFile()) {
                builder.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
        }
        builder.useObjectDrawerFactory(new FSObjectDrawerFactory() {
            @Override
            public FSObjectDrawer createDrawer(Element element) {
                JFreeChart chart = vector.get(element.getAttribute("data-chart"));
                if (chart == null) {
                    return null;
                }
                return (e, x, y, width, height, device, context, dotsPerPixel) -> {
                    device.drawWithGraphics((float) x, (float) y, (float) width / dotsPerPixel, (float) height / dotsPerPixel,
                            g -> chart.draw(g, new Rectangle2D.Double(0, 0, width / dotsPerPixel, height / dotsPerPixel)));
                    return null;
                };
            }

            @Override
            public boolean isReplacedObject(Element element) {
                return vector.containsKey(element.getAttribute("data-chart"));
            }
        });
        builder.toStream(pdf);
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its CSS notes (e.g. screen-only @media rules skipped) are not for users
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            builder.run();
        } catch (RuntimeException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        out.write(deterministic(pdf.toByteArray(), study, document));
    }

    /** JFreeChart kinds become an object the drawer paints as vectors; others a 300 DPI PNG. */
    private String embed(Study study, ChartSpec chart, Map<String, JFreeChart> vector) throws IOException, InputException {
        ChartRenderer renderer = html.renderer(chart);
        double ratio = (double) chart.getHeight() / chart.getWidth();
        // 178 mm is the text width of an A4 page with these margins.
        String size = "width: 178mm; height: " + Math.round(178 * ratio) + "mm;";
        if (org.studybench.core.Guarded.target(renderer) instanceof JFreeChartRenderer j) {
            vector.put(chart.getName(), j.chart(study, chart));
            return "<object class=\"chart\" type=\"application/x-studybench-chart\" data-chart=\"" + Html.escape(chart.getName()) + "\" style=\"" + size
                    + "\"></object>";
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        renderer.render(study, chart, "png", 300, png);
        return "<img alt=\"" + Html.escape(chart.getName()) + "\" style=\"" + size + "\" src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/>";
    }

    /** Dates from the study (not the clock), no random file identifier: the same study gives the same bytes. */
    private static byte[] deterministic(byte[] pdf, Study study, String document) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            Calendar date = studyDate(study.getDate());
            info.setCreationDate(date);
            info.setModificationDate(date);
            info.setProducer("StudyBench");
            info.setTitle(study.getTitle());
            // The file identifier from the content (PDFBox would otherwise make one from the clock).
            byte[] id;
            try {
                id = java.util.Arrays.copyOf(java.security.MessageDigest.getInstance("SHA-256").digest(document.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
            org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            ids.add(new org.apache.pdfbox.cos.COSString(id));
            doc.getDocument().setDocumentID(ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static Calendar studyDate(String date) {
        Calendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.clear();
        int year = 2000;
        int month = 1;
        if (date != null && date.matches("\\d{4}(-\\d{2}.*)?")) {
            year = Integer.parseInt(date.substring(0, 4));
            if (date.length() >= 7) {
                month = Integer.parseInt(date.substring(5, 7));
            }
        }
        c.set(year, month - 1, 1, 0, 0, 0);
        return c;
    }
}
