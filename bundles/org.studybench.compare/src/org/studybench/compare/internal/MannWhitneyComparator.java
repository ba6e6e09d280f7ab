package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.Alternative;
import org.studybench.stats.RankTests;

@Component(service = Comparator.class)
public class MannWhitneyComparator extends StatsComparator {

    @Override
    public String id() {
        return "mann-whitney";
    }

    @Override
    public String label() {
        return "Mann-Whitney U / Wilcoxon rank-sum test";
    }

    @Override
    public String description() {
        return "Rank test of two groups as R wilcox.test: exact for small samples without ties, else normal with tie and continuity "
                + "correction. Takes values, or counts per ordered category (Likert items).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.optional("x", ParameterType.REAL_LIST, "", "values of group 1"),
                ParameterSpec.optional("y", ParameterType.REAL_LIST, "", "values of group 2"),
                ParameterSpec.optional("counts", ParameterType.TABLE, "", "instead of x and y: counts per ordered category, one row per category: count1,count2"),
                ParameterSpec.choice("exact", "auto", "exact p-value: auto (n < 50 per group and no ties), true or false", "auto", "true", "false"),
                CONTINUITY, ALTERNATIVE);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        Boolean exact = switch (a.text("exact")) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
        Alternative alternative = alternative(a);
        RankTests.MannWhitney r;
        if (a.has("counts")) {
            r = RankTests.mannWhitneyCounts(a.table("counts"), exact, a.bool("continuity"), alternative);
        } else if (a.has("x") && a.has("y")) {
            r = RankTests.mannWhitney(a.realList("x"), a.realList("y"), exact, a.bool("continuity"), alternative);
        } else {
            throw new InputException("give --x and --y (values) or --counts (counts per ordered category)");
        }
        String method = (r.exact() ? "Wilcoxon rank-sum exact test" : "Wilcoxon rank-sum test with normal approximation"
                + (r.continuityApplied() ? " and continuity correction" : "")) + alternativeText(alternative);
        ComparisonOutcome.Builder b = ComparisonOutcome.builder(method).statistic("W", r.w()).pValue(r.pValue()).n(r.nx() + r.ny())
                .effect("rank-biserial correlation", "r", r.effectR(), null, null);
        if (!r.exact()) {
            b.value("z", r.z());
        }
        if (Boolean.TRUE.equals(exact) && !r.exact()) {
            b.warning("an exact p-value is not available with ties; the normal approximation was used");
        }
        return b.build();
    }
}
