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
import org.studybench.stats.BinomialTest;

@Component(service = Comparator.class)
public class BinomialComparator extends StatsComparator {

    @Override
    public String id() {
        return "binomial";
    }

    @Override
    public String label() {
        return "Exact binomial test";
    }

    @Override
    public String description() {
        return "Tests whether a proportion x/n equals p, exactly (as R binom.test), with the Clopper-Pearson interval.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("x", ParameterType.INTEGER, "number of successes"),
                ParameterSpec.required("n", ParameterType.INTEGER, "number of trials"),
                ParameterSpec.optional("p", ParameterType.REAL, "0.5", "proportion under the null hypothesis"), ALTERNATIVE, CONF);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        Alternative alternative = alternative(a);
        long n = count(a, "n");
        BinomialTest.Result r = BinomialTest.test(count(a, "x"), n, a.real("p"), alternative, a.real("conf"));
        return interval(ComparisonOutcome.builder("Exact binomial test" + alternativeText(alternative)).pValue(r.pValue()).n(n)
                .estimate("proportion", r.estimate()), r.interval(), a.real("conf")).value("null_proportion", a.real("p")).build();
    }
}
