package org.studybench.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.Apa;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.ColumnPercentages;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.stats.ChiSquareTest;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.Defaults;
import org.studybench.stats.RaoScott;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "crosstab", mixinStandardHelpOptions = true,
        description = { "Cross-tabulate two variables of a study's dataset or of a data file (CSV, XLSX, SAV, Parquet):",
                "counts, column percentages with 95%% CIs, column-proportion letters (Bonferroni) and the chi-square test;",
                "when --weight, --cluster or --strata (or the dataset's roles) describe a design: design-based CIs,",
                "design-based letters and the Rao-Scott F test." })
class CrosstabCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Mixin
    DataSourceOptions data;

    @Option(names = "--row", required = true, paramLabel = "VAR", description = "Row variable.")
    String row;

    @Option(names = "--col", required = true, paramLabel = "VAR", description = "Column variable.")
    String col;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws InputException {
        try (DataSourceOptions.Opened opened = data.open(root, List.of(row, col))) {
            CrossTab table = CrossTab.of(opened.rows(), row, col, opened.design(), opened.filter());
            print(ColumnPercentages.of(table, Defaults.CONFIDENCE, Defaults.LETTER_CORRECTION, Defaults.ALPHA), opened.design().weight());
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            throw new InputException(data.label() + ": " + e.getMessage(), e); // a table the statistics cannot be computed for
        }
    }

    private void print(ColumnPercentages cp, String weight) {
        CrossTab t = cp.table();
        int nr = t.rows().size();
        int nc = t.columns().size();
        double[][] share = cp.share();
        Map<String, Object> tests = new LinkedHashMap<>();
        String testLine;
        ChiSquareTest.Result chi = cp.chiSquare();
        if (cp.raoScott() != null) {
            RaoScott.Result rs = cp.raoScott();
            tests.put("rao_scott", Json.object("f", rs.f(), "ndf", rs.ndf(), "ddf", rs.ddf(), "p_value", rs.fP(), "first_order_X2", rs.firstOrder(),
                    "first_order_p_value", rs.firstOrderP()));
            testLine = "Rao-Scott F(" + Apa.fixed(rs.ndf(), 2) + ", " + Apa.fixed(rs.ddf(), 2) + ") = " + Apa.fixed(rs.f(), 2) + ", " + Apa.p(rs.fP());
        } else {
            tests.put("chi_square", Json.object("statistic", chi.statistic(), "df", (double) chi.df(), "p_value", chi.pValue()));
            testLine = "χ²(" + chi.df() + ", N = " + t.observations() + ") = " + Apa.fixed(chi.statistic(), 2) + ", " + Apa.p(chi.pValue());
        }
        testLine += ", V = " + Apa.fixed(chi.cramersV(), 2);
        PrintWriter out = root.out();
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("row", row);
            j.put("col", col);
            j.put("rows", t.rows());
            j.put("columns", t.columns());
            j.put("n", t.observations());
            j.put("weighted", weight != null);
            j.put("counts", t.counts());
            j.put("weighted_counts", t.weighted());
            j.put("column_percent", scale(share, 100));
            List<List<Double>> low = new ArrayList<>();
            List<List<Double>> high = new ArrayList<>();
            for (int i = 0; i < nr; i++) {
                List<Double> l = new ArrayList<>();
                List<Double> h = new ArrayList<>();
                for (int k = 0; k < nc; k++) {
                    l.add(100 * cp.intervals()[i][k].lower());
                    h.add(100 * cp.intervals()[i][k].upper());
                }
                low.add(l);
                high.add(h);
            }
            j.put("ci_low", low);
            j.put("ci_high", high);
            j.put("letters", cp.letters());
            List<Object> pairs = new ArrayList<>();
            cp.designTests().forEach(p -> pairs.add(Json.object("row", t.rows().get(p.row()), "a", t.columns().get(p.a()), "b", t.columns().get(p.b()),
                    "difference", p.difference(), "se", p.standardError(), "t", p.statistic(), "df", p.df(), "p_value", p.pValue(), "adjusted_p",
                    p.adjustedP())));
            j.put("letter_tests", pairs);
            j.put("column_bases", cp.bases());
            j.put("effective_bases", cp.effectiveBases());
            j.put("ci_method", cp.intervalMethod());
            j.put("tests", tests);
            j.put("cramers_v", chi.cramersV());
            Json.print(out, j);
            return;
        }
        out.println(row + " by " + col + " (N = " + t.observations() + (weight != null ? ", weighted by " + weight : "") + ")");
        List<String[]> rowsOut = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        for (int j = 0; j < nc; j++) {
            header.add(t.columns().get(j) + " (" + ColumnProportions.letter(j) + ")");
        }
        rowsOut.add(header.toArray(String[]::new));
        for (int i = 0; i < nr; i++) {
            List<String> line = new ArrayList<>(List.of(t.rows().get(i)));
            for (int j = 0; j < nc; j++) {
                line.add(String.format(Locale.ROOT, "%s %.1f%% [%.1f, %.1f] %s", number(t.weighted()[i][j]), 100 * share[i][j], 100 * cp.intervals()[i][j].lower(),
                        100 * cp.intervals()[i][j].upper(), cp.letters(i, j)).trim());
            }
            rowsOut.add(line.toArray(String[]::new));
        }
        TextTable.print(out, rowsOut);
        out.println(testLine);
        out.flush();
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double[][] scale(double[][] m, double f) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= f;
            }
        }
        return out;
    }
}
