package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.DesignMoments;
import org.studybench.stats.DesignProportion;

@Component(service = Comparator.class)
public class DesignProportionComparator extends StatsComparator {

    @Override
    public String id() {
        return "design-proportion";
    }

    @Override
    public String label() {
        return "Proportion in a weighted / complex sample";
    }

    @Override
    public String description() {
        return "Design-based proportion with Taylor-linearized SE (weights, clusters, strata; with replacement, no fpc, as R survey) and a "
                + "logit (svyciprop default), beta (Korn-Graubard) or Wilson-on-effective-n interval; Kish design effect and effective n.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("psus", ParameterType.TABLE,
                "one row per PSU: stratum code, weight total, weighted count of the level (e.g. 1,120.5,40.2;1,98,51;2,...)"),
                ParameterSpec.optional("n", ParameterType.INTEGER, "", "number of observations (needed for beta and the design effect)"),
                ParameterSpec.optional("sumw2", ParameterType.REAL, "", "sum of squared weights over observations (for Kish)"),
                ParameterSpec.choice("method", "logit", "interval method", "logit", "beta", "wilson"), CONF);
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        DesignMoments moments = DesignArguments.proportionMoments(a.table("psus"));
        if (a.has("n")) {
            moments.addObservations(a.integer("n"), a.has("sumw2") ? a.real("sumw2") : 0);
        }
        DesignProportion.Method method = DesignProportion.Method.of(a.text("method"));
        double conf = a.real("conf");
        DesignProportion.Result r = DesignProportion.estimate(moments, 1, method, conf);
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Design-based proportion, " + method.id() + " interval (Taylor linearization, "
                + moments.psuCount() + " PSUs in " + moments.strataCount() + " strata, " + r.df() + " df)")
                .estimate("proportion", r.estimate()).df(r.df());
        if (a.has("n")) {
            b.n(a.integer("n"));
        }
        interval(b, r.interval(), conf);
        b.value("standard_error", r.standardError()).value("total", r.total()).value("design_effective_n", r.effectiveN());
        if (!Double.isNaN(r.designEffect())) {
            b.value("design_effect", r.designEffect());
        }
        if (!Double.isNaN(r.kishDesignEffect()) && a.has("sumw2")) {
            b.value("kish_deff", r.kishDesignEffect()).value("kish_effective_n", r.kishEffectiveN());
        }
        return b.build();
    }
}
