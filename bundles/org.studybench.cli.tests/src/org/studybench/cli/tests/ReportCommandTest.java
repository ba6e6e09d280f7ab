package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theMainJobWritesASelfContainedReportWithTheSixPublishedFindings() throws Exception {
        Path out = dir.resolve("out");
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        Path html = out.resolve("ipsos-2013.html");
        assertEquals("ok      " + CliRunner.IPSOS + " -> " + html + " (findings from data: 0 computed, 1 reused; comparisons: 0 computed, 14 reused)\n", run.out());
        String page = Files.readString(html);
        for (String label : new String[] { "Use social tools mainly to talk with colleagues", "See security as a risk or obstacle of social tools",
                "See lost productivity as a risk or obstacle", "Say their IT department is a barrier to using social tools",
                "Say use at work is regulated out of concern for the company&#39;s image",
                "Say use at work is regulated out of concern for data loss" }) {
            assertTrue(page.contains(label), label);
        }
        assertTrue(page.contains("<td class=\"num\" title=\"71%\">71%<sup class=\"letters\">B</sup></td><td class=\"num\" title=\"60%\">60%</td>"));
        assertTrue(page.contains("<td class=\"num\" title=\"70%\">7 in 10</td>"));
        assertTrue(page.contains("Ipsos for Microsoft (2013). Social tools at work"));
        // the correction is the one stored with the results (Holm, the family default), named in the heading and the note
        assertTrue(page.contains("<th scope=\"col\" class=\"num\">p (Holm)</th>"), "adjusted-p heading");
        assertTrue(page.contains("<p class=\"note\">p (Holm): adjusted for the number of comparisons in the family (Holm's method). Significance at .05.</p>"),
                "adjusted-p note");
        // Self-contained: nothing fetched (namespace names like xmlns="http://www.w3.org/2000/svg" are identifiers, not requests).
        assertFalse(java.util.regex.Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//|url\\(\\s*['\"]?(https?:)?//|@import|<script|<link ").matcher(page).find(),
                "report must be self-contained");
        assertTrue(page.contains("<figure id=\"chart-gaps\">\n<svg viewBox=\"0 0 800 560\""), "the chart inline as SVG");
        // Well-formed: the HTML (with its inline SVG) parses as XML.
        javax.xml.parsers.DocumentBuilderFactory xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        xml.newDocumentBuilder().parse(html.toFile());
    }

    @Test
    void reportsAreByteIdenticalAcrossRuns() throws Exception {
        CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.resolve("a").toString());
        CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.resolve("b").toString());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/ipsos-2013.html")), Files.readAllBytes(dir.resolve("b/ipsos-2013.html")));
    }

    @Test
    void aBatchKeepsGoingAfterAFailingStudyAndExitsWithOne() throws Exception {
        Path invalid = dir.resolve("invalid.study");
        Files.createDirectories(dir.resolve("data")); // its data beside it (a missing data file is an error of its own)
        Files.copy(CliRunner.IPSOS.resolveSibling("data/respondents.parquet"), dir.resolve("data/respondents.parquet"));
        Files.writeString(invalid, Files.readString(CliRunner.IPSOS).replace("value=\"0.71\"", "value=\"71\""));
        Path out = dir.resolve("out");
        Run run = CliRunner.run("report", invalid.toString(), CliRunner.IPSOS.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertEquals("FAILED  " + invalid + "\nok      " + CliRunner.IPSOS + " -> " + out.resolve("ipsos-2013.html")
                + " (findings from data: 0 computed, 1 reused; comparisons: 0 computed, 14 reused)\n1 of 2 studies reported, 1 failed\n", run.out());
        assertEquals("studybench report: " + invalid + ": Finding 'security' has segment 'large' with proportion 71.0 outside 0..1 (write 0.71 for 71.0%)\n",
                run.err());
        assertFalse(Files.exists(out.resolve("invalid.html")));

        Run failFast = CliRunner.run("report", invalid.toString(), CliRunner.IPSOS.toString(), "--out", dir.resolve("ff").toString(), "--fail-fast");
        assertEquals(1, failFast.exitCode());
        assertFalse(Files.exists(dir.resolve("ff/ipsos-2013.html")));
    }

    /** --out naming a file (here the study itself) is refused in one line, the file untouched. */
    @Test
    void anOutFolderThatIsAFileIsAnInputError() throws Exception {
        Path probe = Files.writeString(dir.resolve("probe.study"), "not a folder");
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", probe.toString());
        assertEquals(1, run.exitCode(), run.err());
        assertEquals("studybench report: " + probe + ": is a file, not a folder; give a folder for the reports\n", run.err());
        assertEquals("not a folder", Files.readString(probe));
        Run below = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", probe.resolve("reports").toString());
        assertEquals(1, below.exitCode(), below.err());
        assertEquals("studybench report: " + probe.resolve("reports") + ": cannot make this folder: " + probe + " is a file\n", below.err());
    }

    @Test
    void anUnknownFormatIsAnInputError() throws Exception {
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.toString(), "--format", "odt");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("studybench report: unknown report format 'odt'; available: "), run.err());
        for (String format : new String[] { "html", "pdf", "docx", "pptx" }) {
            assertTrue(run.err().contains(format), run.err());
        }
    }

    /** PDF: opens with PDFBox, has the findings as text, page numbers, a contents entry and vector charts; same bytes twice. */
    @Test
    void pdfReportWithPageNumbersContentsAndVectorCharts() throws Exception {
        Run run = CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.resolve("a").toString(), "--format", "html,pdf");
        assertEquals(0, run.exitCode(), run.err());
        Path pdf = dir.resolve("a/ipsos-2013.pdf");
        assertTrue(run.out().contains(pdf.toString()), run.out());
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("See security as a risk or obstacle of social tools"), text);
            assertTrue(text.contains("Page 1 of " + doc.getNumberOfPages()), text);
            assertTrue(text.contains("Charts"), text);
            assertEquals("StudyBench", doc.getDocumentInformation().getProducer());
            assertEquals(2013, doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR), "dated by the study, not the clock");
        }
        CliRunner.run("report", CliRunner.IPSOS.toString(), "--out", dir.resolve("b").toString(), "--format", "pdf");
        assertArrayEquals(Files.readAllBytes(pdf), Files.readAllBytes(dir.resolve("b/ipsos-2013.pdf")), "deterministic");
    }

    /** A second report of a study gets a file of its own; an unknown one is refused naming the study's reports. */
    @Test
    void anotherReportThanTheFirstIsWrittenBesideIt() throws Exception {
        Path study = copyOf(CliRunner.BLOGMETER.getParent(), dir.resolve("blogmeter"));
        org.studybench.model.study.Study s = org.studybench.model.io.StudyResources.load(study);
        org.studybench.model.study.ReportSpec second = org.eclipse.emf.ecore.util.EcoreUtil.copy(s.getReports().get(0));
        second.setId(null);
        second.setName("short");
        s.getReports().add(second);
        org.studybench.model.io.StudyResources.save(s, study);
        Path out = dir.resolve("out");
        Run run = CliRunner.run("report", study.toString(), "--out", out.toString(), "--report", "short");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("blogmeter-2013-short.html")), run.out());
        assertFalse(Files.exists(out.resolve("blogmeter-2013.html")));
        Run unknown = CliRunner.run("report", study.toString(), "--out", out.toString(), "--report", "long");
        assertEquals(1, unknown.exitCode());
        assertEquals("studybench report: " + study + ": has no report named 'long'; it has [social-caring, short]\n", unknown.err());
    }

    /**
     * A study file is not trusted: a source address that is not a web address is shown but never a
     * live link, and an embedded picture is measured from its header before anything decodes it — a
     * few bytes claiming 100,000 × 100,000 pixels are refused in one line instead of exhausting memory.
     */
    @Test
    void untrustedLinksAndPicturesInAStudyCannotHarmItsReport() throws Exception {
        Path study = copyOf(CliRunner.BLOGMETER.getParent(), dir.resolve("blogmeter"));
        org.studybench.model.study.Study s = org.studybench.model.io.StudyResources.load(study);
        s.getSources().get(0).setUrl("javascript:alert(document.domain)");
        org.studybench.model.study.Section notes = org.studybench.model.study.StudyFactory.eINSTANCE.createSection();
        notes.setKind(org.studybench.model.study.SectionKind.TEXT);
        notes.setTitle("Notes");
        notes.setText("A logo: ![logo](data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(2, 1, true)) + ")\n\n"
                + "[a link](javascript:alert(1)) and [the publisher](https://example.org/report)");
        s.getReports().get(0).getSections().add(0, notes);
        org.studybench.model.io.StudyResources.save(s, study);
        Path out = dir.resolve("out");
        Run run = CliRunner.run("report", study.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String html = Files.readString(out.resolve("blogmeter-2013.html"));
        int script = html.indexOf("href=\"javascript:");
        assertEquals(-1, script, () -> "no script link: " + html.substring(Math.max(0, script - 300), Math.min(html.length(), script + 100)));
        assertTrue(html.contains("<span class=\"base\">javascript:alert(document.domain)</span>"), "the address is shown as text");
        assertTrue(html.contains("href=\"https://example.org/report\">the publisher</a>"), "a web link stays a link");
        assertTrue(html.contains("<img src=\"data:image/png;base64,"), "a small embedded picture stays");

        // a picture whose header claims 100,000 × 100,000 pixels (10^10): refused before decoding
        s = org.studybench.model.io.StudyResources.load(study);
        s.getReports().get(0).getSections().get(0).setText("![bomb](data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(png(100_000, 100_000, false)) + ")");
        org.studybench.model.io.StudyResources.save(s, study);
        Run bomb = CliRunner.run("report", study.toString(), "--out", dir.resolve("bomb").toString());
        assertEquals(1, bomb.exitCode(), bomb.err());
        assertEquals("studybench report: " + study + ": report section 'Notes': the embedded image 'bomb' is 100000 × 100000 pixels, above the limit of 40 "
                + "megapixels for an image in a report; scale it down\n", bomb.err());
        assertFalse(Files.exists(dir.resolve("bomb/blogmeter-2013.html")), "nothing written");
    }

    /** A PNG of {@code width} × {@code height}: a real one (drawn by ImageIO), or only its signature and header chunk. */
    private static byte[] png(int width, int height, boolean real) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        if (real) {
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", bytes);
            return bytes.toByteArray();
        }
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        out.writeInt(13);
        out.write(ihdr.array());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }

    private static Path copyOf(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to.resolve(CliRunner.BLOGMETER.getFileName().toString());
    }
}
