package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.ChiSquareTest;

@Component(service = Comparator.class)
public class ChiSquareComparator extends StatsComparator {

    @Override
    public String id() {
        return "chi-square";
    }

    @Override
    public String label() {
        return "Chi-square test of independence";
    }

    @Override
    public String description() {
        return "Pearson chi-square on an r×c table (Yates for 2×2 as R chisq.test), likelihood-ratio G, expected counts, "
                + "Pearson and adjusted residuals, Cramér's V with interval, phi.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("table", ParameterType.TABLE, "counts, rows separated by ';', e.g. 762,327,468;484,239,477"),
                ParameterSpec.optional("correct", ParameterType.BOOLEAN, "true", "Yates continuity correction for 2×2 tables"), CONF);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[][] table = a.table("table");
        double conf = a.real("conf");
        ChiSquareTest.Result r = ChiSquareTest.test(table, a.bool("correct"), conf);
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Pearson's chi-squared test" + (r.continuityApplied() ? " with Yates' continuity correction" : ""))
                .statistic("X-squared", r.statistic()).df(r.df()).pValue(r.pValue()).n(r.n());
        b.effect("Cramér's V", "V", r.cramersV(), r.cramersVInterval().lower(), r.cramersVInterval().upper());
        if (!Double.isNaN(r.phi())) {
            b.effect("phi", "φ", r.phi(), null, null);
        }
        b.value("G", r.gStatistic()).value("G_p_value", r.gPValue());
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[i].length; j++) {
                String cell = "[" + (i + 1) + "," + (j + 1) + "]";
                b.value("expected" + cell, r.expected()[i][j]);
                b.value("residual" + cell, r.residuals()[i][j]);
                b.value("adjusted_residual" + cell, r.adjustedResiduals()[i][j]);
            }
        }
        if (r.smallExpected() > 0) {
            b.warning(r.smallExpected() + " of " + table.length * table[0].length
                    + " expected counts are below 5: the chi-square approximation may be poor; consider Fisher's exact test");
        }
        return b.build();
    }
}
