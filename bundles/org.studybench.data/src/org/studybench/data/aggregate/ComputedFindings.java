package org.studybench.data.aggregate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.studybench.core.InputException;
import org.studybench.core.Sha256;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.Variable;
import org.studybench.model.study.StudyFactory;
import org.studybench.stats.DesignMean;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.Interval;

/**
 * Findings computed from respondent data, for the whole sample and for every segment with a filter
 * (or for the segments the finding already has estimates for), design-based with the dataset's
 * weight, cluster and strata roles:
 * <ul>
 * <li>a proportion (a variable and a level): the share of respondents with that level, with the
 * logit interval of R svyciprop; the level may name one of the variable's nets (the share with any of its
 * answers); the variable may be a multiple-response set, whose level is then one of
 * its items or {@link ResponseSets#ANY} (the share of the set's base that selected that item, or any);</li>
 * <li>a mean (a numeric variable): the weighted mean, with a t interval on the design degrees of
 * freedom as R {@code confint(svymean(...), df = degf(design))}.</li>
 * </ul>
 * A finding records a hash of its inputs (the data file's SHA-256, variable, level and what a net or set
 * level means, design, segment filters, method); while it matches, the stored estimates are kept without touching the data. A
 * dataset that stays in an external engine has no content hash (its rows may change at any time), so
 * its findings are always computed again.
 * Estimates are updated in place and only when their numbers change, so an unchanged study stays
 * byte-identical.
 */
public final class ComputedFindings {

    /** Bump when the estimators change, so stored estimates are recomputed. */
    private static final String METHOD = "computed-finding 2: proportion logit (svyciprop; missing answers a domain of the design, as na.rm = TRUE), "
            + "mean t on design df (svymean); multiple-response sets";

    /**
     * What an update did: findings computed from the data and findings whose stored estimates were
     * kept (inputs unchanged); {@code changed} counts the estimates and hashes that differ, i.e. whether
     * the study needs saving.
     */
    public record Run(int computed, int reused, int changed) {
    }

    private ComputedFindings() {
    }

    /** Updates the study's computed findings. */
    public static Run update(Study study, Path studyFile, DatasetRows datasets) throws InputException {
        List<Work> work = new ArrayList<>();
        int changed = 0;
        int computed = 0;
        int reused = 0;
        Map<RowSource, String> fileHashes = new HashMap<>();
        for (Finding f : study.getFindings()) {
            if (f.getOrigin() != Origin.COMPUTED || f.getVariable() == null) {
                continue;
            }
            boolean mean = f.getMeasure() == MeasureKind.MEAN;
            if (!mean && f.getMeasure() != MeasureKind.PROPORTION) {
                throw new InputException(studyFile + ": finding '" + f.getName() + "': only proportions and means are computed from data, not "
                        + f.getMeasure().getLiteral() + "s");
            }
            if (!mean && f.getLevel() == null) {
                throw new InputException(studyFile + ": finding '" + f.getName() + "' is a computed proportion but names no level of " + f.getVariable());
            }
            Dataset dataset = org.studybench.model.lookup.Lookups.dataset(study, f);
            if (dataset == null) {
                throw new InputException(studyFile + ": finding '" + f.getName() + "' is computed but the study has no dataset");
            }
            CrossTab.Selected selected = selection(f, dataset, studyFile);
            Variable variable = org.studybench.model.lookup.Lookups.variable(dataset, f.getVariable());
            RowSource parquet = datasets.rows(studyFile, dataset);
            CrossTab.Design design = CrossTab.Design.of(dataset);
            List<Segment> segments = new ArrayList<>();
            if (f.getEstimates().isEmpty()) {
                segments.add(null);
                study.getSegments().stream().filter(s -> s.getFilter() != null && !s.getFilter().isBlank()).forEach(segments::add);
            } else {
                f.getEstimates().forEach(e -> segments.add(e.getSegment()));
            }
            String fileHash = fileHashes.get(parquet);
            if (fileHash == null && parquet instanceof RowSource.ParquetFile file) {
                try {
                    fileHash = ParquetSink.sha256(file.path());
                } catch (IOException e) {
                    throw new InputException(file.path() + ": cannot read the data of dataset '" + dataset.getName() + "': " + e.getMessage(), e);
                }
                fileHashes.put(parquet, fileHash);
            }
            // what a level that is not a stored value means: a net's answers, a set's items and counted answer
            org.studybench.model.study.Net net = Nets.named(variable, f.getLevel());
            String meaning = selected != null ? selected.toString() : net != null ? "net " + net.getLevels() : "";
            String inputHash = inputHash(f, fileHash != null ? fileHash : dataset.getUri(), design, segments, meaning);
            if (fileHash != null && inputHash.equals(f.getInputHash()) && f.getEstimates().size() == segments.size()) {
                reused++; // computed from these very inputs before
                continue;
            }
            computed++;
            for (Segment segment : segments) {
                SqlFilter filter = null;
                if (segment != null) {
                    try {
                        filter = SegmentFilters.inDataset(segment.getFilter(), dataset);
                    } catch (FilterException e) {
                        throw new InputException(studyFile + ": segment '" + segment.getName() + "': " + e.getMessage(), e);
                    }
                }
                Estimate e = f.getEstimates().stream().filter(x -> x.getSegment() == segment).findFirst().orElse(null);
                if (e == null) {
                    e = StudyFactory.eINSTANCE.createEstimate();
                    e.setSegment(segment);
                    f.getEstimates().add(e);
                }
                work.add(new Work(e, f, parquet, design, filter, segment, mean, selected, variable));
            }
            if (!inputHash.equals(f.getInputHash())) {
                f.setInputHash(inputHash);
                changed++;
            }
        }
        // The proportions over one dataset, design and segment come from one pass over the data.
        Map<List<Object>, List<Work>> passes = new java.util.LinkedHashMap<>();
        for (Work w : work) {
            if (!w.mean()) {
                passes.computeIfAbsent(java.util.Arrays.asList(w.parquet(), w.design(), w.segment()), k -> new ArrayList<>()).add(w);
            }
        }
        Map<Work, CrossTab> tables = new HashMap<>();
        for (List<Work> pass : passes.values()) {
            Work first = pass.get(0);
            List<CrossTab.Selected> selections = pass.stream().map(Work::selected).filter(Objects::nonNull).distinct().toList();
            List<CrossTab> computedTables = CrossTab.all(first.parquet(),
                    pass.stream().map(w -> new CrossTab.Request(w.selected() != null ? w.selected().name() : w.finding().getVariable(), null)).toList(), selections,
                    first.design(), first.filter());
            for (int i = 0; i < pass.size(); i++) {
                tables.put(pass.get(i), computedTables.get(i));
            }
        }
        for (Work w : work) {
            changed += w.mean() ? updateMean(w.estimate(), w.finding(), w.parquet(), w.design(), w.filter(), studyFile)
                    : updateProportion(w.estimate(), w.finding(), Nets.withNet(tables.get(w), w.variable(), w.finding().getLevel()), w.segment(),
                            w.selected() != null, studyFile);
        }
        return new Run(computed, reused, changed);
    }

    /** One estimate to compute: a finding's, for a segment (null: the whole sample). */
    private record Work(Estimate estimate, Finding finding, RowSource parquet, CrossTab.Design design, SqlFilter filter, Segment segment, boolean mean,
            CrossTab.Selected selected, Variable variable) {
    }

    /**
     * The row a finding on a multiple-response set counts (its level an item or {@link ResponseSets#ANY}); null
     * for a finding on a variable.
     */
    private static CrossTab.Selected selection(Finding f, Dataset dataset, Path studyFile) throws InputException {
        org.studybench.model.study.MultipleResponseSet set = org.studybench.model.lookup.Lookups.responseSet(dataset, f.getVariable());
        if (set == null || org.studybench.model.lookup.Lookups.variable(dataset, f.getVariable()) != null) {
            return null;
        }
        String what = studyFile + ": finding '" + f.getName() + "': multiple-response set '" + set.getName() + "'";
        if (!ResponseSets.countable(set)) {
            throw new InputException(what + " needs its items (variables) and the answer that counts as selected (countedValue)");
        }
        if (f.getMeasure() != MeasureKind.PROPORTION) {
            throw new InputException(what + " gives proportions (the share that selected an item, or any), not " + f.getMeasure().getLiteral() + "s");
        }
        List<String> items = ResponseSets.items(set);
        if (ResponseSets.ANY.equals(f.getLevel())) {
            return ResponseSets.anyOf(set);
        }
        if (items.contains(f.getLevel())) {
            return ResponseSets.item(set, f.getLevel());
        }
        throw new InputException(what + " has no item '" + f.getLevel() + "'; the level is one of its items (" + String.join(", ", items) + ") or '"
                + ResponseSets.ANY + "' for any of them");
    }

    private static int updateProportion(Estimate e, Finding f, CrossTab t, Segment segment, boolean selected, Path studyFile) throws InputException {
        int index = t.rows().indexOf(selected ? "1" : f.getLevel()); // a set's row: 1 selected, 0 not
        if (index < 0 && selected) {
            throw new InputException(studyFile + ": finding '" + f.getName() + "': no respondent selected " + (ResponseSets.ANY.equals(f.getLevel()) ? "any item"
                    : "item '" + f.getLevel() + "'") + " of multiple-response set '" + f.getVariable() + "'" + (segment == null ? "" : " in segment '" + segment.getName() + "'"));
        }
        if (index < 0) {
            throw new InputException(studyFile + ": finding '" + f.getName() + "': " + f.getVariable() + " never takes the value '" + f.getLevel() + "'"
                    + (segment == null ? "" : " in segment '" + segment.getName() + "'"));
        }
        DesignProportion.Result r;
        try {
            r = DesignProportion.estimate(t.proportionMoments(), index, DesignProportion.Method.LOGIT, 0.95);
        } catch (IllegalArgumentException x) {
            throw new InputException(studyFile + ": finding '" + f.getName() + "': " + x.getMessage(), x);
        }
        return set(e, r.estimate(), r.interval(), (int) t.observations(), t.design() != null ? "logit (design-based)" : "logit");
    }

    private static int updateMean(Estimate e, Finding f, RowSource parquet, CrossTab.Design design, SqlFilter filter, Path studyFile) throws InputException {
        DesignMean.Result r;
        try {
            r = MeanQuery.estimate(parquet, f.getVariable(), design, filter, 0.95);
        } catch (InputException x) {
            throw new InputException(studyFile + ": finding '" + f.getName() + "': " + x.getMessage(), x);
        }
        return set(e, r.mean(), r.interval(), (int) r.observations(), design.any() ? "t (design-based)" : "t");
    }

    /** What a finding's estimates depend on, hashed; see the class comment. */
    private static String inputHash(Finding f, String fileHash, CrossTab.Design design, List<Segment> segments, String meaning) {
        StringBuilder text = new StringBuilder(METHOD).append('\n').append(fileHash).append('\n').append(f.getMeasure().getLiteral()).append('\n')
                .append(f.getVariable()).append('\n').append(Objects.toString(f.getLevel(), "")).append('\n').append(design).append('\n');
        if (!meaning.isEmpty()) { // (absent for a stored value, so that such findings' hashes stay as they were)
            text.append(meaning).append('\n');
        }
        for (Segment s : segments) {
            text.append(s == null ? "(all)" : s.getName() + "\u0000" + s.getFilter()).append('\n');
        }
        return Sha256.of(text.toString());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    }

    private static int set(Estimate e, double value, Interval ci, int n, String method) {
        // Equal up to rounding: a parallel sum may differ in the last bit, and that must not rewrite the study.
        boolean same = close(e.getValue(), value) && Objects.equals(e.getN(), n) && e.getCiLow() != null && close(e.getCiLow(), ci.lower())
                && e.getCiHigh() != null && close(e.getCiHigh(), ci.upper()) && method.equals(e.getCiMethod());
        if (same) {
            return 0;
        }
        e.setValue(value);
        e.setN(n);
        e.setCiLow(ci.lower());
        e.setCiHigh(ci.upper());
        e.setCiMethod(method);
        e.setCiLevel(0.95);
        return 1;
    }
}
