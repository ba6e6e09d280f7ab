package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.compare.ResultValues;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;
import org.studybench.stats.Planning;

@Component(service = Comparator.class)
public class SplitSensitivityComparator extends StatsComparator {

    @Override
    public String id() {
        return "split-sensitivity";
    }

    @Override
    public String label() {
        return "Gap significance under unknown group sizes";
    }

    @Override
    public String description() {
        return "For published proportions p1 vs p2 of a total sample n whose split is unknown: the range of shares of group 1 under which each "
                + "gap is significant after correcting the family of gaps (pooled z-test, 0.1% grid).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("p1", ParameterType.REAL_LIST, "published proportions of group 1, one per finding (0..1)"),
                ParameterSpec.required("p2", ParameterType.REAL_LIST, "published proportions of group 2, one per finding"),
                ParameterSpec.required("n", ParameterType.INTEGER, "total sample size of both groups"),
                ParameterSpec.choice("correction", Defaults.FAMILY_CORRECTION_ID, "correction across the findings", "holm", "bonferroni", "hochberg", "BH", "BY", "none"),
                ParameterSpec.optional("alpha", ParameterType.REAL, Defaults.ALPHA_TEXT, "significance level"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[] p1 = a.realList("p1");
        double[] p2 = a.realList("p2");
        if (p1.length != p2.length) {
            throw new InputException("--p1 has " + p1.length + " values but --p2 has " + p2.length);
        }
        PAdjust correction = PAdjust.of(a.text("correction"));
        Planning.SplitRange[] ranges = Planning.splitSensitivity(p1, p2, a.integer("n"), correction, a.real("alpha"));
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Significance of published gaps over assumed group splits (pooled z-test, "
                + correction.id() + " across " + p1.length + " finding" + (p1.length == 1 ? "" : "s") + ")").n(a.integer("n"));
        for (int i = 0; i < ranges.length; i++) {
            Planning.SplitRange r = ranges[i];
            b.value(ResultValues.splitKey("p_balanced", i), r.balancedP()).value(ResultValues.splitKey("adjusted_p_balanced", i), r.balancedAdjustedP());
            if (r.significantAnywhere()) {
                b.value(ResultValues.splitKey("min_share", i), r.minShare()).value(ResultValues.splitKey("max_share", i), r.maxShare());
                b.text(ResultValues.splitKey("significant", i),
                        String.format(java.util.Locale.ROOT, "when group 1 is %.1f%% to %.1f%% of n", 100 * r.minShare(), 100 * r.maxShare()));
            } else {
                b.text(ResultValues.splitKey("significant", i), "under no split");
            }
        }
        return b.build();
    }
}
