package org.studybench.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.filter.ValueType;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.Variable;
import org.studybench.stats.ChiSquareTest;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.DesignProportion;
import org.studybench.stats.Interval;
import org.studybench.stats.PAdjust;
import org.studybench.stats.ProportionInterval;
import org.studybench.stats.RaoScott;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "crosstab", mixinStandardHelpOptions = true,
        description = { "Cross-tabulate two variables of a study's dataset or of a data file (CSV, Parquet, ...):",
                "counts, column percentages with 95% CIs, column-proportion letters (Bonferroni), and the chi-square test,",
                "or the Rao-Scott F test when --weight, --cluster or --strata describe the design." })
class CrosstabCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "SOURCE", description = "A .study file, or a data file for a quick look without a study.")
    Path source;

    @Option(names = "--row", required = true, paramLabel = "VAR", description = "Row variable.")
    String row;

    @Option(names = "--col", required = true, paramLabel = "VAR", description = "Column variable.")
    String col;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset of the study (default: its first).")
    String datasetName;

    @Option(names = "--segment", paramLabel = "NAME", description = "Only the respondents of this segment of the study.")
    String segmentName;

    @Option(names = "--weight", paramLabel = "VAR", description = "Survey weight (default: the dataset's weight variable).")
    String weight;

    @Option(names = "--cluster", paramLabel = "VAR", description = "Cluster (PSU) variable (default: the dataset's).")
    String cluster;

    @Option(names = "--strata", paramLabel = "VAR", description = "Stratum variable (default: the dataset's).")
    String strata;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() throws InputException {
        Path temp = null;
        try {
            Path parquet;
            SqlFilter filter = null;
            if (source.getFileName().toString().endsWith(".study")) {
                Study study = root.load(source);
                Dataset dataset = dataset(study);
                parquet = root.services.datasets().dataFile(source, dataset);
                for (Variable v : dataset.getVariables()) {
                    switch (v.getRole()) {
                        case WEIGHT -> weight = weight == null ? v.getName() : weight;
                        case CLUSTER -> cluster = cluster == null ? v.getName() : cluster;
                        case STRATA -> strata = strata == null ? v.getName() : strata;
                        default -> {
                        }
                    }
                }
                filter = segmentFilter(study, dataset);
            } else if (source.getFileName().toString().endsWith(".parquet")) {
                parquet = source;
            } else {
                temp = Files.createTempFile("studybench-crosstab", ".parquet");
                Files.delete(temp);
                parquet = importToTemp(temp);
            }
            CrossTab table = CrossTab.of(parquet, row, col, new CrossTab.Design(weight, cluster, strata), filter);
            print(table);
            return ExitCode.OK;
        } catch (IOException e) {
            throw new InputException(source + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new InputException(source + ": " + e.getMessage(), e); // a table the statistics cannot be computed for
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temporary file in the temp folder
                }
            }
        }
    }

    private Dataset dataset(Study study) throws InputException {
        if (study.getDatasets().isEmpty()) {
            throw new InputException(source + ": has no datasets; add one with 'studybench import FILE --study " + source + "'");
        }
        if (datasetName == null) {
            return study.getDatasets().get(0);
        }
        return study.getDatasets().stream().filter(d -> datasetName.equals(d.getName())).findFirst()
                .orElseThrow(() -> new InputException(source + ": has no dataset named '" + datasetName + "'"));
    }

    private SqlFilter segmentFilter(Study study, Dataset dataset) throws InputException {
        if (segmentName == null) {
            return null;
        }
        Segment segment = study.getSegments().stream().filter(s -> segmentName.equals(s.getName())).findFirst()
                .orElseThrow(() -> new InputException(source + ": has no segment named '" + segmentName + "'"));
        if (segment.getFilter() == null || segment.getFilter().isBlank()) {
            throw new InputException(source + ": segment '" + segmentName + "' has no filter (it only names a published group)");
        }
        Map<String, ValueType> types = new LinkedHashMap<>();
        for (Variable v : dataset.getVariables()) {
            types.put(v.getName(), switch (v.getType()) {
                case INTEGER, DOUBLE -> ValueType.NUMBER;
                case BOOLEAN -> ValueType.BOOLEAN;
                default -> ValueType.TEXT;
            });
        }
        try {
            return SegmentFilters.toSql(segment.getFilter(), types);
        } catch (FilterException e) {
            throw new InputException(source + ": segment '" + segmentName + "': " + e.getMessage(), e);
        }
    }

    private Path importToTemp(Path temp) throws InputException, IOException {
        Importer importer = Importers.choose(root.services.registry(), source, null);
        try (ParquetSink sink = new ParquetSink()) {
            importer.read(source, Arguments.parse(importer.options(), Map.of()), sink, Progress.NONE);
            sink.commit(temp);
        }
        return temp;
    }

    private void print(CrossTab t) {
        int nr = t.rows().size();
        int nc = t.columns().size();
        boolean designBased = t.design() != null;
        double[][] share = new double[nr][nc];
        Interval[][] ci = new Interval[nr][nc];
        double[] columnBase = new double[nc];
        for (int j = 0; j < nc; j++) {
            double wTotal = 0;
            for (int i = 0; i < nr; i++) {
                columnBase[j] += t.counts()[i][j];
                wTotal += t.weighted()[i][j];
            }
            for (int i = 0; i < nr; i++) {
                share[i][j] = t.weighted()[i][j] / wTotal;
                ci[i][j] = designBased ? designInterval(t, i, j) : ProportionInterval.WILSON.of(t.counts()[i][j], columnBase[j], 0.95);
            }
        }
        // Letters from the column percentages on the columns' unweighted bases.
        double[][] lettersCounts = new double[nr][nc];
        for (int i = 0; i < nr; i++) {
            for (int j = 0; j < nc; j++) {
                lettersCounts[i][j] = share[i][j] * columnBase[j];
            }
        }
        ColumnProportions.Result letters = ColumnProportions.test(lettersCounts, columnBase, PAdjust.BONFERRONI, 0.05);
        Map<String, Object> tests = new LinkedHashMap<>();
        String testLine;
        ChiSquareTest.Result chi = ChiSquareTest.test(t.counts(), false, 0.95);
        if (designBased) {
            RaoScott.Result rs = RaoScott.test(t.design(), nr, nc);
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
                    l.add(100 * ci[i][k].lower());
                    h.add(100 * ci[i][k].upper());
                }
                low.add(l);
                high.add(h);
            }
            j.put("ci_low", low);
            j.put("ci_high", high);
            j.put("letters", letters.letters());
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
                line.add(String.format(Locale.ROOT, "%s %.1f%% [%.1f, %.1f] %s", number(t.weighted()[i][j]), 100 * share[i][j], 100 * ci[i][j].lower(),
                        100 * ci[i][j].upper(), letters.letters()[i][j]).trim());
            }
            rowsOut.add(line.toArray(String[]::new));
        }
        TextTable.print(out, rowsOut);
        out.println(testLine);
        out.flush();
    }

    /** The design-based (logit) interval of row level i within column j, as R svyciprop on the column's domain. */
    private static Interval designInterval(CrossTab t, int i, int j) {
        return DesignProportion.estimate(t.columnMoments(j), i, DesignProportion.Method.LOGIT, 0.95).interval();
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
