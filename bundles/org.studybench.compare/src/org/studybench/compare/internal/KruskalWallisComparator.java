package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.RankTests;

@Component(service = Comparator.class)
public class KruskalWallisComparator extends StatsComparator {

    @Override
    public String id() {
        return "kruskal-wallis";
    }

    @Override
    public String label() {
        return "Kruskal-Wallis test";
    }

    @Override
    public String description() {
        return "Rank test of k groups as R kruskal.test (with tie correction), from values per group or counts per ordered category.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.optional("groups", ParameterType.GROUPS, "", "values per group, groups separated by ';', e.g. 2.9,3.0;3.8,2.7;2.8"),
                ParameterSpec.optional("counts", ParameterType.TABLE, "", "instead of groups: counts per ordered category (rows) and group (columns)"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        RankTests.KruskalWallis r;
        if (a.has("groups")) {
            r = RankTests.kruskalWallis(a.table("groups"));
        } else if (a.has("counts")) {
            r = RankTests.kruskalWallisCounts(a.table("counts"));
        } else {
            throw new InputException("give --groups (values per group) or --counts (counts per ordered category and group)");
        }
        return ComparisonOutcome.builder("Kruskal-Wallis rank sum test").statistic("H", r.statistic()).df(r.df()).pValue(r.pValue()).n(r.n()).build();
    }
}
