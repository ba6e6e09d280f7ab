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
import org.studybench.stats.ProportionsTest;

@Component(service = Comparator.class)
public class KProportionsComparator extends StatsComparator {

    @Override
    public String id() {
        return "k-proportions";
    }

    @Override
    public String label() {
        return "Equality of k proportions";
    }

    @Override
    public String description() {
        return "Chi-square test that k proportions x_i/n_i are equal, as R prop.test on k groups.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("x", ParameterType.REAL_LIST, "successes per group, e.g. 83,90,129,70"),
                ParameterSpec.required("n", ParameterType.REAL_LIST, "group sizes, e.g. 86,93,136,82"), CONTINUITY);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[] x = a.realList("x");
        double[] n = a.realList("n");
        if (x.length != n.length) {
            throw new InputException("--x has " + x.length + " groups but --n has " + n.length);
        }
        ProportionsTest.Result r = ProportionsTest.test(x, n, a.bool("continuity"), Alternative.TWO_SIDED, 0.95);
        double total = 0;
        for (double v : n) {
            total += v;
        }
        ComparisonOutcome.Builder b = ComparisonOutcome.builder(x.length + "-sample test for equality of proportions "
                + (r.continuityApplied() ? "with" : "without") + " continuity correction").statistic("X-squared", r.statistic()).df(r.df())
                .pValue(r.pValue()).n(total);
        for (int i = 0; i < x.length; i++) {
            b.value("p" + (i + 1), r.estimates()[i]);
        }
        return b.build();
    }
}
