package org.studybench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.Apa;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.MeanQuery;
import org.studybench.stats.DesignMean;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "mean", mixinStandardHelpOptions = true,
        description = { "Estimate the mean of a numeric variable with its confidence interval, design-based when --weight,",
                "--cluster or --strata (or the study's dataset roles) describe the design (as R svymean; t interval on",
                "the design degrees of freedom). Missing values are left out, as svymean(..., na.rm = TRUE)." })
class MeanCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Mixin
    DataSourceOptions data;

    @Option(names = "--var", required = true, paramLabel = "VAR", description = "The numeric variable.")
    String variable;

    @Option(names = "--conf", defaultValue = "0.95", paramLabel = "LEVEL", description = "Confidence level (default 0.95).")
    double confidence;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws InputException {
        if (!(confidence > 0 && confidence < 1)) {
            throw new InputException("--conf: the confidence level must be between 0 and 1, got " + confidence);
        }
        try (DataSourceOptions.Opened opened = data.open(root, List.of(variable))) {
            DesignMean.Result r;
            try {
                r = MeanQuery.estimate(opened.rows(), variable, opened.design(), opened.filter(), confidence);
            } catch (InputException e) {
                throw data.named(opened, e);
            }
            PrintWriter out = root.out();
            if (json) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("variable", variable);
                j.put("n", (long) r.observations());
                j.put("weighted_total", r.weightTotal());
                j.put("mean", r.mean());
                j.put("se", r.standardError());
                j.put("ci_low", r.interval().lower());
                j.put("ci_high", r.interval().upper());
                j.put("conf_level", confidence);
                j.put("df", r.df());
                j.put("weight", opened.design().weight());
                j.put("cluster", opened.design().cluster());
                j.put("strata", opened.design().strata());
                Json.print(out, j);
                return ExitCode.OK;
            }
            out.println("mean of " + variable + " (N = " + (long) r.observations()
                    + (opened.design().weight() != null ? ", weighted by " + opened.design().weight() : "")
                    + (opened.design().cluster() != null ? ", clusters " + opened.design().cluster() : "")
                    + (opened.design().strata() != null ? ", strata " + opened.design().strata() : "") + ")");
            out.println(String.format(Locale.ROOT, "%s [%s, %s] (%s%% CI, SE %s, df %d)", number(r.mean()), number(r.interval().lower()),
                    number(r.interval().upper()), Apa.fixed(100 * confidence, 0), number(r.standardError()), r.df()));
            out.flush();
            return ExitCode.OK;
        }
    }

    /** Four significant digits after the point for small numbers, two for large ones. */
    private static String number(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.2f" : "%.4f", v);
    }
}
