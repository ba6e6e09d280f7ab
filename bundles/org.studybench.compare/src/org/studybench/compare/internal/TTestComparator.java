package org.studybench.compare.internal;

import java.util.List;

import org.studybench.core.Arguments;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.Alternative;
import org.studybench.stats.Sample;
import org.studybench.stats.TTest;

/** Welch and Student t tests on raw values (--x, --y) or on published summaries (--mean1 --sd1 --n1 ...). */
abstract class TTestComparator extends StatsComparator {

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.optional("x", ParameterType.REAL_LIST, "", "values of group 1 (or give mean1, sd1, n1)"),
                ParameterSpec.optional("y", ParameterType.REAL_LIST, "", "values of group 2 (or give mean2, sd2, n2)"),
                ParameterSpec.optional("mean1", ParameterType.REAL, "", "mean of group 1"), ParameterSpec.optional("sd1", ParameterType.REAL, "", "SD of group 1"),
                ParameterSpec.optional("n1", ParameterType.INTEGER, "", "size of group 1"),
                ParameterSpec.optional("mean2", ParameterType.REAL, "", "mean of group 2"), ParameterSpec.optional("sd2", ParameterType.REAL, "", "SD of group 2"),
                ParameterSpec.optional("n2", ParameterType.INTEGER, "", "size of group 2"), ALTERNATIVE, CONF);
    }

    abstract boolean welch();

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        Sample x = sample(a, "x", "1");
        Sample y = sample(a, "y", "2");
        Alternative alternative = alternative(a);
        double conf = a.real("conf");
        TTest.Result r = welch() ? TTest.welch(x, y, alternative, conf) : TTest.student(x, y, alternative, conf);
        ComparisonOutcome.Builder b = ComparisonOutcome.builder((welch() ? "Welch two-sample t-test" : "Two-sample t-test (equal variances)")
                + alternativeText(alternative)).statistic("t", r.statistic()).df(r.df()).pValue(r.pValue()).n(x.n() + y.n())
                .estimate("difference in means", r.estimate());
        interval(b, r.interval(), conf);
        b.effect("Cohen's d (pooled SD)", "d", r.cohensD(), null, null);
        return b.value("mean1", r.meanX()).value("mean2", r.meanY()).build();
    }

    private static Sample sample(Arguments a, String values, String group) throws InputException {
        if (a.has(values)) {
            return Sample.of(a.realList(values));
        }
        if (a.has("mean" + group) && a.has("sd" + group) && a.has("n" + group)) {
            return Sample.ofSummary(a.integer("n" + group), a.real("mean" + group), a.real("sd" + group));
        }
        throw new InputException("group " + group + " needs --" + values + " (the values) or --mean" + group + ", --sd" + group + " and --n" + group);
    }
}
