package org.studybench.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;

/**
 * The report as a Word document (DOCX): the HTML report's content in Word's own headings, paragraphs and
 * tables, charts as pictures ({@link XhtmlToDocx}). The same study gives the same bytes: dates from the
 * study, ZIP entry times fixed ({@link StableZip}).
 */
@Component(service = ReportRenderer.class, reference = @Reference(name = HtmlReportRenderer.REGISTRY, service = Registry.class))
public class DocxReportRenderer implements ReportRenderer {

    /** The text width of an A4 page with Word's default 2.54 cm margins, in points. */
    static final double TEXT_WIDTH_POINTS = 451;

    private final HtmlReportRenderer html = new HtmlReportRenderer();

    @Activate
    void activate(ComponentContext context) {
        html.setRegistry(() -> (Registry) context.locateService(HtmlReportRenderer.REGISTRY));
    }

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String label() {
        return "Word report";
    }

    @Override
    public String description() {
        return "The HTML report as a Word document (DOCX): headings, native tables with letters, charts as pictures.";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void render(Study study, ReportSpec report, OutputStream out) throws IOException, InputException {
        Map<String, XhtmlToDocx.Picture> charts = new LinkedHashMap<>();
        String document = html.document(study, report, (s, chart) -> {
            charts.put(chart.getName(), picture(s, chart));
            return "<img data-chart=\"" + Html.escape(chart.getName()) + "\" alt=\"" + Html.escape(chart.getName()) + "\"/>";
        }, "");
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        Office.withOfficeSchemas(() -> {
            try (XWPFDocument doc = new XWPFDocument()) {
                XhtmlToDocx.convert(document, doc, charts);
                Office.properties(doc.getProperties(), study, report);
                doc.write(docx);
            }
        });
        out.write(StableZip.normalized(docx.toByteArray()));
    }

    /** The chart as a 200 DPI PNG at the text width (or its own width when narrower). */
    private XhtmlToDocx.Picture picture(Study study, ChartSpec chart) throws IOException, InputException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        html.renderer(chart).render(study, chart, "png", 200, png);
        double width = Math.min(TEXT_WIDTH_POINTS, chart.getWidth() * 0.75);
        return new XhtmlToDocx.Picture(png.toByteArray(), width, width * chart.getHeight() / chart.getWidth());
    }
}
