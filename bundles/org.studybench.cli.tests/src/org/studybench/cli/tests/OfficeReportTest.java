package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFPictureShape;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

/**
 * Both example studies' reports as Word documents and slides, opened with Apache POI: the same numbers as
 * the HTML report (every cell of its saved tables and of its findings table), native tables with letters,
 * charts as pictures (PowerPoint's with a vector SVG), and the same bytes from the same study.
 */
class OfficeReportTest {

    private static final Pattern CELL = Pattern.compile("<td>([^<]*)(?:<sup>([^<]*)</sup>)?</td>");

    @TempDir
    Path dir;

    @Test
    void wordAndPowerPointShowTheHtmlReportsNumbers() throws Exception {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(XWPFDocument.class.getClassLoader()); // POI finds its OOXML schemas through it in OSGi
        try {
            check();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void check() throws Exception {
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), CliRunner.BLOGMETER.toString(), "--out", dir.toString(), "--format", "html,pdf,docx,pptx");
        assertEquals(0, run.exitCode(), run.err());
        for (String study : new String[] { "ipsos-2013", "blogmeter-2013" }) {
            String html = Files.readString(dir.resolve(study + ".html"));
            List<String> expected = bannerCells(html);
            assertTrue(expected.size() > 20, study + ": the saved table is in the HTML report");

            List<String> word = new ArrayList<>();
            int pictures = 0;
            try (InputStream in = Files.newInputStream(dir.resolve(study + ".docx")); XWPFDocument docx = new XWPFDocument(in)) {
                for (XWPFTable table : docx.getTables()) {
                    table.getRows().forEach(r -> r.getTableCells().forEach(c -> word.add(c.getText())));
                }
                for (XWPFParagraph p : docx.getParagraphs()) {
                    pictures += p.getRuns().stream().mapToInt(r -> r.getEmbeddedPictures().size()).sum();
                }
                assertEquals("Heading1", docx.getParagraphs().get(0).getStyle(), "the title is a heading Word's navigation sees");
            }
            assertTrue(contains(word, expected), study + ": the Word tables hold every cell of the HTML table " + expected + "\n" + word);
            assertEquals(count(html, "<figure id=\"chart-"), pictures, study + ": one picture per chart");

            List<String> slides = new ArrayList<>();
            int svg = 0;
            int charts = 0;
            try (InputStream in = Files.newInputStream(dir.resolve(study + ".pptx")); XMLSlideShow pptx = new XMLSlideShow(in)) {
                for (XSLFSlide slide : pptx.getSlides()) {
                    for (XSLFShape shape : slide.getShapes()) {
                        if (shape instanceof XSLFTable table) {
                            for (XSLFTableRow row : table.getRows()) {
                                for (XSLFTableCell cell : row.getCells()) {
                                    slides.add(cell.getText());
                                }
                            }
                        } else if (shape instanceof XSLFPictureShape picture) {
                            charts++;
                            svg += picture.getSvgImage() != null ? 1 : 0;
                        }
                    }
                }
            }
            assertTrue(contains(slides, expected), study + ": the slides' tables hold every cell of the HTML table\n" + slides);
            assertEquals(count(html, "<figure id=\"chart-"), charts, study + ": one slide per chart");
            assertEquals(charts, svg, study + ": every chart also as a vector image");
        }
        // the same study gives the same bytes
        Path again = dir.resolve("again");
        assertEquals(0, CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", again.toString(), "--format", "docx,pptx").exitCode());
        for (String file : new String[] { "ipsos-2013.docx", "ipsos-2013.pptx" }) {
            assertArrayEquals(Files.readAllBytes(dir.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    /** The cells of the HTML report's saved tables (figure class="table"), each as its text with its letters. */
    private static List<String> bannerCells(String html) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        while ((from = html.indexOf("<figure class=\"table\"", from)) >= 0) {
            int end = html.indexOf("</figure>", from);
            Matcher m = CELL.matcher(html.substring(from, end));
            while (m.find()) {
                if (!m.group(1).isEmpty()) {
                    cells.add(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
                }
            }
            from = end;
        }
        return cells;
    }

    /** Whether {@code actual} holds every cell of {@code expected} (as a multiset). */
    private static boolean contains(List<String> actual, List<String> expected) {
        List<String> left = new ArrayList<>(actual.stream().map(String::strip).toList());
        for (String cell : expected) {
            if (!left.remove(cell.replace("&lt;", "<"))) {
                return false;
            }
        }
        return true;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
