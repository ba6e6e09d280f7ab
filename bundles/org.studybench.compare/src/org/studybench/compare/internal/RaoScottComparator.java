package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.RaoScott;

@Component(service = Comparator.class)
public class RaoScottComparator extends StatsComparator {

    @Override
    public String id() {
        return "rao-scott";
    }

    @Override
    public String label() {
        return "Rao-Scott chi-square (complex samples)";
    }

    @Override
    public String description() {
        return "Test of independence for a weighted, clustered or stratified sample as R svychisq: second-order F (default) and first-order "
                + "adjusted chi-square, from per-PSU weighted cell totals.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("psus", ParameterType.TABLE,
                "one row per PSU: stratum code, weight total, then the weighted cell totals column by column (r1c1,r2c1,...,r1c2,...)"),
                ParameterSpec.required("rows", ParameterType.INTEGER, "number of rows of the table"),
                ParameterSpec.required("cols", ParameterType.INTEGER, "number of columns of the table"),
                ParameterSpec.required("n", ParameterType.INTEGER, "number of observations"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        int rows = (int) a.integer("rows");
        int cols = (int) a.integer("cols");
        if (rows < 2 || cols < 2) {
            throw new InputException("--rows and --cols must be at least 2, got " + rows + " and " + cols);
        }
        var moments = DesignArguments.tableMoments(a.table("psus"), rows, cols);
        moments.addObservations(a.integer("n"), 0);
        RaoScott.Result r = RaoScott.test(moments, rows, cols);
        return ComparisonOutcome.builder("Pearson's X² with Rao-Scott second-order correction (F)").statistic("F", r.f()).df(r.ndf(), r.ddf())
                .pValue(r.fP()).n(a.integer("n")).value("pearson_X2", r.pearson()).value("first_order_X2", r.firstOrder())
                .value("first_order_df", r.df()).value("first_order_p_value", r.firstOrderP()).value("mean_design_effect", r.meanDesignEffect())
                .build();
    }
}
