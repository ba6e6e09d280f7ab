package org.studybench.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The HTML report's document as a Word document: the same headings, paragraphs, lists and tables (native
 * Word tables, merged header cells, letters as superscripts), charts as pictures. Reading the HTML renderer's
 * XHTML keeps the two formats' content the same by construction. Elements the report does not use are read
 * for their text.
 */
final class XhtmlToDocx {

    /** A chart's picture: PNG bytes and the size to show it at, in points. */
    record Picture(byte[] png, double widthPoints, double heightPoints) {
    }

    private final XWPFDocument docx;
    private final Map<String, Picture> charts;

    private XhtmlToDocx(XWPFDocument docx, Map<String, Picture> charts) {
        this.docx = docx;
        this.charts = charts;
    }

    /** Writes {@code xhtml}'s body into {@code docx}; an {@code <img data-chart="NAME"/>} becomes {@code charts}' picture of that name. */
    static void convert(String xhtml, XWPFDocument docx, Map<String, Picture> charts) throws IOException {
        headingStyles(docx);
        Element body = (Element) parse(xhtml).getElementsByTagName("body").item(0);
        new XhtmlToDocx(docx, charts).blocks(body);
    }

    static org.w3c.dom.Document parse(String xhtml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("the report could not be read for Word: " + e.getMessage(), e);
        }
    }

    /** Block-level content of {@code parent}, in order. */
    private void blocks(Element parent) throws IOException {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                block(e);
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                XWPFParagraph p = docx.createParagraph();
                run(p, n.getTextContent().strip(), Style.PLAIN);
            }
        }
    }

    private void block(Element e) throws IOException {
        switch (e.getTagName()) {
            case "nav", "style", "script", "svg", "colgroup" -> {
                // the contents list is Word's job (headings are styled); styles and drawings are not content
            }
            case "h1", "h2", "h3", "h4" -> {
                XWPFParagraph p = docx.createParagraph();
                p.setStyle("Heading" + e.getTagName().charAt(1));
                inline(p, e, Style.PLAIN);
            }
            case "p", "dt", "dd", "figcaption", "footer" -> {
                XWPFParagraph p = docx.createParagraph();
                Style style = switch (e.getTagName()) {
                    case "dt" -> Style.BOLD;
                    case "figcaption" -> Style.ITALIC;
                    case "footer" -> Style.SMALL;
                    default -> e.getAttribute("class").contains("note") ? Style.SMALL : Style.PLAIN;
                };
                if (e.getTagName().equals("dd")) {
                    p.setIndentationLeft(360);
                }
                inline(p, e, style);
            }
            case "ul", "ol" -> {
                int number = 0;
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element li && li.getTagName().equals("li")) {
                        XWPFParagraph p = docx.createParagraph();
                        p.setIndentationLeft(360);
                        p.setIndentationHanging(240);
                        run(p, e.getTagName().equals("ol") ? ++number + ". " : "• ", Style.PLAIN);
                        inline(p, li, Style.PLAIN);
                    }
                }
            }
            case "table" -> table(e);
            case "img" -> picture(e);
            case "pre" -> {
                XWPFParagraph p = docx.createParagraph();
                run(p, e.getTextContent(), Style.CODE);
            }
            default -> blocks(e); // header, main, section, div, figure, dl, blockquote: their blocks
        }
    }

    private void picture(Element img) throws IOException {
        Picture picture = charts.get(img.getAttribute("data-chart"));
        if (picture == null) {
            return;
        }
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG, img.getAttribute("data-chart") + ".png",
                    Units.toEMU(picture.widthPoints()), Units.toEMU(picture.heightPoints()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException("chart '" + img.getAttribute("data-chart") + "' could not be placed in the Word document", e);
        }
    }

    /** A native Word table: one row per {@code tr}, a header cell spanning {@code colspan} grid columns. */
    private void table(Element html) {
        java.util.List<Element> rows = new java.util.ArrayList<>();
        collect(html, "tr", rows);
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = docx.createTable();
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW() : table.getCTTbl().getTblPr().addNewTblW();
        if (html.getAttribute("class").contains("banner")) { // a banner as wide as its columns need
            width.setType(STTblWidth.AUTO);
            width.setW(BigInteger.ZERO);
        } else { // findings and comparisons over the text width, as in HTML
            width.setType(STTblWidth.PCT);
            width.setW(BigInteger.valueOf(5000));
        }
        boolean first = true;
        for (Element tr : rows) {
            XWPFTableRow row = first ? table.getRow(0) : table.createRow();
            java.util.List<Element> cells = new java.util.ArrayList<>();
            for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element c && (c.getTagName().equals("td") || c.getTagName().equals("th"))) {
                    cells.add(c);
                }
            }
            while (row.getTableCells().size() > cells.size() && row.getTableCells().size() > 1) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            while (row.getTableCells().size() < cells.size()) {
                row.addNewTableCell();
            }
            for (int i = 0; i < cells.size(); i++) {
                Element c = cells.get(i);
                XWPFTableCell cell = row.getCell(i);
                String span = c.getAttribute("colspan");
                if (!span.isEmpty() && Integer.parseInt(span) > 1) {
                    cell.getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(Integer.parseInt(span)));
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                boolean header = c.getTagName().equals("th");
                boolean number = !header && isNumber(c.getTextContent());
                p.setAlignment(number ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
                p.setSpacingAfter(0);
                inline(p, c, header ? Style.BOLD : Style.PLAIN);
            }
            first = false;
        }
    }

    /** A number, percentage or p-value, with letters after it ("39.9%B", "< .001", "–"): right-aligned as in HTML. */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[<–.\\d][\\d.,%*\\s–<]*[A-Z ]*");

    private static void collect(Element e, String tag, java.util.List<Element> out) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                if (c.getTagName().equals(tag)) {
                    out.add(c);
                } else if (!c.getTagName().equals("table")) {
                    collect(c, tag, out);
                }
            }
        }
    }

    /** How a run looks. */
    private enum Style {
        PLAIN, BOLD, ITALIC, SMALL, CODE, SUPERSCRIPT;
    }

    /** The inline content of {@code e} as runs of {@code p}: bold, italics, superscript letters, code, line breaks. */
    private void inline(XWPFParagraph p, Element e, Style style) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE) {
                String text = n.getTextContent().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    run(p, text, style);
                }
            } else if (n instanceof Element c) {
                switch (c.getTagName()) {
                    case "strong", "b", "th" -> inline(p, c, Style.BOLD);
                    case "em", "i", "cite" -> inline(p, c, Style.ITALIC);
                    case "sup" -> inline(p, c, Style.SUPERSCRIPT);
                    case "code" -> inline(p, c, Style.CODE);
                    case "br" -> p.createRun().addBreak();
                    case "svg", "style" -> {
                    }
                    case "span" -> {
                        if (c.getAttribute("class").contains("base")) { // shown on a line of its own in HTML
                            p.createRun().addBreak();
                            inline(p, c, Style.SMALL);
                        } else {
                            inline(p, c, style);
                        }
                    }
                    default -> inline(p, c, style);
                }
            }
        }
    }

    private static void run(XWPFParagraph p, String text, Style style) {
        XWPFRun r = p.createRun();
        r.setText(text);
        switch (style) {
            case BOLD -> r.setBold(true);
            case ITALIC -> r.setItalic(true);
            case SMALL -> {
                r.setFontSize(9);
                r.setColor("555555");
            }
            case CODE -> r.setFontFamily("DejaVu Sans Mono");
            case SUPERSCRIPT -> {
                r.setVerticalAlignment("superscript");
                r.setBold(true);
                r.setColor("0B5CAD");
            }
            default -> {
            }
        }
    }

    /** Heading 1 to 4 as Word styles (outline levels: Word's navigation pane and table of contents see them). */
    private static void headingStyles(XWPFDocument docx) {
        var styles = docx.createStyles();
        double[] sizes = { 20, 15, 12.5, 11 };
        for (int level = 1; level <= 4; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            CTString name = style.addNewName();
            name.setVal("heading " + level);
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            CTDecimalNumber outline = paragraph.addNewOutlineLvl();
            outline.setVal(BigInteger.valueOf(level - 1));
            paragraph.addNewKeepNext();
            paragraph.addNewSpacing().setBefore(BigInteger.valueOf(level == 1 ? 0 : 240));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(Math.round(sizes[level - 1] * 2)));
            styles.addStyle(new XWPFStyle(style));
        }
    }
}
