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
        return "Cells: " + (b.weighted() ? "weighted " : "") + "column percentages. Letters: the column's percentage is significantly higher (p < "
                + java.math.BigDecimal.valueOf(b.alpha()).toPlainString().replaceFirst("^0\\.", ".") + ", " + b.correction().id() + "-adjusted within each row and breakdown) than that of the lettered column"
                + (b.design() ? "; design-based tests of each difference (weights, clusters and strata), t on the design's df" : "") + ".";
    }

    /** The banner as rows of cells: two header rows, then per question a title row, its levels, bases and test. */
    public static List<String[]> grid(Banner b) {
        int columns = 2 + b.columnCount();
        List<String[]> rows = new ArrayList<>();
        String[] groups = blank(columns);
        String[] levels = blank(columns);
        int c = 2;
        for (Banner.Group g : b.groups()) {
            groups[c] = g.label();
            for (int k = 0; k < g.levels().size(); k++) {
                levels[c + k] = g.variable().isEmpty() ? g.levelLabels().get(k) : g.levelLabels().get(k) + " (" + g.letter(k) + ")";
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
                    line[2 + j] = (String.format(Locale.ROOT, "%.1f%%", block.percent()[i][j]) + " " + block.letters()[i][j]).trim();
                }
                rows.add(line);
            }
            String[] base = blank(columns);
            base[1] = "Base (n)";
            for (int j = 0; j < b.columnCount(); j++) {
                base[2 + j] = number(block.bases()[j]);
            }
            rows.add(base);
            if (b.weighted()) {
                String[] effective = blank(columns);
                effective[1] = "Effective base";
                for (int j = 0; j < b.columnCount(); j++) {
                    effective[2 + j] = String.format(Locale.ROOT, "%.1f", block.effectiveBases()[j]);
                }
                rows.add(effective);
            }
            String[] test = blank(columns);
            test[1] = b.weighted() ? "p (Rao-Scott F)" : "p (chi-square)";
            int start = 2 + 1;
            for (int g = 1; g < b.groups().size(); g++) {
                test[start] = p(block.pValues()[g - 1]);
                start += b.groups().get(g).levels().size();
            }
            rows.add(test);
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

    private static void html(Banner b, OutputStream stream, String title) throws IOException {
        Writer out = new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8);
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.write("<title>" + escape(title) + "</title>\n<style>\n");
        out.write("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif;margin:1.5rem;color:#1b1b1b}\n"
                + "h1{font-size:1.3rem}.scroll{overflow-x:auto}table{border-collapse:collapse;font-variant-numeric:tabular-nums}\n"
                + "th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;text-align:right;white-space:nowrap}\n"
                + "th.q,td.l{text-align:left}tr.q th{background:#f1f3f5;text-align:left;border-top:2px solid #888}thead th{border-bottom:2px solid #888}\n"
                + "sup{color:#0b5cad;font-weight:600;margin-left:.15rem}tr.base td{color:#555;font-size:.9em}tr.p td{color:#555;font-size:.9em;border-bottom:0}\n"
                + "thead tr:first-child th{text-align:center}colgroup.g{border-left:1px solid #bbb}\n"
                + "p.note{color:#444;font-size:.9rem;max-width:48rem}@media print{body{margin:0}.scroll{overflow:visible}}\n");
        out.write("</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n<div class=\"scroll\"><table>\n<colgroup span=\"2\"></colgroup>");
        for (Banner.Group g : b.groups()) {
            out.write("<colgroup class=\"g\" span=\"" + g.levels().size() + "\"></colgroup>");
        }
        out.write("\n<thead>\n<tr><th></th><th></th>");
        for (Banner.Group g : b.groups()) {
            out.write("<th colspan=\"" + g.levels().size() + "\" scope=\"colgroup\">" + escape(g.label()) + "</th>");
        }
        out.write("</tr>\n<tr><th></th><th></th>");
        for (Banner.Group g : b.groups()) {
            for (int k = 0; k < g.levels().size(); k++) {
                out.write("<th scope=\"col\">" + escape(g.levelLabels().get(k)) + (g.variable().isEmpty() ? "" : " (" + g.letter(k) + ")") + "</th>");
            }
        }
        out.write("</tr>\n</thead>\n");
        for (Banner.Block block : b.blocks()) {
            out.write("<tbody>\n<tr class=\"q\"><th colspan=\"" + (2 + b.columnCount()) + "\" scope=\"rowgroup\">" + escape(block.label()) + "</th></tr>\n");
            for (int i = 0; i < block.levels().size(); i++) {
                out.write("<tr><td></td><td class=\"l\">" + escape(block.levelLabels().get(i)) + "</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    String letters = block.letters()[i][j];
                    out.write("<td>" + String.format(Locale.ROOT, "%.1f%%", block.percent()[i][j]) + (letters.isEmpty() ? "" : "<sup>" + letters + "</sup>")
                            + "</td>");
                }
                out.write("</tr>\n");
            }
            out.write("<tr class=\"base\"><td></td><td class=\"l\">Base (n)</td>");
            for (int j = 0; j < b.columnCount(); j++) {
                out.write("<td>" + number(block.bases()[j]) + "</td>");
            }
            out.write("</tr>\n");
            if (b.weighted()) {
                out.write("<tr class=\"base\"><td></td><td class=\"l\">Effective base</td>");
                for (int j = 0; j < b.columnCount(); j++) {
                    out.write("<td>" + String.format(Locale.ROOT, "%.1f", block.effectiveBases()[j]) + "</td>");
                }
                out.write("</tr>\n");
            }
            out.write("<tr class=\"p\"><td></td><td class=\"l\">" + (b.weighted() ? "p (Rao-Scott F)" : "p (chi-square)") + "</td><td></td>");
            for (int g = 1; g < b.groups().size(); g++) {
                out.write("<td colspan=\"" + b.groups().get(g).levels().size() + "\" style=\"text-align:center\">" + escape(p(block.pValues()[g - 1])) + "</td>");
            }
            out.write("</tr>\n</tbody>\n");
        }
        out.write("</table></div>\n<p class=\"note\">" + escape(note(b)) + "</p>\n</body>\n</html>\n");
        out.flush();
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
                    cell(levels, c + 2 * k, g.levelLabels().get(k) + (g.variable().isEmpty() ? "" : " (" + g.letter(k) + ")"), bold);
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
                        cell.setCellValue(block.percent()[i][j] / 100);
                        cell.setCellStyle(percent);
                        if (!block.letters()[i][j].isEmpty()) {
                            cell(row, 3 + 2 * j, block.letters()[i][j], null);
                        }
                    }
                }
                Row base = sheet.createRow(r++);
                cell(base, 1, "Base (n)", null);
                for (int j = 0; j < b.columnCount(); j++) {
                    base.createCell(2 + 2 * j).setCellValue(block.bases()[j]);
                }
                if (b.weighted()) {
                    Row effective = sheet.createRow(r++);
                    cell(effective, 1, "Effective base", null);
                    for (int j = 0; j < b.columnCount(); j++) {
                        effective.createCell(2 + 2 * j).setCellValue(block.effectiveBases()[j]);
                    }
                }
                Row test = sheet.createRow(r++);
                cell(test, 1, b.weighted() ? "p (Rao-Scott F)" : "p (chi-square)", null);
                int start = 2 + 2;
                for (int g = 1; g < b.groups().size(); g++) {
                    test.createCell(start).setCellValue(block.pValues()[g - 1]);
                    start += 2 * b.groups().get(g).levels().size();
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
        return p < 0.001 ? "< .001" : String.format(Locale.ROOT, "%.3f", p).replaceFirst("^0", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
