package org.studybench.data.aggregate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.stats.DesignProportion;

/**
 * Findings computed from respondent data: for a finding with origin {@code computed}, a variable and
 * a level, the share of respondents with that level, design-based (the dataset's weight, cluster and
 * strata roles; logit interval as R svyciprop), for the whole sample and for every segment with a
 * filter — or for the segments the finding already has estimates for. Estimates are updated in place
 * and only when their numbers change, so an unchanged study stays byte-identical.
 */
public final class ComputedFindings {

    private ComputedFindings() {
    }

    /** Updates the study's computed findings; returns how many estimates changed. */
    public static int update(Study study, Path studyFile, DatasetService datasets) throws InputException {
        int changed = 0;
        for (Finding f : study.getFindings()) {
            if (f.getOrigin() != Origin.COMPUTED || f.getVariable() == null || f.getLevel() == null) {
                continue;
            }
            if (f.getMeasure() != MeasureKind.PROPORTION) {
                throw new InputException(studyFile + ": finding '" + f.getName() + "': only proportions are computed from data so far");
            }
            Dataset dataset = f.getDataset() != null ? f.getDataset() : study.getDatasets().isEmpty() ? null : study.getDatasets().get(0);
            if (dataset == null) {
                throw new InputException(studyFile + ": finding '" + f.getName() + "' is computed but the study has no dataset");
            }
            Path parquet = datasets.dataFile(studyFile, dataset);
            CrossTab.Design design = CrossTab.Design.of(dataset);
            List<Segment> segments = new ArrayList<>();
            if (f.getEstimates().isEmpty()) {
                segments.add(null);
                study.getSegments().stream().filter(s -> s.getFilter() != null && !s.getFilter().isBlank()).forEach(segments::add);
            } else {
                f.getEstimates().forEach(e -> segments.add(e.getSegment()));
            }
            for (Segment segment : segments) {
                SqlFilter filter = null;
                if (segment != null) {
                    try {
                        filter = SegmentFilters.toSql(segment.getFilter(), SegmentFilters.types(dataset));
                    } catch (FilterException e) {
                        throw new InputException(studyFile + ": segment '" + segment.getName() + "': " + e.getMessage(), e);
                    }
                }
                CrossTab t = CrossTab.of(parquet, f.getVariable(), design, filter);
                int index = t.rows().indexOf(f.getLevel());
                DesignProportion.Result r;
                if (index < 0) {
                    throw new InputException(studyFile + ": finding '" + f.getName() + "': " + f.getVariable() + " never takes the value '" + f.getLevel()
                            + "'" + (segment == null ? "" : " in segment '" + segment.getName() + "'"));
                }
                try {
                    r = DesignProportion.estimate(t.proportionMoments(), index, DesignProportion.Method.LOGIT, 0.95);
                } catch (IllegalArgumentException e) {
                    throw new InputException(studyFile + ": finding '" + f.getName() + "': " + e.getMessage(), e);
                }
                Estimate e = f.getEstimates().stream().filter(x -> x.getSegment() == segment).findFirst().orElse(null);
                if (e == null) {
                    e = StudyFactory.eINSTANCE.createEstimate();
                    e.setSegment(segment);
                    f.getEstimates().add(e);
                }
                changed += set(e, r, (int) t.observations(), t.design() != null ? "logit (design-based)" : "logit");
            }
        }
        return changed;
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b));
    }

    private static int set(Estimate e, DesignProportion.Result r, int n, String method) {
        // Equal up to rounding: a parallel sum may differ in the last bit, and that must not rewrite the study.
        boolean same = close(e.getValue(), r.estimate()) && Objects.equals(e.getN(), n) && e.getCiLow() != null && close(e.getCiLow(), r.interval().lower())
                && e.getCiHigh() != null && close(e.getCiHigh(), r.interval().upper()) && method.equals(e.getCiMethod());
        if (same) {
            return 0;
        }
        e.setValue(r.estimate());
        e.setN(n);
        e.setCiLow(r.interval().lower());
        e.setCiHigh(r.interval().upper());
        e.setCiMethod(method);
        e.setCiLevel(0.95);
        return 1;
    }
}
