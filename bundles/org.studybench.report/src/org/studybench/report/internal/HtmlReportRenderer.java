package org.studybench.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.banner.TableWorkflow;
import org.studybench.compare.ResultValues;
import org.studybench.compare.StudyComparisons;
import org.studybench.core.Apa;
import org.studybench.core.ChartRenderer;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.EffectSize;
import org.studybench.model.study.Result;
import org.studybench.model.study.Base;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

/**
 * A self-contained HTML report: embedded CSS, no scripts, no network, readable on a phone and
 * printable. Output depends only on the study (no clock, no locale), so it can be diffed and cached.
 */
@Component(service = ReportRenderer.class, reference = @Reference(name = HtmlReportRenderer.REGISTRY, service = Registry.class))
public class HtmlReportRenderer implements ReportRenderer {

    /**
     * Chart kinds come from the registry, so plug-ins' chart kinds appear in reports too. The registry
     * is looked up when a report is rendered, not injected: it holds a reference to every report
     * renderer, and an injected reference back would make a cycle that Felix SCR reports as an error
     * on every start.
     */
    static final String REGISTRY = "registry";

    private static final String CSS = loadCss();

    private Supplier<Registry> registry = () -> null;

    @Activate
    void activate(ComponentContext context) {
        registry = () -> (Registry) context.locateService(REGISTRY);
    }

    /** For the PDF renderer, which lays out this renderer's document. */
    void setRegistry(Supplier<Registry> registry) {
        this.registry = registry;
    }

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String label() {
        return "HTML report";
    }

    @Override
    public String description() {
        return "One self-contained HTML file: sources and findings tables, no external resources.";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public void render(Study study, ReportSpec report, OutputStream out) throws IOException, InputException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(document(study, report, this::inlineSvg, ""));
        w.flush();
    }

    /** How a chart goes into the document: inline SVG for HTML, a placeholder object for PDF. */
    @FunctionalInterface
    interface ChartEmbed {
        String html(Study study, ChartSpec chart) throws IOException, InputException;
    }

    /**
     * The report as one XHTML-compatible HTML document (every element closed, so XML tools and the
     * PDF renderer read it too); {@code extraCss} is appended to the embedded style sheet.
     */
    String document(Study study, ReportSpec report, ChartEmbed charts, String extraCss) throws IOException, InputException {
        StringWriter w = new StringWriter();
        String title = firstNonBlank(report == null ? null : report.getTitle(), study.getTitle(), study.getName());
        w.write("<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        w.write("<meta name=\"generator\" content=\"StudyBench " + version() + "\"/>\n");
        w.write("<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + (study.getTables().isEmpty() ? "" : BannerWriter.CSS) + extraCss
                + "</style>\n</head>\n<body>\n<main>\n");
        writeHeader(w, study, report, title);
        List<Part> plan = plan(study, report);
        writeContents(w, study, plan);
        for (Part part : plan) {
            switch (part.kind()) {
                case TEXT -> w.write("<section id=\"" + part.id() + "\">\n<h2>" + Html.escape(part.title()) + "</h2>\n" + Markdown.html(part.text(), fileOf(study) + "report section '" + part.title() + "'")
                        + "</section>\n");
                case FINDINGS -> writeFindings(w, study, part);
                case COMPARISONS -> writeComparisons(w, part);
                case CHART -> writeCharts(w, study, part, charts);
                case TABLE -> writeTables(w, study, part);
                case METHODS -> {
                    writeSources(w, study);
                    writeMethods(w, study, part);
                }
            }
        }
        w.write("<footer>Generated by StudyBench " + version() + " from " + Html.escape(study.getName()) + ".study"
                + (blank(study.getDate()) ? "" : ", study dated " + Html.escape(study.getDate())) + ".</footer>\n");
        w.write("</main>\n</body>\n</html>\n");
        return w.toString();
    }

    /** One section of the report: what it shows, under which anchor and title. */
    /** "FILE: " for a study read from a file (messages name the user's file), else nothing. */
    private static String fileOf(Study study) {
        return study.eResource() != null && study.eResource().getURI().isFile() ? study.eResource().getURI().toFileString() + ": " : "";
    }

    record Part(SectionKind kind, String id, String title, List<Finding> findings, List<Comparison> comparisons, List<ChartSpec> charts, String text,
            List<TableSpec> tables) {
        Part(SectionKind kind, String id, String title, List<Finding> findings, List<Comparison> comparisons, List<ChartSpec> charts, String text) {
            this(kind, id, title, findings, comparisons, charts, text, List.of());
        }
    }

    /**
     * The report's sections: those of its ReportSpec in order (a section without findings, comparisons
     * or a chart shows all of the study's), or by default findings, comparisons, charts, and sources
     * with the methods and provenance appendix.
     */
    static List<Part> plan(Study study, ReportSpec report) {
        List<Part> plan = new ArrayList<>();
        if (report != null && !report.getSections().isEmpty()) {
            int n = 0;
            for (Section section : report.getSections()) {
                n++;
                String id = "section-" + n;
                String title = section.getTitle();
                switch (section.getKind()) {
                    case TEXT -> plan.add(new Part(SectionKind.TEXT, id, firstNonBlank(title, "Notes"), List.of(), List.of(), List.of(), section.getText()));
                    case FINDINGS -> plan.add(new Part(SectionKind.FINDINGS, id, firstNonBlank(title, "Findings"),
                            section.getFindings().isEmpty() ? study.getFindings() : section.getFindings(), List.of(), List.of(), null));
                    case COMPARISONS -> plan.add(new Part(SectionKind.COMPARISONS, id, firstNonBlank(title, "Comparisons"), List.of(),
                            section.getComparisons().isEmpty() ? study.getComparisons() : section.getComparisons(), List.of(), null));
                    case CHART -> plan.add(new Part(SectionKind.CHART, id, firstNonBlank(title, "Charts"), List.of(), List.of(),
                            section.getChart() == null ? study.getCharts() : List.of(section.getChart()), null));
                    case METHODS -> plan.add(new Part(SectionKind.METHODS, "methods", firstNonBlank(title, "Methods and provenance"), List.of(),
                            study.getComparisons(), List.of(), null));
                    case TABLE -> plan.add(new Part(SectionKind.TABLE, id, firstNonBlank(title, "Tables"), List.of(), List.of(), List.of(), null,
                            section.getTable() == null ? study.getTables() : List.of(section.getTable())));
                }
            }
            if (plan.stream().noneMatch(p -> p.kind() == SectionKind.METHODS)) { // provenance is never optional
                plan.add(new Part(SectionKind.METHODS, "methods", "Methods and provenance", List.of(), study.getComparisons(), List.of(), null));
            }
            return plan;
        }
        plan.add(new Part(SectionKind.FINDINGS, "findings", "Findings", study.getFindings(), List.of(), List.of(), null));
        if (!study.getComparisons().isEmpty()) {
            plan.add(new Part(SectionKind.COMPARISONS, "comparisons", "Comparisons", List.of(), study.getComparisons(), List.of(), null));
        }
        if (!study.getCharts().isEmpty()) {
            plan.add(new Part(SectionKind.CHART, "charts", "Charts", List.of(), List.of(), study.getCharts(), null));
        }
        if (!study.getTables().isEmpty()) {
            plan.add(new Part(SectionKind.TABLE, "tables", "Tables", List.of(), List.of(), List.of(), null, study.getTables()));
        }
        plan.add(new Part(SectionKind.METHODS, "methods", "Methods and provenance", List.of(), study.getComparisons(), List.of(), null));
        return plan;
    }

    /** A table of contents; in PDF each entry gets its page number (CSS target-counter). */
    private static void writeContents(Writer w, Study study, List<Part> plan) throws IOException {
        w.write("<nav class=\"contents\" aria-label=\"Contents\">\n<ol>\n");
        for (Part part : plan) {
            if (part.kind() == SectionKind.METHODS && !study.getSources().isEmpty()) {
                w.write("<li><a href=\"#sources\">Sources</a></li>\n");
            }
            w.write("<li><a href=\"#" + part.id() + "\">" + Html.escape(part.title()) + "</a></li>\n");
        }
        w.write("</ol>\n</nav>\n");
    }

    private String inlineSvg(Study study, ChartSpec chart) throws IOException, InputException {
        ChartRenderer renderer = renderer(chart);
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        renderer.render(study, chart, "svg", 96, svg);
        String element = svg.toString(StandardCharsets.UTF_8);
        element = element.substring(element.indexOf("<svg"));
        if (!element.startsWith("<svg viewBox")) { // scale with the page
            element = element.replaceFirst("<svg ", "<svg viewBox=\"0 0 " + chart.getWidth() + " " + chart.getHeight() + "\" ");
        }
        return scopeIds(element.strip(), "chart-" + chart.getName() + "-");
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("\\bid=\"([^\"]+)\"");

    /**
     * Prefixes the ids inside an inline SVG (and the references to them), because ids are global in
     * an HTML document: two charts both defining "clipPath1" would clip each other's drawings.
     */
    static String scopeIds(String svg, String prefix) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = ID.matcher(svg);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            return svg;
        }
        String alternatives = String.join("|", ids.stream().map(java.util.regex.Pattern::quote).toList());
        java.util.regex.Pattern refs = java.util.regex.Pattern.compile("(id=\"|url\\(#|href=\"#)(" + alternatives + ")([\")])");
        return refs.matcher(svg).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(r.group(1) + prefix + r.group(2) + r.group(3)));
    }

    ChartRenderer renderer(ChartSpec chart) throws InputException {
        return registry.get().chartRenderer(chart.getKind())
                .orElseThrow(() -> new InputException("chart '" + chart.getName() + "' is of kind '" + chart.getKind() + "', which no installed plug-in draws"));
    }

    private static void writeHeader(Writer w, Study study, ReportSpec report, String title) throws IOException {
        w.write("<header>\n<h1>" + Html.escape(title) + "</h1>\n");
        String subtitle = report == null ? null : report.getSubtitle();
        if (!blank(subtitle)) {
            w.write("<p><strong>" + Html.escape(subtitle) + "</strong></p>\n");
        }
        List<String> meta = new ArrayList<>();
        if (report != null && !blank(report.getAuthor())) {
            meta.add(Html.escape(report.getAuthor()));
        }
        if (!blank(study.getDate())) {
            meta.add(Html.escape(study.getDate()));
        }
        meta.add(study.getFindings().size() + (study.getFindings().size() == 1 ? " finding" : " findings"));
        meta.add(study.getSources().size() + (study.getSources().size() == 1 ? " source" : " sources"));
        w.write("<p class=\"meta\">" + String.join(" · ", meta) + "</p>\n");
        if (!blank(study.getDescription())) {
            w.write("<p>" + Html.escape(study.getDescription()) + "</p>\n");
        }
        w.write("</header>\n");
    }

    private static void writeFindings(Writer w, Study study, Part part) throws IOException {
        List<Finding> findings = part.findings();
        w.write("<section id=\"" + part.id() + "\">\n<h2>" + Html.escape(part.title()) + "</h2>\n");
        if (findings.isEmpty()) {
            w.write("<p class=\"note\">This study has no findings yet.</p>\n</section>\n");
            return;
        }
        boolean wholeSample = findings.stream().flatMap(f -> f.getEstimates().stream()).anyMatch(e -> e.getSegment() == null);
        List<Segment> columns = study.getSegments().stream()
                .filter(s -> findings.stream().flatMap(f -> f.getEstimates().stream()).anyMatch(e -> e.getSegment() == s))
                .toList();
        w.write("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Finding</th>");
        if (wholeSample) {
            w.write("<th scope=\"col\" class=\"num\">All</th>");
        }
        FindingLetters letters = new FindingLetters(study);
        for (Segment segment : columns) {
            String letter = letters.column(segment);
            w.write("<th scope=\"col\" class=\"num\">" + Html.escape(firstNonBlank(segment.getLabel(), segment.getName()))
                    + (letter == null ? "" : " <span class=\"letter\">(" + letter + ")</span>") + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (Finding finding : findings) {
            w.write("<tr id=\"" + part.id() + "-finding-" + Html.escape(finding.getName()) + "\"><th scope=\"row\">"
                    + Html.escape(firstNonBlank(finding.getLabel(), finding.getName())) + sourceMark(study, finding) + originBadge(finding)
                    + "<span class=\"base\">" + Html.escape(baseText(finding)) + "</span></th>");
            if (wholeSample) {
                w.write(cell(finding, null, ""));
            }
            for (Segment segment : columns) {
                w.write(cell(finding, segment, letters.cell(finding, segment)));
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n</div>\n");
        w.write("<p class=\"note\">Percentages are shares of the base given under each finding. Values marked with a source were published there; "
                + "published group sizes are shown where the source gives them."
                + (letters.any() ? " A letter beside a value marks a column whose share it significantly exceeds (column proportions; see the comparisons)."
                        : "")
                + "</p>\n</section>\n");
    }

    /** APA-style results, grouped by family, with Holm-adjusted p and effect sizes; then where the verdicts differ. */
    private static void writeComparisons(Writer w, Part part) throws IOException {
        List<Comparison> comparisons = part.comparisons();
        w.write("<section id=\"" + part.id() + "\">\n<h2>" + Html.escape(part.title()) + "</h2>\n");
        if (comparisons.isEmpty()) {
            w.write("<p class=\"note\">This study has no comparisons yet.</p>\n</section>\n");
            return;
        }
        PAdjust adjustment = adjustment(comparisons);
        String adjusted = adjustment == null ? "p (adjusted)" : "p (" + adjustment.label() + ")";
        w.write("<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Comparison</th>"
                + "<th scope=\"col\">Result</th><th scope=\"col\" class=\"num\">" + adjusted + "</th><th scope=\"col\">Effect size</th></tr></thead>\n<tbody>\n");
        String family = null;
        for (Comparison c : comparisons) {
            String f = blank(c.getFamily()) ? "" : c.getFamily();
            if (!f.equals(family)) {
                family = f;
                if (!f.isEmpty()) {
                    w.write("<tr class=\"family\"><th colspan=\"4\" scope=\"rowgroup\">" + Html.escape(f) + "</th></tr>\n");
                }
            }
            Result r = c.getResult();
            w.write("<tr id=\"" + part.id() + "-comparison-" + Html.escape(c.getName()) + "\"><th scope=\"row\">" + Html.escape(firstNonBlank(c.getLabel(), c.getName()))
                    + "<span class=\"base\">" + Html.escape(c.getComparatorId()) + "</span></th>");
            if (r == null) {
                w.write("<td colspan=\"3\" class=\"note\">not computed yet</td></tr>\n");
                continue;
            }
            ComparisonOutcome o = StudyComparisons.outcome(r);
            ComparisonOutcome withoutEffect = new ComparisonOutcome(o.method(), o.statisticName(), o.statistic(), o.df(), o.df2(), o.pValue(), o.n(),
                    o.estimateName(), o.estimate(), o.ciLow(), o.ciHigh(), o.ciLevel(), List.of(), Map.of(), Map.of(), List.of());
            String effect = r.getEffectSizes().isEmpty() ? "" : effect(r.getEffectSizes().get(0));
            String[][] letters = FindingLetters.letters(c);
            String line = Html.escape(Apa.line(withoutEffect));
            if (letters != null) { // column proportions: which column exceeds which, per finding
                List<String> names = new ArrayList<>();
                for (int j = 0; j < c.getSegments().size(); j++) {
                    names.add(FindingLetters.letter(j) + " = " + firstNonBlank(c.getSegments().get(j).getLabel(), c.getSegments().get(j).getName()));
                }
                line = Html.escape(String.join(", ", names)) + "<br/>" + String.join("<br/>", FindingLetters.relations(c, letters).stream().map(Html::escape).toList());
            }
            w.write("<td>" + line + "</td><td class=\"num\">"
                    + (r.getAdjustedP() == null ? "–" : Html.escape(Apa.p(r.getAdjustedP()).replaceFirst("^p (= )?", ""))) + "</td><td>" + Html.escape(effect)
                    + "</td></tr>\n");
        }
        w.write("</tbody>\n</table>\n</div>\n");
        for (Comparison c : comparisons) {
            writeSplitRanges(w, c);
        }
        List<String> verdicts = verdicts(comparisons);
        if (!verdicts.isEmpty()) {
            w.write("<p><strong>Verdicts that depend on the assumptions.</strong></p>\n<ul class=\"verdicts\">\n");
            for (String v : verdicts) {
                w.write("<li>" + Html.escape(v) + "</li>\n");
            }
            w.write("</ul>\n");
        }
        // (the correction's names are StudyBench's own constants, written as they are)
        w.write("<p class=\"note\">" + adjusted + ": adjusted for the number of comparisons in the family ("
                + (adjustment == null ? "each comparison's own method" : adjustment.method()) + "). Significance at "
                + Apa.fixed(Defaults.ALPHA, 2).replaceFirst("^0\\.", ".") + ".</p>\n</section>\n");
    }

    /**
     * The correction the comparisons' adjusted p-values were made with (stored with each result), the
     * study's default when none is adjusted yet, or null when they differ.
     */
    private static PAdjust adjustment(List<Comparison> comparisons) {
        java.util.Set<String> used = new java.util.TreeSet<>();
        for (Comparison c : comparisons) {
            if (c.getResult() != null && c.getResult().getAdjustedP() != null && !blank(c.getResult().getAdjustment())) {
                used.add(c.getResult().getAdjustment());
            }
        }
        if (used.size() > 1) {
            return null;
        }
        try {
            return used.isEmpty() ? Defaults.FAMILY_CORRECTION : PAdjust.of(used.iterator().next());
        } catch (IllegalArgumentException e) {
            return null; // a plug-in's own correction: named by its results, not known here
        }
    }

    /**
     * For a sensitivity analysis over unknown group sizes (values min_share[k], max_share[k] per bound
     * finding k): the range of group-1 shares under which each gap is significant, in words.
     */
    private static void writeSplitRanges(Writer w, Comparison c) throws IOException {
        Optional<List<ResultValues.SplitRange>> ranges = ResultValues.splitRanges(c.getResult(), c.getFindings().size());
        if (ranges.isEmpty()) {
            return;
        }
        String group = c.getSegments().isEmpty() ? "group 1" : firstNonBlank(c.getSegments().get(0).getLabel(), c.getSegments().get(0).getName());
        if (group.length() > 1 && Character.isUpperCase(group.charAt(0)) && Character.isLowerCase(group.charAt(1))) {
            group = Character.toLowerCase(group.charAt(0)) + group.substring(1); // mid-sentence ("large enterprises"), acronyms kept
        }
        w.write("<p><strong>" + Html.escape(firstNonBlank(c.getLabel(), c.getName())) + "</strong></p>\n<ul class=\"verdicts\">\n");
        for (int k = 0; k < c.getFindings().size(); k++) {
            Finding f = c.getFindings().get(k);
            ResultValues.SplitRange range = ranges.get().get(k);
            String text = !range.significantAnywhere() ? "not significant at any split"
                    : "significant while " + group + " are between " + percent(range.minShare()) + " and " + percent(range.maxShare()) + " of the sample";
            w.write("<li>" + Html.escape(firstNonBlank(f.getLabel(), f.getName())) + ": " + Html.escape(text) + "</li>\n");
        }
        w.write("</ul>\n");
    }

    private static String percent(double share) {
        return Apa.fixed(100 * share, 1) + "%";
    }

    private static String effect(EffectSize e) {
        return e.getName() + " = " + Apa.fixed(e.getValue(), 2) + (e.getCiLow() == null ? "" : " [" + Apa.fixed(e.getCiLow(), 2) + ", "
                + Apa.fixed(e.getCiHigh(), 2) + "]");
    }

    /**
     * For findings compared in more than one family (e.g. under different assumed group sizes), the
     * ones whose verdict (adjusted p below .05) differs between families, in words.
     */
    private static List<String> verdicts(List<Comparison> comparisons) {
        Map<Finding, Map<String, Boolean>> byFinding = new LinkedHashMap<>();
        for (Comparison c : comparisons) {
            Result r = c.getResult();
            if (c.getFindings().size() != 1 || r == null || blank(c.getFamily())) {
                continue;
            }
            double p = r.getAdjustedP() != null ? r.getAdjustedP() : r.getPValue() == null ? 1 : r.getPValue();
            byFinding.computeIfAbsent(c.getFindings().get(0), k -> new LinkedHashMap<>()).put(c.getFamily(), p < Defaults.ALPHA);
        }
        List<String> out = new ArrayList<>();
        byFinding.forEach((finding, families) -> {
            if (families.size() > 1 && families.containsValue(true) && families.containsValue(false)) {
                List<String> yes = families.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
                List<String> no = families.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
                out.add("“" + firstNonBlank(finding.getLabel(), finding.getName()) + "”: significant with " + String.join("; ", yes)
                        + ", not significant with " + String.join("; ", no) + ".");
            }
        });
        return out;
    }

    /** What was computed from what, with which tool: enough to reproduce every number. */
    private void writeMethods(Writer w, Study study, Part part) throws IOException {
        w.write("<section id=\"methods\">\n<h2>" + Html.escape(part.title()) + "</h2>\n<dl class=\"methods\">\n");
        w.write("<dt>Software</dt><dd>StudyBench " + version() + "</dd>\n");
        for (Dataset d : study.getDatasets()) {
            w.write("<dt>Dataset " + Html.escape(d.getName()) + (d.isSynthetic() ? " (synthetic)" : "") + "</dt><dd>" + Html.escape(d.getUri()) + ", "
                    + d.getRowCount() + " rows, " + (blank(d.getContentHash()) ? "no content hash (the rows are read where they are, e.g. an external engine's table)"
                            : "SHA-256 <code>" + Html.escape(d.getContentHash()) + "</code>")
                    + (blank(d.getDescription()) ? "" : "<br/>" + Html.escape(d.getDescription())) + "</dd>\n");
        }
        for (Segment s : study.getSegments()) {
            if (!blank(s.getFilter())) {
                w.write("<dt>Segment " + Html.escape(s.getName()) + "</dt><dd><code>" + Html.escape(s.getFilter()) + "</code></dd>\n");
            }
        }
        for (Finding f : study.getFindings()) {
            if (f.getOrigin() == Origin.COMPUTED && f.getVariable() != null) {
                w.write("<dt>Finding " + Html.escape(f.getName()) + "</dt><dd>" + Html.escape(computedFrom(study, f)) + (f.getInputHash() == null ? ""
                        : "<br/>input hash <code>" + Html.escape(f.getInputHash().substring(0, Math.min(16, f.getInputHash().length()))) + "</code>")
                        + "</dd>\n");
            }
        }
        for (Comparison c : study.getComparisons()) {
            Result r = c.getResult();
            StringBuilder args = new StringBuilder();
            Registry contributions = registry.get();
            Optional<org.studybench.core.Comparator> comparator = contributions == null ? Optional.empty() : contributions.comparator(c.getComparatorId());
            if (comparator.isPresent()) {
                try {
                    StudyComparisons.arguments(c, comparator.get()).forEach((k, v) -> args.append(args.length() == 0 ? "" : ", ").append(k).append(" = ").append(v));
                } catch (InputException e) {
                    args.append(e.getMessage());
                }
            }
            w.write("<dt>Comparison " + Html.escape(c.getName()) + "</dt><dd>" + Html.escape(c.getComparatorId())
                    + (r == null ? "" : " (" + Html.escape(String.valueOf(r.getToolVersion())) + "): " + Html.escape(String.valueOf(r.getMethodText())))
                    + "<br/>" + Html.escape(args.toString()) + (r == null || r.getInputHash() == null ? "" : "<br/>input hash <code>"
                            + Html.escape(r.getInputHash().substring(0, 16)) + "</code>")
                    + "</dd>\n");
        }
        w.write("</dl>\n</section>\n");
    }

    /** How a computed finding was computed, in words: measure, variable, dataset, design, interval. */
    private static String computedFrom(Study study, Finding f) {
        Dataset d = org.studybench.model.lookup.Lookups.dataset(study, f);
        List<String> design = new ArrayList<>();
        if (d != null) {
            for (org.studybench.model.study.Variable v : d.getVariables()) {
                if (v.getRole() == org.studybench.model.study.VariableRole.WEIGHT || v.getRole() == org.studybench.model.study.VariableRole.CLUSTER
                        || v.getRole() == org.studybench.model.study.VariableRole.STRATA) {
                    design.add(v.getRole().getLiteral() + " " + v.getName());
                }
            }
        }
        boolean mean = f.getMeasure() == MeasureKind.MEAN;
        return (mean ? "mean of " + f.getVariable() : "share of " + f.getVariable() + " = " + f.getLevel()) + " in dataset "
                + (d == null ? "?" : d.getName()) + ", " + (design.isEmpty() ? "simple random sampling" : "design: " + String.join(", ", design))
                + "; 95% " + (mean ? "t intervals on the design degrees of freedom (as R svymean)" : "logit intervals (as R svyciprop)")
                + ", segments as domains of the whole sample";
    }

    /**
     * The section's tables, each computed from its dataset by the table workflow (the OSGi service the
     * command line and the workbench use; a report of tables needs the study saved, its data beside it) and
     * shown as {@link BannerWriter#htmlTable} writes it.
     */
    private static void writeTables(Writer w, Study study, Part part) throws IOException, InputException {
        w.write("<section id=\"" + part.id() + "\">\n<h2>" + Html.escape(part.title()) + "</h2>\n");
        if (!part.tables().isEmpty()) {
            TableSpec first = part.tables().get(0);
            if (study.eResource() == null || !study.eResource().getURI().isFile()) {
                throw new InputException("table '" + first.getName() + "' counts respondents and needs the study saved as a file");
            }
            org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(HtmlReportRenderer.class);
            org.osgi.framework.BundleContext context = bundle == null ? null : bundle.getBundleContext();
            org.osgi.framework.ServiceReference<TableWorkflow> reference = context == null ? null : context.getServiceReference(TableWorkflow.class);
            if (reference == null) {
                throw new InputException("table '" + first.getName() + "' needs StudyBench's table workflow, which is not running");
            }
            TableWorkflow tables = context.getService(reference);
            try {
                for (TableSpec table : part.tables()) {
                    Banner banner = tables.compute(study, Path.of(study.eResource().getURI().toFileString()), table);
                    w.write("<figure class=\"table\" id=\"table-" + Html.escape(table.getName()) + "\">\n<figcaption>"
                            + Html.escape(TableWorkflow.title(table)) + "</figcaption>\n" + BannerWriter.htmlTable(banner) + "</figure>\n");
                }
            } finally {
                context.ungetService(reference);
            }
        }
        w.write("</section>\n");
    }

    /** Every chart of the study in a figure, drawn by the renderer of its kind. */
    private static void writeCharts(Writer w, Study study, Part part, ChartEmbed charts) throws IOException, InputException {
        w.write("<section id=\"" + part.id() + "\">\n<h2>" + Html.escape(part.title()) + "</h2>\n");
        for (ChartSpec chart : part.charts()) {
            String caption = firstNonBlank(chart.getLabel(), chart.getTitle(), chart.getName());
            w.write("<figure id=\"chart-" + Html.escape(chart.getName()) + "\">\n" + charts.html(study, chart) + "\n<figcaption>" + Html.escape(caption)
                    + "</figcaption>\n</figure>\n");
        }
        w.write("</section>\n");
    }

    private static String cell(Finding finding, Segment segment, String letters) {
        for (Estimate estimate : finding.getEstimates()) {
            if (estimate.getSegment() == segment) {
                String shown = blank(estimate.getPublishedText()) ? format(finding.getMeasure(), estimate.getValue()) : estimate.getPublishedText();
                String n = estimate.getN() == null ? "" : "<span class=\"base\">n=" + estimate.getN() + "</span>";
                // Computed estimates carry their interval; published ones rarely do.
                String ci = estimate.getCiLow() == null || estimate.getCiHigh() == null ? ""
                        : "<span class=\"base\">[" + format(finding.getMeasure(), estimate.getCiLow()) + ", " + format(finding.getMeasure(), estimate.getCiHigh())
                                + "]</span>";
                String sup = letters.isEmpty() ? "" : "<sup class=\"letters\">" + letters + "</sup>";
                return "<td class=\"num\" title=\"" + format(finding.getMeasure(), estimate.getValue()) + "\">" + Html.escape(shown) + sup + ci + n + "</td>";
            }
        }
        return "<td class=\"num\">–</td>";
    }

    static String format(MeasureKind measure, double value) {
        if (measure == MeasureKind.PROPORTION) {
            double percent = value * 100;
            return Math.abs(percent - Math.rint(percent)) < 1e-9 ? String.format(Locale.ROOT, "%.0f%%", percent)
                    : String.format(Locale.ROOT, "%.1f%%", percent);
        }
        return Math.abs(value - Math.rint(value)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String baseText(Finding finding) {
        Base base = finding.getBase();
        if (base == null) {
            return "base not stated";
        }
        StringBuilder text = new StringBuilder(blank(base.getLabel()) ? "base" : base.getLabel());
        if (base.getWithin() != null) {
            text.append(" (within: ").append(firstNonBlank(base.getWithin().getLabel(), base.getWithin().getName())).append(')');
        }
        if (base.getN() != null) {
            text.append(", n=").append(base.getN());
        } else if (finding.getOrigin() != Origin.COMPUTED) { // a computed finding's n is its estimates'
            text.append(", n not published");
        }
        return text.toString();
    }

    private static String sourceMark(Study study, Finding finding) {
        Source source = finding.getSource();
        int index = study.getSources().indexOf(source);
        return index < 0 ? "" : "<sup><a href=\"#source-" + (index + 1) + "\">[" + (index + 1) + "]</a></sup>";
    }

    private static String originBadge(Finding finding) {
        return finding.getOrigin() == Origin.COMPUTED ? "<span class=\"badge\">computed</span>" : "";
    }

    private static void writeSources(Writer w, Study study) throws IOException {
        if (study.getSources().isEmpty()) {
            return;
        }
        w.write("<section id=\"sources\">\n<h2>Sources</h2>\n<ol>\n");
        int i = 1;
        for (Source source : study.getSources()) {
            String text = firstNonBlank(source.getCitation(), source.getTitle(), source.getName());
            w.write("<li id=\"source-" + i++ + "\">" + Html.escape(text));
            if (Html.linkable(source.getUrl())) {
                w.write(" <a href=\"" + Html.escape(source.getUrl().strip()) + "\">" + Html.escape(source.getUrl()) + "</a>");
            } else if (!blank(source.getUrl())) {
                w.write(" <span class=\"base\">" + Html.escape(source.getUrl()) + "</span>"); // not a web address: shown, never followed
            }
            if (!blank(source.getNotes())) {
                w.write("<span class=\"base\">" + Html.escape(source.getNotes()) + "</span>");
            }
            w.write("</li>\n");
        }
        w.write("</ol>\n</section>\n");
    }

    /** Major.minor.micro only: a rebuild of the same version must not change report bytes. */
    private static String version() {
        Bundle bundle = FrameworkUtil.getBundle(HtmlReportRenderer.class);
        Version v = bundle == null ? Version.emptyVersion : bundle.getVersion();
        return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }

    private static String loadCss() {
        try (InputStream in = HtmlReportRenderer.class.getResourceAsStream("report.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (!blank(v)) {
                return v;
            }
        }
        return "";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
