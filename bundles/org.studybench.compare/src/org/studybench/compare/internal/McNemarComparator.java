package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.McNemarTest;

@Component(service = Comparator.class)
public class McNemarComparator extends StatsComparator {

    @Override
    public String id() {
        return "mcnemar";
    }

    @Override
    public String label() {
        return "McNemar's test (paired proportions)";
    }

    @Override
    public String description() {
        return "Tests a change in a yes/no answer between two occasions from the 2×2 table of pairs, as R mcnemar.test.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("table", ParameterType.TABLE, "2×2 counts of pairs, before in rows, after in columns"), CONTINUITY);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[][] table = a.table("table");
        McNemarTest.Result r = McNemarTest.test(table, a.bool("continuity"));
        double n = total(table);
        return ComparisonOutcome.builder("McNemar's chi-squared test" + (a.bool("continuity") ? " with continuity correction" : ""))
                .statistic("X-squared", r.statistic()).df(r.df()).pValue(r.pValue()).n(n).build();
    }
}
