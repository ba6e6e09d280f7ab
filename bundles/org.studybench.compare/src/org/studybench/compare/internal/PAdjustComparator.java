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
import org.studybench.stats.PAdjust;

@Component(service = Comparator.class)
public class PAdjustComparator extends StatsComparator {

    @Override
    public String id() {
        return "p-adjust";
    }

    @Override
    public String label() {
        return "Multiple-comparison correction";
    }

    @Override
    public String description() {
        return "Adjusts a family of p-values as R p.adjust: Bonferroni, Holm, Hochberg, Benjamini-Hochberg (BH) or Benjamini-Yekutieli (BY).";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("p", ParameterType.REAL_LIST, "p-values of the family, e.g. 0.01,0.04,0.03"),
                ParameterSpec.choice("method", Defaults.FAMILY_CORRECTION_ID, "correction", "bonferroni", "holm", "hochberg", "BH", "BY", "none"),
                ParameterSpec.optional("alpha", ParameterType.REAL, Defaults.ALPHA_TEXT, "significance level for the count of rejections"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        PAdjust method = PAdjust.of(a.text("method"));
        double[] p = a.realList("p");
        double[] adjusted = method.adjust(p);
        double alpha = a.real("alpha");
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Adjusted p-values (" + method.id() + ")");
        int rejected = 0;
        for (int i = 0; i < p.length; i++) {
            b.value("adjusted_p[" + (i + 1) + "]", adjusted[i]);
            if (adjusted[i] < alpha) {
                rejected++;
            }
        }
        return b.value("rejected", rejected).build();
    }
}
