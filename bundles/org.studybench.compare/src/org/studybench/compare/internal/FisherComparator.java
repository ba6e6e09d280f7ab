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
import org.studybench.stats.FisherExactTest;

@Component(service = Comparator.class)
public class FisherComparator extends StatsComparator {

    @Override
    public String id() {
        return "fisher";
    }

    @Override
    public String label() {
        return "Fisher's exact test";
    }

    @Override
    public String description() {
        return "Exact test on a 2×2 table (with the conditional maximum likelihood odds ratio and its exact interval, as R fisher.test) "
                + "or on an r×c table.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("table", ParameterType.TABLE, "counts, rows separated by ';', e.g. 3,1;1,3"), ALTERNATIVE, CONF,
                ParameterSpec.optional("simulate", ParameterType.INTEGER, "0", "r×c tables: number of random tables for a Monte Carlo p-value (0 = exact)"),
                ParameterSpec.optional("seed", ParameterType.INTEGER, "20130701", "random seed of the Monte Carlo p-value (results are reproducible)"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[][] table = a.table("table");
        Alternative alternative = alternative(a);
        double n = total(table);
        long simulate = a.integer("simulate");
        if (simulate > 0) {
            if (simulate > 100_000_000) {
                throw new InputException("--simulate: at most 100000000 tables, got " + simulate);
            }
            double p = FisherExactTest.simulatedPValue(table, (int) simulate, a.integer("seed"));
            return ComparisonOutcome.builder("Fisher's exact test with simulated p-value (based on " + simulate + " replicates, seed " + a.integer("seed")
                    + ")").pValue(p).n(n).value("monte_carlo_standard_error", Math.sqrt(p * (1 - p) / simulate)).build();
        }
        FisherExactTest.Result r = FisherExactTest.test(table, alternative, a.real("conf"));
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Fisher's exact test" + (r.oddsRatio() == null ? " for an r×c table" : "")
                + alternativeText(alternative)).pValue(r.pValue()).n(n);
        if (r.oddsRatio() != null) {
            b.estimate("odds ratio (conditional MLE)", r.oddsRatio());
            interval(b, r.interval(), a.real("conf"));
        }
        return b.build();
    }
}
