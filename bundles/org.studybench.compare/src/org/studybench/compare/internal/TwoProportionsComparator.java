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
import org.studybench.stats.EffectSizes;
import org.studybench.stats.ProportionsTest;

@Component(service = Comparator.class)
public class TwoProportionsComparator extends StatsComparator {

    @Override
    public String id() {
        return "two-proportions";
    }

    @Override
    public String label() {
        return "Two proportions (chi-square / z test)";
    }

    @Override
    public String description() {
        return "Compares x1/n1 with x2/n2 as R prop.test (pooled chi-square = z², optional Yates correction), with Cohen's h, "
                + "the Newcombe interval for the difference, risk ratio and odds ratio.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("x1", ParameterType.INTEGER, "successes in group 1"),
                ParameterSpec.required("n1", ParameterType.INTEGER, "size of group 1"),
                ParameterSpec.required("x2", ParameterType.INTEGER, "successes in group 2"),
                ParameterSpec.required("n2", ParameterType.INTEGER, "size of group 2"), CONTINUITY, ALTERNATIVE, CONF);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        long x1 = count(a, "x1");
        long n1 = count(a, "n1");
        long x2 = count(a, "x2");
        long n2 = count(a, "n2");
        double conf = a.real("conf");
        Alternative alternative = alternative(a);
        ProportionsTest.Result r = ProportionsTest.twoGroups(x1, n1, x2, n2, a.bool("continuity"), alternative, conf);
        String method = "Two-sample test for equality of proportions " + (r.continuityApplied() ? "with" : "without") + " continuity correction"
                + alternativeText(alternative);
        ComparisonOutcome.Builder b = ComparisonOutcome.builder(method).statistic("X-squared", r.statistic()).df(r.df()).pValue(r.pValue()).n(n1 + n2)
                .estimate("difference in proportions", r.difference());
        interval(b, r.interval(), conf);
        EffectSizes.Effect h = EffectSizes.cohensH(x1, n1, x2, n2, conf);
        b.effect(h.name(), "h", h.value(), lower(h.interval()), upper(h.interval()));
        EffectSizes.Effect d = EffectSizes.newcombeDifference(x1, n1, x2, n2, conf);
        b.effect("risk difference (Newcombe hybrid score interval)", "RD", d.value(), lower(d.interval()), upper(d.interval()));
        if (x2 > 0) {
            EffectSizes.Effect rr = EffectSizes.riskRatio(x1, n1, x2, n2, conf);
            b.effect(rr.name(), "RR", rr.value(), lower(rr.interval()), upper(rr.interval()));
        } else {
            b.warning("risk ratio not defined: group 2 has no successes");
        }
        if ((n1 - x1) * x2 > 0) {
            EffectSizes.Effect or = EffectSizes.oddsRatio(x1, n1, x2, n2, conf);
            b.effect(or.name(), "OR", or.value(), lower(or.interval()), upper(or.interval()));
        } else {
            b.warning("odds ratio not defined: a zero cell in the denominator");
        }
        b.value("z", r.z()).value("p1", r.estimates()[0]).value("p2", r.estimates()[1]);
        double pooled = (double) (x1 + x2) / (n1 + n2);
        double smallestExpected = Math.min(Math.min(n1, n2) * pooled, Math.min(n1, n2) * (1 - pooled));
        if (smallestExpected < 5) {
            b.warning("an expected count is below 5: the chi-square approximation may be poor; consider Fisher's exact test");
        }
        return b.build();
    }
}
