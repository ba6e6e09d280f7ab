package org.studybench.report.internal;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.sl.usermodel.PictureData;
import org.apache.poi.sl.usermodel.TextParagraph;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureData;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
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
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The report's tables and charts as slides (PPTX): a title slide, then one slide per chart (a picture that
 * PowerPoint draws from its vector SVG, with a PNG for other programs) and one per table (a native table,
 * letters as superscripts; a long table continues on further slides under its header rows, a banner's
 * questions kept whole). Read from the HTML report's document, so the numbers are the HTML report's.
 * The same study gives the same bytes ({@link StableZip}).
 */
@Component(service = ReportRenderer.class, reference = @Reference(name = HtmlReportRenderer.REGISTRY, service = Registry.class))
public class PptxReportRenderer implements ReportRenderer {

    private static final double WIDTH = 960;
    private static final double HEIGHT = 540;
    private static final double MARGIN = 30;
    private static final double TITLE_HEIGHT = 60;
    /** Rows of a table that fit on one slide at the table's font size. */
    private static final int ROWS_PER_SLIDE = 17;

    private record Chart(byte[] png, byte[] svg, ChartSpec spec) {
    }

    private final HtmlReportRenderer html = new HtmlReportRenderer();

    @Activate
    void activate(ComponentContext context) {
        html.setRegistry(() -> (Registry) context.locateService(HtmlReportRenderer.REGISTRY));
    }

    @Override
    public String id() {
        return "pptx";
    }

    @Override
    public String label() {
        return "PowerPoint slides";
    }

    @Override
    public String description() {
        return "The report's tables and charts as slides (PPTX): one per chart or table, native tables with letters, vector charts.";
    }

    @Override
    public String fileExtension() {
        return "pptx";
    }

    @Override
    public void render(Study study, ReportSpec report, OutputStream out) throws IOException, InputException {
        Map<String, Chart> charts = new LinkedHashMap<>();
        String document = html.document(study, report, (s, chart) -> {
            charts.put(chart.getName(), chart(s, chart));
            return "<img data-chart=\"" + Html.escape(chart.getName()) + "\" alt=\"" + Html.escape(chart.getName()) + "\"/>";
        }, "");
        ByteArrayOutputStream pptx = new ByteArrayOutputStream();
        Office.withOfficeSchemas(() -> {
            try (XMLSlideShow show = new XMLSlideShow()) {
                show.setPageSize(new Dimension((int) WIDTH, (int) HEIGHT));
                Element body = (Element) XhtmlToDocx.parse(document).getElementsByTagName("body").item(0);
                titleSlide(show, body);
                slides(show, body, charts, null);
                Office.properties(show.getProperties(), study, report);
                show.write(pptx);
            }
        });
        out.write(StableZip.normalized(pptx.toByteArray()));
    }

    private Chart chart(Study study, ChartSpec chart) throws IOException, InputException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        html.renderer(chart).render(study, chart, "png", 200, png);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        html.renderer(chart).render(study, chart, "svg", 96, svg);
        return new Chart(png.toByteArray(), svg.toByteArray(), chart);
    }

    private static void titleSlide(XMLSlideShow show, Element body) {
        Element header = first(body, "header");
        if (header == null) {
            return;
        }
        XSLFSlide slide = show.createSlide();
        Element h1 = first(header, "h1");
        text(slide, h1 == null ? "" : squeeze(h1.getTextContent()), new Rectangle2D.Double(MARGIN * 2, 150, WIDTH - 4 * MARGIN, 120), 34, true);
        List<String> lines = new ArrayList<>();
        for (Node n = header.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element p && p.getTagName().equals("p") && lines.size() < 2) {
                lines.add(squeeze(p.getTextContent()));
            }
        }
        text(slide, String.join("\n", lines), new Rectangle2D.Double(MARGIN * 2, 280, WIDTH - 4 * MARGIN, 100), 16, false);
    }

    /** A slide per chart and per table found under {@code e}; {@code title} is the nearest section heading. */
    private void slides(XMLSlideShow show, Element e, Map<String, Chart> charts, String title) throws IOException {
        String heading = title;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element c)) {
                continue;
            }
            switch (c.getTagName()) {
                case "h2" -> heading = squeeze(c.getTextContent());
                case "nav", "header", "footer" -> {
                }
                case "figure" -> {
                    Element caption = first(c, "figcaption");
                    String name = caption == null ? heading : squeeze(caption.getTextContent());
                    Element img = first(c, "img");
                    if (img != null && charts.containsKey(img.getAttribute("data-chart"))) {
                        chartSlide(show, name, charts.get(img.getAttribute("data-chart")));
                    } else {
                        slides(show, c, charts, name);
                    }
                }
                case "table" -> tableSlides(show, c, heading);
                default -> slides(show, c, charts, heading);
            }
        }
    }

    private static void chartSlide(XMLSlideShow show, String title, Chart chart) throws IOException {
        XSLFSlide slide = show.createSlide();
        text(slide, title, new Rectangle2D.Double(MARGIN, 15, WIDTH - 2 * MARGIN, TITLE_HEIGHT - 15), titleSize(title), true);
        double room = HEIGHT - TITLE_HEIGHT - MARGIN;
        double scale = Math.min((WIDTH - 2 * MARGIN) / chart.spec().getWidth(), room / chart.spec().getHeight());
        double w = chart.spec().getWidth() * scale;
        double h = chart.spec().getHeight() * scale;
        XSLFPictureData png = show.addPicture(chart.png(), PictureData.PictureType.PNG);
        XSLFPictureShape picture = slide.createPicture(png);
        picture.setAnchor(new Rectangle2D.Double((WIDTH - w) / 2, TITLE_HEIGHT, w, h));
        // PowerPoint draws the vector image; programs without SVG support show the PNG
        picture.setSvgImage(show.addPicture(chart.svg(), PictureData.PictureType.SVG));
    }

    /** One or more slides for a table: its header rows on each, body rows (a banner's questions whole) as many as fit. */
    private static void tableSlides(XMLSlideShow show, Element table, String title) {
        List<Element> head = new ArrayList<>();
        List<List<Element>> groups = new ArrayList<>(); // rows kept together: a tbody, or one row
        for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element part) {
                switch (part.getTagName()) {
                    case "thead" -> head.addAll(children(part, "tr"));
                    case "tbody" -> {
                        List<Element> rows = children(part, "tr");
                        if (rows.size() <= ROWS_PER_SLIDE / 2) {
                            groups.add(rows);
                        } else {
                            rows.forEach(r -> groups.add(List.of(r)));
                        }
                    }
                    case "tr" -> groups.add(List.of(part));
                    default -> {
                    }
                }
            }
        }
        List<List<Element>> pages = new ArrayList<>();
        List<Element> page = new ArrayList<>();
        int used = 0;
        int room = ROWS_PER_SLIDE - lines(head);
        for (List<Element> group : groups) {
            int needed = lines(group);
            if (!page.isEmpty() && used + needed > room) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.addAll(group);
            used += needed;
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        for (int k = 0; k < pages.size(); k++) {
            List<Element> rows = new ArrayList<>(head);
            rows.addAll(pages.get(k));
            XSLFSlide slide = show.createSlide();
            text(slide, title + (pages.size() > 1 ? " (" + (k + 1) + " of " + pages.size() + ")" : ""),
                    new Rectangle2D.Double(MARGIN, 15, WIDTH - 2 * MARGIN, TITLE_HEIGHT - 15), titleSize(title), true);
            nativeTable(slide, rows, head.size());
        }
    }

    /** The text lines the rows take: a cell with a second line (a base under a finding, a line break) makes its row two. */
    private static int lines(List<Element> rows) {
        int lines = 0;
        for (Element tr : rows) {
            int most = 1;
            for (Element cell : cells(tr)) {
                int breaks = 1 + cell.getElementsByTagName("br").getLength();
                var spans = cell.getElementsByTagName("span");
                for (int i = 0; i < spans.getLength(); i++) {
                    if (((Element) spans.item(i)).getAttribute("class").contains("base")) {
                        breaks++;
                    }
                }
                most = Math.max(most, breaks + (squeeze(cell.getTextContent()).length() > 60 ? 1 : 0));
            }
            lines += most;
        }
        return lines;
    }

    /** The rows as a native table on a grid as wide as the widest row (cells spanning columns merged). */
    private static void nativeTable(XSLFSlide slide, List<Element> rows, int headerRows) {
        int columns = 0;
        for (Element tr : rows) {
            int width = 0;
            for (Element cell : cells(tr)) {
                width += span(cell);
            }
            columns = Math.max(columns, width);
        }
        if (columns == 0) {
            return;
        }
        double[] longest = new double[columns];
        XSLFTable table = slide.createTable();
        List<int[]> merges = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            row.setHeight(20);
            int column = 0;
            for (Element html : cells(rows.get(r))) {
                int span = span(html);
                XSLFTableCell cell = row.addCell();
                fill(cell, html, r < headerRows || html.getTagName().equals("th"));
                if (span == 1) {
                    longest[column] = Math.max(longest[column], squeeze(html.getTextContent()).length());
                } else {
                    merges.add(new int[] { r, column, column + span - 1 });
                }
                for (int extra = 1; extra < span; extra++) {
                    row.addCell();
                }
                column += span;
            }
            while (column < columns) {
                row.addCell();
                column++;
            }
        }
        double total = 0;
        for (int c = 0; c < columns; c++) {
            longest[c] = Math.min(40, Math.max(5, longest[c]));
            total += longest[c];
        }
        for (int c = 0; c < columns; c++) {
            table.setColumnWidth(c, (WIDTH - 2 * MARGIN) * longest[c] / total);
        }
        for (int[] m : merges) {
            table.mergeCells(m[0], m[0], m[1], m[2]);
        }
        table.setAnchor(new Rectangle2D.Double(MARGIN, TITLE_HEIGHT + 5, WIDTH - 2 * MARGIN, 20.0 * rows.size()));
    }

    private static void fill(XSLFTableCell cell, Element html, boolean header) {
        cell.clearText();
        XSLFTextParagraph p = cell.addNewTextParagraph();
        boolean number = !header && XhtmlToDocx.isNumber(html.getTextContent());
        p.setTextAlign(number ? TextParagraph.TextAlign.RIGHT : TextParagraph.TextAlign.LEFT);
        runs(p, html, header, false);
        cell.setBottomInset(2);
        cell.setTopInset(2);
        if (html.getAttribute("class").contains("banner-question") || html.getParentNode() instanceof Element tr && tr.getAttribute("class").equals("family")) {
            cell.setFillColor(new Color(0xF1, 0xF3, 0xF5));
        }
        cell.setBorderColor(org.apache.poi.sl.usermodel.TableCell.BorderEdge.bottom, new Color(0xDD, 0xDD, 0xDD));
    }

    private static void runs(XSLFTextParagraph p, Element e, boolean bold, boolean superscript) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                String text = n.getTextContent().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    XSLFTextRun run = p.addNewTextRun();
                    run.setText(text);
                    run.setFontSize(superscript ? 9.0 : 11.0);
                    run.setBold(bold || superscript);
                    if (superscript) {
                        run.setSuperscript(true);
                        run.setFontColor(new Color(0x0B, 0x5C, 0xAD));
                    }
                }
            } else if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "sup" -> runs(p, c, bold, true);
                    case "strong", "b" -> runs(p, c, true, superscript);
                    case "br" -> p.addLineBreak();
                    case "span" -> {
                        if (c.getAttribute("class").contains("base")) {
                            p.addLineBreak();
                        }
                        runs(p, c, false, superscript);
                    }
                    default -> runs(p, c, bold, superscript);
                }
            }
        }
    }

    /** A slide title's size: smaller for a long one, so that it stays on one line above the content. */
    private static double titleSize(String title) {
        return title.length() > 70 ? 16 : title.length() > 55 ? 19 : 22;
    }

    private static void text(XSLFSlide slide, String text, Rectangle2D anchor, double size, boolean bold) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(anchor);
        box.clearText();
        XSLFTextParagraph p = box.addNewTextParagraph();
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
    }

    private static List<Element> cells(Element tr) {
        List<Element> out = new ArrayList<>();
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && (c.getTagName().equals("td") || c.getTagName().equals("th"))) {
                out.add(c);
            }
        }
        return out;
    }

    private static int span(Element cell) {
        String span = cell.getAttribute("colspan");
        return span.isEmpty() ? 1 : Math.max(1, Integer.parseInt(span));
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element first(Element e, String tag) {
        var list = e.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
