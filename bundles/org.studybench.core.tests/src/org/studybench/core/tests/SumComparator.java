package org.studybench.core.tests;

import java.util.List;

import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;

/** A comparator this test bundle registers as a service, as a third-party bundle would. */
public class SumComparator implements Comparator {

    @Override
    public String id() {
        return "test-sum";
    }

    @Override
    public String label() {
        return "Sum (test)";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of(ParameterSpec.required("a", ParameterType.INTEGER, "first"),
                ParameterSpec.optional("b", ParameterType.REAL, "0.5", "second"));
    }

    @Override
    public ComparisonOutcome compare(Arguments arguments) {
        double sum = arguments.integer("a") + arguments.real("b");
        return ComparisonOutcome.builder("a + b").statistic("sum", sum).build();
    }
}
