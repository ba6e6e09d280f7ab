package org.studybench.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.Apa;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.stats.DesignProportion;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "proportion", mixinStandardHelpOptions = true,
        description = { "Estimate the share of respondents with one value of a variable, with its confidence interval,",
                "design-based when --weight, --cluster or --strata (or the study's dataset roles) describe the design",
                "(as R svyciprop), and Kish's design effect and effective sample size." })
class ProportionCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Mixin
    DataSourceOptions data;

    @Option(names = "--var", required = true, paramLabel = "VAR", description = "The variable.")
    String variable;

    @Option(names = "--level", required = true, paramLabel = "VALUE", description = "The value whose share is estimated.")
    String level;

    @Option(names = "--method", defaultValue = "logit", paramLabel = "METHOD",
            description = "Interval: logit (default, as svyciprop), beta (Korn-Graubard) or wilson (on the design-effective n).")
    String method;

    @Option(names = "--conf", defaultValue = "0.95", paramLabel = "LEVEL", description = "Confidence level (default 0.95).")
    double confidence;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws InputException {
        DesignProportion.Method m;
        try {
            m = DesignProportion.Method.of(method);
        } catch (IllegalArgumentException e) {
            throw new InputException("--method: " + e.getMessage(), e);
        }
        try (DataSourceOptions.Opened opened = data.open(root, List.of(variable))) {
            CrossTab table = CrossTab.of(opened.rows(), variable, opened.design(), opened.filter());
            int index = table.rows().indexOf(level);
            if (index < 0) {
                throw new InputException(data.label() + ": " + variable + " never takes the value '" + level + "'; its values are "
                        + String.join(", ", table.rows().stream().limit(20).toList()) + (table.rows().size() > 20 ? ", ..." : ""));
            }
            DesignProportion.Result r = DesignProportion.estimate(table.proportionMoments(), index, m, confidence);
            print(r, table, opened.design());
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            throw new InputException(data.label() + ": " + e.getMessage(), e);
        }
    }

    private void print(DesignProportion.Result r, CrossTab table, CrossTab.Design design) {
        PrintWriter out = root.out();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("variable", variable);
            j.put("level", level);
            j.put("n", table.observations());
            j.put("weighted_total", r.total());
            j.put("estimate", r.estimate());
            j.put("se", r.standardError());
            j.put("ci_low", r.interval().lower());
            j.put("ci_high", r.interval().upper());
            j.put("conf_level", confidence);
            j.put("method", m(r));
            j.put("df", r.df());
            j.put("kish_deff", r.kishDesignEffect());
            j.put("effective_n", r.kishEffectiveN());
            j.put("design_effect", r.designEffect());
            j.put("design_effective_n", r.effectiveN());
            j.put("weight", design.weight());
            j.put("cluster", design.cluster());
            j.put("strata", design.strata());
            Json.print(out, j);
            return;
        }
        out.println(variable + " = " + level + " (N = " + table.observations() + (design.weight() != null ? ", weighted by " + design.weight() : "")
                + (design.cluster() != null ? ", clusters " + design.cluster() : "") + (design.strata() != null ? ", strata " + design.strata() : "") + ")");
        out.println(String.format(java.util.Locale.ROOT, "%.2f%% [%.2f, %.2f] (%s, %s%% CI, SE %.2f points, df %d)", 100 * r.estimate(),
                100 * r.interval().lower(), 100 * r.interval().upper(), m(r), Apa.fixed(100 * confidence, 0), 100 * r.standardError(), r.df()));
        out.println(String.format(java.util.Locale.ROOT, "Kish design effect %.3f, effective n %.1f; variance design effect %.3f", r.kishDesignEffect(),
                r.kishEffectiveN(), r.designEffect()));
        out.flush();
    }

    private static String m(DesignProportion.Result r) {
        return r.method().id();
    }
}
