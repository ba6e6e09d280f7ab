package org.studybench.importer.published.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.FindingsImporter;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.model.io.Ids;
import org.studybench.model.study.Base;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;

/**
 * Published aggregate tables: one row per finding and segment. Columns (header names are matched
 * case-insensitively, spaces and dashes as underscores):
 * <ul>
 * <li>{@code finding} (required): the finding's name; {@code label} (or {@code statement}): its text;</li>
 * <li>{@code segment} (required) and optionally {@code segment_label};</li>
 * <li>the value, one of {@code percent} (0–100, "71%" accepted), {@code proportion} (0–1),
 * {@code count} (with {@code base}) or {@code mean} (optionally {@code sd});</li>
 * <li>{@code base} (the segment's n), {@code base_label} (who was asked), {@code source} (a source of
 * the study by name or label, else a new source with that citation), {@code published_text}.</li>
 * </ul>
 */
@Component(service = FindingsImporter.class)
public class PublishedTableImporter implements FindingsImporter {

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    @Override
    public String id() {
        return "published";
    }

    @Override
    public String label() {
        return "Published aggregate table";
    }

    @Override
    public String description() {
        return "A CSV or XLSX table of published results (finding, segment, percent or count, base, source) added as published findings.";
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.optional("replace", ParameterType.BOOLEAN, "false", "replace findings the study already has"),
                ParameterSpec.optional("source", ParameterType.TEXT, "", "source of rows without a source column (name, label or citation)"));
    }

    /** One validated row. */
    private record Row(int record, String finding, String label, String segment, String segmentLabel, MeasureKind measure, double value, Double count,
            Double sd, Integer base, String baseLabel, String source, String publishedText) {
    }

    @Override
    public List<Finding> addFindings(Study study, Path file, CollectedRows table, Arguments options) throws InputException {
        Columns columns = new Columns(file, table.dictionary());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, MeasureKind> measures = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            Row row = columns.row(i + 1, table.rows().get(i), options.has("source") ? options.text("source") : "");
            if (row == null) {
                continue; // a blank row
            }
            Integer before = seen.put(row.finding() + "\u0000" + row.segment(), row.record());
            if (before != null) {
                throw new InputException(file + ": record " + row.record() + ": finding '" + row.finding() + "' has segment '" + row.segment()
                        + "' already in record " + before);
            }
            MeasureKind measure = measures.putIfAbsent(row.finding(), row.measure());
            if (measure != null && measure != row.measure()) {
                throw new InputException(file + ": record " + row.record() + ": finding '" + row.finding() + "' is a " + measure.getLiteral()
                        + " in an earlier record and a " + row.measure().getLiteral() + " here");
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new InputException(file + ": the table has no rows");
        }
        boolean replace = options.bool("replace");
        for (Row row : rows) {
            if (!replace && finding(study, row.finding()) != null) {
                throw new InputException(file + ": record " + row.record() + ": the study already has finding '" + row.finding()
                        + "'; give --option replace=true to replace it");
            }
        }
        // Everything is valid: change the study.
        Map<String, Finding> added = new LinkedHashMap<>();
        for (Row row : rows) {
            Finding f = added.computeIfAbsent(row.finding(), name -> {
                Finding old = finding(study, name);
                if (old != null) {
                    study.getFindings().remove(old);
                }
                Finding n = F.createFinding();
                n.setName(name);
                n.setOrigin(Origin.PUBLISHED);
                n.setMeasure(row.measure());
                study.getFindings().add(n);
                return n;
            });
            if (row.label() != null && f.getLabel() == null) {
                f.setLabel(row.label());
            }
            if (row.source() != null && f.getSource() == null) {
                f.setSource(source(study, row.source()));
            }
            if (row.baseLabel() != null && f.getBase() == null) {
                Base base = F.createBase();
                base.setLabel(row.baseLabel());
                f.setBase(base);
            }
            Estimate e = F.createEstimate();
            e.setSegment(segment(study, row.segment(), row.segmentLabel()));
            e.setValue(row.value());
            e.setN(row.base());
            e.setCount(row.count());
            e.setSd(row.sd());
            e.setPublishedText(row.publishedText());
            f.getEstimates().add(e);
        }
        Ids.ensureIds(study);
        return List.copyOf(added.values());
    }

    private static Finding finding(Study study, String name) {
        return study.getFindings().stream().filter(f -> name.equals(f.getName())).findFirst().orElse(null);
    }

    private static Segment segment(Study study, String name, String label) {
        for (Segment s : study.getSegments()) {
            if (name.equals(s.getName())) {
                return s;
            }
        }
        Segment s = F.createSegment();
        s.setName(name);
        s.setLabel(label);
        study.getSegments().add(s);
        return s;
    }

    private static Source source(Study study, String text) {
        for (Source s : study.getSources()) {
            if (text.equals(s.getName()) || text.equals(s.getLabel()) || text.equals(s.getCitation())) {
                return s;
            }
        }
        Source s = F.createSource();
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        s.setName(slug.isEmpty() ? "source" : slug.substring(0, Math.min(40, slug.length())));
        s.setCitation(text);
        study.getSources().add(s);
        return s;
    }

    /** Where each known column is in the table; -1 when absent. */
    private static final class Columns {
        private final Path file;
        private final Map<String, Integer> index = new HashMap<>();

        Columns(Path file, List<Variable> dictionary) throws InputException {
            this.file = file;
            for (int c = 0; c < dictionary.size(); c++) {
                index.putIfAbsent(normal(dictionary.get(c).getName()), c);
            }
            alias("statement", "label");
            alias("n", "base");
            alias("percentage", "percent");
            alias("share", "proportion");
            for (String required : List.of("finding", "segment")) {
                if (!index.containsKey(required)) {
                    throw new InputException(file + ": the table has no '" + required + "' column; its columns are "
                            + String.join(", ", dictionary.stream().map(Variable::getName).toList()));
                }
            }
            if (!index.containsKey("percent") && !index.containsKey("proportion") && !index.containsKey("count") && !index.containsKey("mean")) {
                throw new InputException(file + ": the table has no value column; expected one of percent, proportion, count (with base) or mean");
            }
        }

        private void alias(String alias, String name) {
            if (index.containsKey(alias)) {
                index.putIfAbsent(name, index.get(alias));
            }
        }

        private static String normal(String header) {
            return header.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        }

        private Object cell(List<Object> values, String column) {
            Integer c = index.get(column);
            if (c == null || c >= values.size()) {
                return null;
            }
            Object v = values.get(c);
            return v instanceof String s && s.isBlank() ? null : v;
        }

        private String text(List<Object> values, String column) {
            Object v = cell(values, column);
            return v == null ? null : v.toString().trim();
        }

        private Double number(int record, List<Object> values, String column) throws InputException {
            Object v = cell(values, column);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            String s = v.toString().trim().replace("%", "").replace(',', '.').trim();
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputException(file + ": record " + record + ": " + column + " '" + v + "' is not a number");
            }
        }

        Row row(int record, List<Object> values, String defaultSource) throws InputException {
            if (values.stream().allMatch(v -> v == null || v.toString().isBlank())) {
                return null;
            }
            String where = file + ": record " + record + ": ";
            String finding = text(values, "finding");
            String segment = text(values, "segment");
            if (finding == null || segment == null) {
                throw new InputException(where + "the " + (finding == null ? "finding" : "segment") + " is empty");
            }
            Double base = number(record, values, "base");
            if (base != null && !(base >= 1 && base == Math.rint(base))) {
                throw new InputException(where + "base " + Numbers.plain(base) + " is not a whole number of respondents");
            }
            Double percent = number(record, values, "percent");
            Double proportion = number(record, values, "proportion");
            Double count = number(record, values, "count");
            Double mean = number(record, values, "mean");
            MeasureKind measure = MeasureKind.PROPORTION;
            double value;
            String shown;
            if (percent != null) {
                if (percent < 0 || percent > 100) {
                    throw new InputException(where + "percent " + Numbers.plain(percent) + " is outside 0..100");
                }
                value = percent / 100;
                shown = cell(values, "percent") instanceof String s ? s.trim() : Numbers.plain(percent) + "%";
            } else if (proportion != null) {
                if (proportion < 0 || proportion > 1) {
                    throw new InputException(where + "proportion " + Numbers.plain(proportion) + " is outside 0..1 (write percentages in a percent column)");
                }
                value = proportion;
                shown = Numbers.plain(proportion);
            } else if (count != null) {
                if (base == null) {
                    throw new InputException(where + "a count needs the base it is out of (a base column)");
                }
                if (count < 0 || count > base) {
                    throw new InputException(where + "count " + Numbers.plain(count) + " is outside 0..base (" + Numbers.plain(base) + ")");
                }
                value = count / base;
                shown = Numbers.plain(count) + " of " + Numbers.plain(base);
            } else if (mean != null) {
                measure = MeasureKind.MEAN;
                value = mean;
                shown = Numbers.plain(mean);
            } else {
                throw new InputException(where + "no value; expected percent, proportion, count (with base) or mean");
            }
            String published = text(values, "published_text");
            String source = text(values, "source");
            return new Row(record, finding, text(values, "label"), segment, text(values, "segment_label"), measure, value,
                    count != null && percent == null && proportion == null ? count : null, number(record, values, "sd"),
                    base == null ? null : base.intValue(), text(values, "base_label"), source != null ? source : defaultSource.isBlank() ? null : defaultSource,
                    published != null ? published : shown);
        }
    }

    /** Numbers as people write them: no trailing zeros. */
    private static final class Numbers {
        static String plain(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }
}
