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
import org.studybench.stats.Planning;

@Component(service = Comparator.class)
public class PowerComparator extends StatsComparator {

    @Override
    public String id() {
        return "power-two-proportions";
    }

    @Override
    public String label() {
        return "Power and minimum detectable difference (two proportions)";
    }

    @Override
    public String description() {
        return "Power of the two-sided pooled z-test for p1 vs p2 with group sizes n1, n2 (R power.prop.test for equal n), and the minimum "
                + "detectable difference from p2 at the target power.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("p1", ParameterType.REAL, "proportion in group 1"),
                ParameterSpec.required("p2", ParameterType.REAL, "proportion in group 2 (the baseline for the MDD)"),
                ParameterSpec.required("n1", ParameterType.INTEGER, "size of group 1"), ParameterSpec.required("n2", ParameterType.INTEGER, "size of group 2"),
                ParameterSpec.optional("alpha", ParameterType.REAL, Defaults.ALPHA_TEXT, "significance level"),
                ParameterSpec.optional("power", ParameterType.REAL, "0.8", "target power for the minimum detectable difference"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double p1 = a.real("p1");
        double p2 = a.real("p2");
        double n1 = a.integer("n1");
        double n2 = a.integer("n2");
        double alpha = a.real("alpha");
        double target = a.real("power");
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Power of the two-sided pooled z-test for two proportions").n(n1 + n2)
                .estimate("power", Planning.power(p1, p2, n1, n2, alpha));
        double up = Planning.minimumDetectableDifference(p2, n1, n2, alpha, target, true);
        double down = Planning.minimumDetectableDifference(p2, n1, n2, alpha, target, false);
        if (!Double.isNaN(up)) {
            b.value("mdd_up", up);
        }
        if (!Double.isNaN(down)) {
            b.value("mdd_down", down);
        }
        return b.build();
    }
}
