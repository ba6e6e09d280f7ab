package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.Defaults;
import org.studybench.stats.Interval;
import org.studybench.stats.ProportionInterval;

@Component(service = Comparator.class)
public class ProportionCiComparator extends StatsComparator {

    @Override
    public String id() {
        return "proportion-ci";
    }

    @Override
    public String label() {
        return "Confidence interval for a proportion";
    }

    @Override
    public String description() {
        return "Interval for x successes out of n: Wilson (default), Wilson with continuity correction, Agresti-Coull, Clopper-Pearson, Jeffreys or Wald.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("x", ParameterType.INTEGER, "number of successes"),
                ParameterSpec.required("n", ParameterType.INTEGER, "number of cases"),
                ParameterSpec.choice("method", Defaults.INTERVAL_ID, "interval method", "wilson", "wilson-cc", "agresti-coull", "clopper-pearson", "jeffreys",
                        "wald"),
                CONF);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        ProportionInterval method = ProportionInterval.of(a.text("method"));
        long x = count(a, "x");
        long n = count(a, "n");
        double conf = a.real("conf");
        Interval ci = method.of(x, n, conf);
        return interval(ComparisonOutcome.builder(label(method) + " interval for a proportion").n(n).estimate("proportion", (double) x / n), ci, conf)
                .build();
    }

    static String label(ProportionInterval method) {
        return switch (method) {
            case WALD -> "Wald";
            case WILSON -> "Wilson score";
            case WILSON_CC -> "Wilson score (continuity-corrected)";
            case AGRESTI_COULL -> "Agresti-Coull";
            case CLOPPER_PEARSON -> "Clopper-Pearson exact";
            case JEFFREYS -> "Jeffreys";
        };
    }
}
