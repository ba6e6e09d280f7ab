package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

/**
 * Banners over a hand-made table whose numbers are known: SMEs answer yes 7 of 10, large firms 2 of
 * 10; country DE is exactly the large firms and IT the SMEs. Chi-square as R chisq.test(matrix(c(3,
 * 7, 8, 2), 2), correct = FALSE): X² = 5.0505, p = .0246; letters as in CrosstabCommandTest.
 */
class BannerCommandTest {

    @TempDir
    Path dir;

    private Path data() throws Exception {
        Path csv = dir.resolve("answers.csv");
        StringBuilder text = new StringBuilder("size,country,answer\n");
        String[][] rows = { { "SME", "IT", "yes", "7" }, { "SME", "IT", "no", "3" }, { "large", "DE", "yes", "2" }, { "large", "DE", "no", "8" } };
        for (String[] r : rows) {
            for (int i = 0; i < Integer.parseInt(r[3]); i++) {
                text.append(r[0]).append(',').append(r[1]).append(',').append(r[2]).append('\n');
            }
        }
        return Files.writeString(csv, text);
    }

    @Test
    void questionsByBreakdownsWithLettersPerBreakdown() throws Exception {
        Run run = CliRunner.run("banner", data().toString(), "--rows", "answer", "--cols", "size,country");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(String.join("\n", //
                "                        Total  size                country",
                "                        Total  SME (A)  large (B)  DE (A)   IT (B)",
                "answer",
                "        no              55.0%  30.0%    80.0% A    80.0% B  30.0%",
                "        yes             45.0%  70.0% B  20.0%      20.0%    70.0% A",
                "        Base (n)        20     10       10         10       10",
                "        p (chi-square)         .025                .025",
                "Cells: column percentages. Letters: the column's percentage is significantly higher (p < .05, bonferroni-adjusted within each row and "
                        + "breakdown) than that of the lettered column.",
                ""), run.out());
    }

    /**
     * A breakdown of 40 groups is lettered A … Z, AA … AN, and a cell's letters are separated by spaces. Group
     * g31 (AE) answers yes 90 of 100 times, every other group 10 of 100: as in ColumnLettersTest (R's
     * prop.test(c(90, 10), c(100, 100), correct = FALSE) p = 1.1e-29, times 780 pairs), AE exceeds the 39
     * others for yes and each other group exceeds AE for no.
     */
    @Test
    void fortyColumnsAreLetteredBeyondZ() throws Exception {
        StringBuilder text = new StringBuilder("group,answer\n");
        for (int g = 1; g <= 40; g++) {
            for (int i = 0; i < 100; i++) {
                text.append(String.format("g%02d,%s\n", g, i < (g == 31 ? 90 : 10) ? "yes" : "no"));
            }
        }
        Path csv = Files.writeString(dir.resolve("groups.csv"), text);
        Run run = CliRunner.run("banner", csv.toString(), "--rows", "answer", "--cols", "group");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("g26 (Z)") && run.out().contains("g27 (AA)"), run.out());
        assertTrue(run.out().contains("g40 (AN)"), run.out());
        assertTrue(run.out().contains("90.0% A B C D E F G H I J K L M N O P Q R S T U V W X Y Z AA AB AC AD AF AG AH AI AJ AK AL AM AN"), run.out());
        String no = run.out().lines().filter(l -> l.trim().startsWith("no")).findFirst().orElseThrow();
        assertEquals(39, no.split("90\\.0% AE", -1).length - 1, no);
    }

    /**
     * A mean row: ell (share of English learners) by school type in R's clustered api sample. References:
     * R 4.2.2, survey 4.1-1 (bundles/org.studybench.data.tests/references/column-means.R):
     * svymean(~ell, d) = 27.612021857923498; svyby(~ell, ~stype, d, svymean) = 29.694, 15.000, 22.680; the
     * differences E-H and E-M have p = .0058 and .0064 (svycontrast, t on 14 df), .0175 and .0193 after
     * Bonferroni over the three pairs, so E gets the letters of H and M; H-M (p = .061) none. Medians (untested) as
     * svyquantile with qrule = "math" (column-means.out).
     */
    @Test
    void meansWithDesignBasedLetters() throws Exception {
        Path fixtures = CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures");
        Run run = CliRunner.run("banner", fixtures.resolve("apiclus1.csv").toString(), "--rows", "ell", "--cols", "stype", "--weight", "pw", "--cluster", "dnum",
                "--means");
        assertEquals(0, run.exitCode(), run.err());
        String mean = run.out().lines().filter(l -> l.trim().startsWith("Mean")).findFirst().orElseThrow().trim().replaceAll("\\s+", " ");
        assertEquals("Mean 27.61 29.69 BC 15.00 22.68", mean);
        // medians as svyquantile(~ell, d, 0.5, qrule = "math") and svyby(..., svyquantile, ...): 26; 27, 11, 23
        String median = run.out().lines().filter(l -> l.trim().startsWith("Median")).findFirst().orElseThrow().trim().replaceAll("\\s+", " ");
        assertEquals("Median 26 27 11 23", median);
    }

    @Test
    void writesHtmlCsvAndXlsx() throws Exception {
        Path source = data();
        for (String format : new String[] { "html", "csv", "xlsx" }) {
            Path out = dir.resolve("out/banner." + format);
            Run run = CliRunner.run("banner", source.toString(), "--rows", "answer,size", "--cols", "country", "--out", out.toString());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("Wrote " + out + " (2 questions by 1 breakdowns, 3 columns)\n", run.out());
            assertTrue(Files.size(out) > 0);
        }
        String html = Files.readString(dir.resolve("out/banner.html"));
        assertTrue(html.contains("<td>70.0%<sup>A</sup></td>"), html);
        // Well-formed: the HTML is also valid XML.
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("out/banner.html").toFile());
        String csv = Files.readString(dir.resolve("out/banner.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith(",,Total,country,\r\n,,Total,DE (A),IT (B)\r\nanswer,,,,\r\n,no,55.0%,80.0% B,30.0%\r\n"), csv);
        try (ZipFile xlsx = new ZipFile(dir.resolve("out/banner.xlsx").toFile())) {
            assertTrue(xlsx.getEntry("xl/worksheets/sheet1.xml") != null);
        }
        Run bad = CliRunner.run("banner", source.toString(), "--rows", "answer", "--cols", "country", "--out", dir.resolve("banner.docx").toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("unknown banner format '.docx'; expected .html, .csv or .xlsx"), bad.err());
    }

    /**
     * Labels a spreadsheet would run as formulas (OWASP "CSV injection") are written as text in CSV: a
     * leading apostrophe; numbers stay numbers; --keep-formulas writes them as they are.
     */
    @Test
    void csvCellsThatWouldBeFormulasAreWrittenAsText() throws Exception {
        Path csv = dir.resolve("hostile.csv");
        Files.writeString(csv, String.join("\n", "answer,group",
                "\"=cmd|' /C calc'!A0\",a", "\"=HYPERLINK(\"\"http://x\"\")\",a", "+SUM(1),b", "@SUM(1),b", "-2+3,a", "plain,b", ""));
        Path out = dir.resolve("out/hostile.csv");
        Run run = CliRunner.run("banner", csv.toString(), "--rows", "answer", "--cols", "group", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        for (String formula : new String[] { "=cmd|' /C calc'!A0", "=HYPERLINK(", "+SUM(1)", "@SUM(1)", "-2+3" }) {
            assertTrue(written.contains("'" + formula), formula + " written as text: " + written);
            assertTrue(!written.matches("(?s).*(^|[,\"\n])" + java.util.regex.Pattern.quote(formula) + ".*"), formula + " never starts a cell: " + written);
        }
        assertTrue(written.contains(",plain,"), written);
        assertTrue(written.contains("Base (n),6,3,3"), "numbers stay numbers: " + written);

        Run kept = CliRunner.run("banner", csv.toString(), "--rows", "answer", "--cols", "group", "--out", out.toString(), "--keep-formulas");
        assertEquals(0, kept.exitCode(), kept.err());
        String raw = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(raw.contains(",+SUM(1),") && !raw.contains("'+SUM(1)"), raw);

        // a tab or carriage return first (the CSV reader trims them from data, a label may still have them)
        assertEquals("'\tx=1", org.studybench.banner.SpreadsheetText.neutralized("\tx=1"));
        assertEquals("'\r=1", org.studybench.banner.SpreadsheetText.neutralized("\r=1"));
        // a line feed: the CSV importer turns a carriage return inside a quoted field into one
        assertEquals("'\n=cmd|' /C calc'!A0", org.studybench.banner.SpreadsheetText.neutralized("\n=cmd|' /C calc'!A0"));
        assertEquals("-1.5", org.studybench.banner.SpreadsheetText.neutralized("-1.5"));
        assertEquals("+12%", org.studybench.banner.SpreadsheetText.neutralized("+12%"));
        assertEquals("'-", org.studybench.banner.SpreadsheetText.neutralized("-"));
    }
}
