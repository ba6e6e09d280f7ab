package org.studybench.banner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.studybench.model.io.AtomicFiles;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * Writes a {@link Banner} as plain-text rows (terminal), CSV, self-contained HTML or an XLSX
 * workbook. Files are written atomically ({@link AtomicFiles}), so a failed export never leaves a
 * half-written table.
 */
public final class BannerWriter {

    private BannerWriter() {
    }

    /** The formats {@link #write} knows, by file extension. */
    public static final List<String> FORMATS = List.of("html", "csv", "xlsx");

    /** The explanation printed under every banner. */
    public static String note(Banner b) {
        Banner.Display d = b.display();
        String cells = "Cells: " + (b.weighted() ? "weighted " : "") + "column percentages" + (d.counts() ? ", respondents (n) beneath" : "") + ".";
        String letters = !d.letters() ? "" : " Letters: the column's percentage is significantly higher (p < "
                + java.math.BigDecimal.valueOf(b.alpha()).toPlainString().replaceFirst("^0\\.", ".") + ", " + b.correction().id() + "-adjusted within each row and breakdown) than that of the lettered column"
                + (b.design() ? "; design-based tests of each difference (weights, clusters and strata), t on the design's df" : "") + ".";
        String small = d.minimumBase() <= 0 ? "" : " * Fewer than " + d.minimumBase() + " respondents: no letters to or from this column.";
        String sets = b.blocks().stream().noneMatch(Banner.Block::multipleResponse) ? ""
                : " Multiple-response sets: each item's share of the respondents who answered any of the set's items (more than one may be selected).";
        return cells + letters + small + sets;
    }

    /** An answer's percentage in column j as shown. */
    private static String percent(Banner b, Banner.Block block, int i, int j) {
        return percent(b, block, block.percent()[i][j], j);
    }

    /** A percentage of column j as shown: one decimal, a star for a small base, "–" where nobody in the column answered. */
    private static String percent(Banner b, Banner.Block block, double percent, int j) {
        if (!(block.bases()[j] > 0)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.1f%%", percent) + (block.smallBase(j, b.display().minimumBase()) ? "*" : "");
    }

    /** A median: the answer's value as the data have it (whole numbers without decimals). */
    private static String median(double median) {
        return Double.isNaN(median) ? "–" : number(median);
    }

    private static String mean(double mean) {
        return Double.isNaN(mean) ? "–" : String.format(Locale.ROOT, "%.2f", mean);
    }

    private static String letters(Banner b, Banner.Block block, int i, int j) {
        return b.display().letters() ? block.letters()[i][j] : "";
    }

    private static String levelHeader(Banner b, Banner.Group g, int k) {
        return g.variable().isEmpty() || !b.display().letters() ? g.levelLabels().get(k) : g.levelLabels().get(k) + " (" + g.letter(k) + ")";
    }

    private static String testName(Banner b) {
        return b.design() ? "p (Rao-Scott F)" : "p (chi-square)";
    }

    /** The banner as rows of cells: two header rows, then per question a title row, its levels, bases and test. */
    public static List<String[]> grid(Banner b) {
        Banner.Display d = b.display();
        int columns = 2 + b.columnCount();
        List<String[]> rows = new ArrayList<>();
        String[] groups = blank(columns);
        String[] levels = blank(columns);
        int c = 2;
        for (Banner.Group g : b.groups()) {
            groups[c] = g.label();
            for (int k = 0; k < g.levels().size(); k++) {
                levels[c + k] = levelHeader(b, g, k);
            }
            c += g.levels().size();
        }
        rows.add(groups);
        rows.add(levels);
        for (Banner.Block block : b.blocks()) {
            String[] title = blank(columns);
            title[0] = block.label();
            rows.add(title);
            for (int i = 0; i < block.levels().size(); i++) {
                String[] line = blank(columns);
                line[1] = block.levelLabels().get(i);
                for (int j = 0; j < b.columnCount(); j++) {
                    line[2 + j] = (percent(b, block, i, j) + " " + letters(b, block, i, j)).trim();
                }
                rows.add(line);
                if (d.counts()) {
                    String[] n = blank(columns);
                    n[1] = "  n";
                    for (int j = 0; j < b.columnCount(); j++) {
                        n[2 + j] = number(block.counts()[i][j]);
                    }
                    rows.add(n);
                }
            }
            for (Banner.NetRow net : block.nets()) {
                String[] line = blank(columns);
                line[1] = net.label();
                for (int j = 0; j < b.columnCount(); j++) {
                    line[2 + j] = (percent(b, block, net.percent()[j], j) + " " + (d.letters() ? net.letters()[j] : "")).trim();
                }
                rows.add(line);
            }
            if (block.mean() != null) {
                String[] line = blank(columns);
                line[1] = "Mean";
                for (int j = 0; j < b.columnCount(); j++) {
                    line[2 + j] = (mean(block.mean().means()[j]) + " " + (d.letters() ? block.mean().letters()[j] : "")).trim();
                }
                rows.add(line);
            }
            if (block.mean() != null) {
                String[] line = blank(columns);
                line[1] = "Median";
                for (int j = 0; j < b.columnCount(); j++) {
                    line[2 + j] = median(block.mean().medians()[j]);
                }
                rows.add(line);
            }
            if (d.bases()) {
                String[] base = blank(columns);
                base[1] = "Base (n)";
                for (int j = 0; j < b.columnCount(); j++) {
                    base[2 + j] = number(block.bases()[j]);
                }
                rows.add(base);
            }
            if (b.weighted() && d.effectiveBases()) {
                String[] effective = blank(columns);
                effective[1] = "Effective base";
                for (int j = 0; j < b.columnCount(); j++) {
                    effective[2 + j] = String.format(Locale.ROOT, "%.1f", block.effectiveBases()[j]);
                }
                rows.add(effective);
            }
            if (d.tests() && !block.multipleResponse()) { // a set's items are not one question's answers: nothing to test as a whole
                String[] test = blank(columns);
                test[1] = testName(b);
                int start = 2 + 1;
                for (int g = 1; g < b.groups().size(); g++) {
                    test[start] = p(block.pValues()[g - 1]);
                    start += b.groups().get(g).levels().size();
                }
                rows.add(test);
            }
        }
        return rows;
    }

    /**
     * Writes the banner to {@code file} in the format its extension names (html, csv or xlsx); in CSV,
     * formula-like text cells are written as text ({@link SpreadsheetText}).
     */
    public static void write(Banner b, Path file, String title) throws IOException {
        write(b, file, title, false);
    }

    /** As {@link #write(Banner, Path, String)}; {@code keepFormulas} writes CSV cells exactly as they are, formula-like or not. */
    public static void write(Banner b, Path file, String title, boolean keepFormulas) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (!FORMATS.contains(extension)) {
            throw new IllegalArgumentException(file + ": unknown banner format '." + extension + "'; expected .html, .csv or .xlsx");
        }
        AtomicFiles.write(file, out -> {
            switch (extension) {
                case "csv" -> csv(b, out, keepFormulas);
                case "html" -> html(b, out, title);
                default -> xlsx(b, out, title);
            }
        });
    }

    private static void csv(Banner b, OutputStream out, boolean keepFormulas) throws IOException {
        // Flushed, not closed: the stream belongs to AtomicFiles, which still forces it to disk.
        CsvWriter csv = CsvWriter.builder().build(out, StandardCharsets.UTF_8);
        java.util.function.UnaryOperator<String> cell = keepFormulas ? c -> c : SpreadsheetText::neutralized;
        for (String[] row : grid(b)) {
            csv.writeRecord(java.util.Arrays.stream(row).map(cell).toArray(String[]::new));
        }
        csv.writeRecord(cell.apply(note(b)));
        csv.flush();
    }

    /** The style of {@link #htmlTable}, for a page that shows banners (scoped to {@code table.banner}). */
    public static final String CSS = ".banner-scroll{overflow-x:auto}\n"
            + "table.banner{border-collapse:collapse;width:auto;font-variant-numeric:tabular-nums}\n"
            + "table.banner th,table.banner td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap;vertical-align:baseline}\n"
            + "table.banner thead th{border-bottom:2px solid #888;text-transform:none;letter-spacing:0;font-size:inherit;color:inherit}\n"
            + "table.banner thead tr:first-child th{text-align:center}table.banner colgroup.g{border-left:1px solid #bbb}\n"
            + "table.banner th.banner-question{background:#f1f3f5;text-align:left;border-top:2px solid #888;white-space:normal}\n"
            + "table.banner td.banner-answer{text-align:left;white-space:normal}table.banner sup{color:#0b5cad;font-weight:600;margin-left:.15rem}\n"
            + "table.banner tr.banner-base td,table.banner tr.banner-n td{color:#555;font-size:.9em}\n"
            + "table.banner tr.banner-p td{color:#555;font-size:.9em;border-bottom:0}\n"
            + "table.banner tr.banner-net td,table.banner tr.banner-mean td{font-weight:600}\n"
            + "p.banner-note{color:#444;font-size:.9rem;max-width:48rem}@media print{.banner-scroll{overflow:visible}}\n";

    private static void html(Banner b, OutputStream stream, String title) throws IOException {
        Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<title>" + escape(title) + "</title>\n<style>\n");
        out.write("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:1.5rem;color:#1b1b1b}\nh1{font-size:1.3rem}\n"
                + "@media print{body{margin:0}}\n" + CSS);
        out.write("</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n");
        out.write(htmlTable(b));
        out.write("</body>\n</html>\n");
        out.flush();
    }

    /** The banner as an HTML table and its note (well-formed XHTML, styled by {@link #CSS}), for a page of its own or a report. */
    public static String htmlTable(Banner b) {
        Banner.Display d = b.display();
        StringBuilder out = new StringBuilder("<div class=\"banner-scroll\"><table class=\"banner\">\n<colgroup span=\"2\"></colgroup>");
        for (Banner.Group g : b.groups()) {
            out.append("<colgroup class=\"g\" span=\"").append(g.levels().size()).append("\"></colgroup>");
        }
        out.append("\n<thead>\n<tr><th></th><th></th>");
        for (Banner.Group g : b.groups()) {
            out.append("<th colspan=\"").append(g.levels().size()).append("\" scope=\"colgroup\">").append(escape(g.label())).append("</th>");
        }
        out.append("</tr>\n<tr><th></th><th></th>");
        for (Banner.Group g : b.groups()) {
            for (int k = 0; k < g.levels().size(); k++) {
                out.append("<th scope=\"col\">").append(escape(levelHeader(b, g, k))).append("</th>");
            }
        }
        out.append("</tr>\n</thead>\n");
        for (Banner.Block block : b.blocks()) {
            out.append("<tbody>\n<tr><th class=\"banner-question\" colspan=\"").append(2 + b.columnCount()).append("\" scope=\"rowgroup\">").append(escape(block.label()))
                    .append("</th></tr>\n");
            for (int i = 0; i < block.levels().size(); i++) {
                out.append("<tr><td></td><td class=\"banner-answer\">").append(escape(block.levelLabels().get(i))).append("</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    String letters = letters(b, block, i, j);
                    out.append("<td>").append(percent(b, block, i, j)).append(letters.isEmpty() ? "" : "<sup>" + letters + "</sup>").append("</td>");
                }
                out.append("</tr>\n");
                if (d.counts()) {
                    out.append("<tr class=\"banner-n\"><td></td><td class=\"banner-answer\">n</td>");
                    for (int j = 0; j < b.columnCount(); j++) {
                        out.append("<td>").append(number(block.counts()[i][j])).append("</td>");
                    }
                    out.append("</tr>\n");
                }
            }
            for (Banner.NetRow net : block.nets()) {
                out.append("<tr class=\"banner-net\"><td></td><td class=\"banner-answer\">").append(escape(net.label())).append("</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    String letters = d.letters() ? net.letters()[j] : "";
                    out.append("<td>").append(percent(b, block, net.percent()[j], j)).append(letters.isEmpty() ? "" : "<sup>" + letters + "</sup>").append("</td>");
                }
                out.append("</tr>\n");
            }
            if (block.mean() != null) {
                out.append("<tr class=\"banner-mean\"><td></td><td class=\"banner-answer\">Mean</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    String letters = d.letters() ? block.mean().letters()[j] : "";
                    out.append("<td>").append(mean(block.mean().means()[j])).append(letters.isEmpty() ? "" : "<sup>" + letters + "</sup>").append("</td>");
                }
                out.append("</tr>\n");
            }
            if (block.mean() != null) {
                out.append("<tr class=\"banner-median\"><td></td><td class=\"banner-answer\">Median</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    out.append("<td>").append(median(block.mean().medians()[j])).append("</td>");
                }
                out.append("</tr>\n");
            }
            if (d.bases()) {
                out.append("<tr class=\"banner-base\"><td></td><td class=\"banner-answer\">Base (n)</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    out.append("<td>").append(number(block.bases()[j])).append("</td>");
                }
                out.append("</tr>\n");
            }
            if (b.weighted() && d.effectiveBases()) {
                out.append("<tr class=\"banner-base\"><td></td><td class=\"banner-answer\">Effective base</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    out.append("<td>").append(String.format(Locale.ROOT, "%.1f", block.effectiveBases()[j])).append("</td>");
                }
                out.append("</tr>\n");
            }
            if (d.tests() && !block.multipleResponse()) { // a set's items are not one question's answers: nothing to test as a whole
                out.append("<tr class=\"banner-p\"><td></td><td class=\"banner-answer\">").append(testName(b)).append("</td><td></td>");
                for (int g = 1; g < b.groups().size(); g++) {
                    out.append("<td colspan=\"").append(b.groups().get(g).levels().size()).append("\" style=\"text-align:center\">")
                            .append(escape(p(block.pValues()[g - 1]))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        out.append("</table></div>\n<p class=\"banner-note\">").append(escape(note(b))).append("</p>\n");
        return out.toString();
    }

    private static void xlsx(Banner b, OutputStream out, String title) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader()); // POI's OOXML schemas, found through it in OSGi
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Banner");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            int r = 0;
            Row t = sheet.createRow(r++);
            t.createCell(0).setCellValue(title);
            t.getCell(0).setCellStyle(bold);
            // Each banner column takes two sheet columns: the percentage (a number) and its letters.
            Row groups = sheet.createRow(r++);
            Row levels = sheet.createRow(r++);
            int c = 2;
            for (Banner.Group g : b.groups()) {
                cell(groups, c, g.label(), bold);
                if (g.levels().size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(groups.getRowNum(), groups.getRowNum(), c, c + 2 * g.levels().size() - 1));
                }
                for (int k = 0; k < g.levels().size(); k++) {
                    cell(levels, c + 2 * k, levelHeader(b, g, k), bold);
                }
                c += 2 * g.levels().size();
            }
            for (Banner.Block block : b.blocks()) {
                cell(sheet.createRow(r++), 0, block.label(), bold);
                for (int i = 0; i < block.levels().size(); i++) {
                    Row row = sheet.createRow(r++);
                    cell(row, 1, block.levelLabels().get(i), null);
                    for (int j = 0; j < b.columnCount(); j++) {
                        Cell cell = row.createCell(2 + 2 * j);
                        if (block.bases()[j] > 0) {
                            cell.setCellValue(block.percent()[i][j] / 100);
                            cell.setCellStyle(percent);
                        } else {
                            cell.setCellValue("–"); // no respondent of this column answered the question
                        }
                        // the letters' column also carries the small-base star, so the percentage stays a number
                        String letters = (letters(b, block, i, j) + (block.smallBase(j, b.display().minimumBase()) ? " *" : "")).trim();
                        if (!letters.isEmpty()) {
                            cell(row, 3 + 2 * j, letters, null);
                        }
                    }
                    if (b.display().counts()) {
                        Row n = sheet.createRow(r++);
                        cell(n, 1, "n", null);
                        for (int j = 0; j < b.columnCount(); j++) {
                            n.createCell(2 + 2 * j).setCellValue(block.counts()[i][j]);
                        }
                    }
                }
                for (Banner.NetRow net : block.nets()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 1, net.label(), bold);
                    for (int j = 0; j < b.columnCount(); j++) {
                        Cell cell = row.createCell(2 + 2 * j);
                        if (block.bases()[j] > 0) {
                            cell.setCellValue(net.percent()[j] / 100);
                            cell.setCellStyle(percent);
                        }
                        if (b.display().letters() && !net.letters()[j].isEmpty()) {
                            cell(row, 3 + 2 * j, net.letters()[j], null);
                        }
                    }
                }
                if (block.mean() != null) {
                    Row row = sheet.createRow(r++);
                    cell(row, 1, "Mean", bold);
                    for (int j = 0; j < b.columnCount(); j++) {
                        if (!Double.isNaN(block.mean().means()[j])) {
                            row.createCell(2 + 2 * j).setCellValue(block.mean().means()[j]);
                        }
                        if (b.display().letters() && !block.mean().letters()[j].isEmpty()) {
                            cell(row, 3 + 2 * j, block.mean().letters()[j], null);
                        }
                    }
                }
                if (block.mean() != null) {
                    Row row = sheet.createRow(r++);
                    cell(row, 1, "Median", bold);
                    for (int j = 0; j < b.columnCount(); j++) {
                        if (!Double.isNaN(block.mean().medians()[j])) {
                            row.createCell(2 + 2 * j).setCellValue(block.mean().medians()[j]);
                        }
                    }
                }
                if (b.display().bases()) {
                    Row base = sheet.createRow(r++);
                    cell(base, 1, "Base (n)", null);
                    for (int j = 0; j < b.columnCount(); j++) {
                        base.createCell(2 + 2 * j).setCellValue(block.bases()[j]);
                    }
                }
                if (b.weighted() && b.display().effectiveBases()) {
                    Row effective = sheet.createRow(r++);
                    cell(effective, 1, "Effective base", null);
                    for (int j = 0; j < b.columnCount(); j++) {
                        effective.createCell(2 + 2 * j).setCellValue(block.effectiveBases()[j]);
                    }
                }
                if (b.display().tests() && !block.multipleResponse()) {
                    Row test = sheet.createRow(r++);
                    cell(test, 1, testName(b), null);
                    int start = 2 + 2;
                    for (int g = 1; g < b.groups().size(); g++) {
                        if (!Double.isNaN(block.pValues()[g - 1])) {
                            test.createCell(start).setCellValue(block.pValues()[g - 1]);
                        }
                        start += 2 * b.groups().get(g).levels().size();
                    }
                }
            }
            cell(sheet.createRow(r + 1), 0, note(b), null);
            sheet.setColumnWidth(0, 28 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.createFreezePane(2, 3);
            wb.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static String[] blank(int n) {
        String[] row = new String[n];
        java.util.Arrays.fill(row, "");
        return row;
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "–"; // fewer than two answers or columns with data: nothing to test
        }
        return p < 0.001 ? "< .001" : String.format(Locale.ROOT, "%.3f", p).replaceFirst("^0", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
