package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.banner.TableWorkflow;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.workflow.AuthoringWorkflow;
import org.studybench.data.store.DuckDb;
import org.studybench.model.study.Study;
import org.studybench.model.study.TableSpec;
import org.studybench.model.validation.TableNames;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "banner", mixinStandardHelpOptions = true,
        description = { "Many questions by many breakdowns in one table (\"custom tables\"): weighted column percentages,",
                "column-proportion letters within each breakdown, bases and the test of independence per question and breakdown.",
                "Prints a text table, or writes --out FILE.html, FILE.csv or FILE.xlsx.",
                "On a study: --table NAME computes a table saved in it; --save NAME saves --rows and --cols as a new table of the study." })
class BannerCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Mixin
    DataSourceOptions data;

    @Option(names = "--rows", split = ",", paramLabel = "VAR[,VAR...]", description = "Row variables (questions).")
    List<String> rows;

    @Option(names = "--cols", split = ",", paramLabel = "VAR[,VAR...]", description = "Column variables (breakdowns).")
    List<String> cols;

    @Option(names = "--table", paramLabel = "NAME", description = "A table saved in the study: its questions, breakdowns, segment, design and statistics.")
    String table;

    @Option(names = "--save", paramLabel = "NAME", description = "Save --rows and --cols (with --dataset, --segment, --correction, --alpha) as table NAME of the study, then show it.")
    String save;

    @Option(names = "--correction", paramLabel = "METHOD",
            description = "Multiple-comparison correction of the letters within each row: none, bonferroni (default), holm, hochberg, BH, BY.")
    String correction;

    @Option(names = "--alpha", paramLabel = "ALPHA", description = "Significance level of the letters (default 0.05).")
    Double alpha;

    @Option(names = "--means", description = "A mean row under each question whose answers are numbers, with letters from t-tests between columns.")
    boolean means;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the banner to FILE (.html, .csv or .xlsx) instead of printing it.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the written table (default: the source's name).")
    String title;

    @Option(names = "--keep-formulas", description = { "In a .csv file, write labels that start with =, +, -, @, tab or carriage return as they are.",
            "By default they get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas." })
    boolean keepFormulas;

    @Override
    public Integer call() throws InputException {
        if (table != null || save != null) {
            return saved();
        }
        if (rows == null || cols == null) {
            throw new InputException("give the questions and breakdowns (--rows and --cols), or a table saved in a study (--table NAME)");
        }
        PAdjust adjust;
        try {
            adjust = PAdjust.of(correction != null ? correction : Defaults.LETTER_CORRECTION_ID);
        } catch (IllegalArgumentException e) {
            throw new InputException("--correction: " + e.getMessage(), e);
        }
        double level = alpha != null ? alpha : Defaults.ALPHA;
        if (!(level > 0 && level < 1)) {
            throw new InputException("--alpha must be between 0 and 1, got " + level);
        }
        try (DataSourceOptions.Opened opened = data.open(root, Stream.concat(rows.stream(), cols.stream()).toList())) {
            String names = opened.dataset() == null ? null : TableNames.problem(opened.dataset(), rows, cols); // in the user's words before the engine's
            if (names != null) {
                throw new InputException(data.label() + ": " + names);
            }
            Banner.Extras extras = opened.dataset() != null ? Banner.extras(opened.dataset(), means) : new Banner.Extras(java.util.Map.of(), means, java.util.Map.of(), java.util.Map.of());
            Banner banner = Banner.of(opened.rows(), rows, cols, opened.design(), opened.filter(), Banner.labels(opened.dataset()), extras, adjust, level);
            String heading = title != null ? title : data.baseName() + ": " + String.join(", ", rows) + " by " + String.join(", ", cols);
            return show(banner, heading);
        } catch (IllegalArgumentException e) {
            throw new InputException(data.label() + ": " + e.getMessage(), e);
        }
    }

    /** A table saved in the study (--table), or one saved first (--save): computed by the table workflow, as the workbench and reports do. */
    private Integer saved() throws InputException {
        String option = table != null ? "--table" : "--save";
        if (table != null && save != null) {
            throw new InputException("give either --table (show a saved table) or --save (save a new one), not both");
        }
        if (!data.isStudy()) {
            throw new InputException(data.label() + ": " + option + " needs a .study file; tables are saved in studies");
        }
        if (data.weight != null || data.cluster != null || data.strata != null || data.format != null) {
            throw new InputException(option + ": a saved table uses its dataset's design roles; set them in the study instead of --weight, --cluster, --strata");
        }
        Path file = data.source;
        DuckDb.startLoading();
        Study study = root.load(file);
        TableSpec spec;
        if (table != null) {
            if (rows != null || cols != null || data.segmentName != null || data.datasetName != null || correction != null || alpha != null || means) {
                throw new InputException("--table: the saved table decides its questions, breakdowns, dataset, segment, means and letters; change them with "
                        + "'studybench set " + file + " table " + table + " --set SETTING=VALUE'");
            }
            spec = study.getTables().stream().filter(t -> table.equals(t.getName())).findFirst()
                    .orElseThrow(() -> new InputException(file + ": has no table named '" + table + "'" + (study.getTables().isEmpty() ? ""
                            : "; its tables: " + String.join(", ", study.getTables().stream().map(TableSpec::getName).toList()))));
        } else {
            if (rows == null || cols == null) {
                throw new InputException("--save: give the table's questions and breakdowns (--rows and --cols)");
            }
            spec = create(study, file);
        }
        TableWorkflow tables = root.services.tables();
        Banner banner = tables.compute(study, file, spec);
        if (save != null) { // saved only once it computes: a table that fails is never left in the study
            root.services.studies().save(study, file);
        }
        int code = show(banner, title != null ? title : TableWorkflow.title(spec));
        if (save != null) {
            root.out().println("Saved table '" + save + "' in " + file);
        }
        return code;
    }

    /** The new table, added through the authoring workflow in memory; refused when it would make the study invalid. */
    private TableSpec create(Study study, Path file) throws InputException {
        AuthoringWorkflow authoring = root.services.authoring();
        TableSpec spec;
        try {
            spec = (TableSpec) authoring.add(study, "table", save, null);
            authoring.set(spec, "rows", String.join(",", rows));
            authoring.set(spec, "columns", String.join(",", cols));
            if (data.datasetName != null) {
                authoring.set(spec, "dataset", data.datasetName);
            }
            if (data.segmentName != null) {
                authoring.set(spec, "segment", data.segmentName);
            }
            if (correction != null) {
                authoring.set(spec, "correction", correction);
            }
            if (alpha != null) {
                authoring.set(spec, "alpha", Double.toString(alpha));
            }
            if (title != null) {
                authoring.set(spec, "title", title);
            }
            if (means) {
                authoring.set(spec, "means", "true");
            }
        } catch (InputException e) {
            throw new InputException(file + ": " + e.getMessage(), e.getCause());
        }
        List<String> errors = root.services.studies().validate(study).stream().filter(p -> p.severity() == Problem.Severity.ERROR)
                .filter(p -> p.message().startsWith("Table '" + save + "'")).map(Problem::message).toList();
        if (!errors.isEmpty()) {
            throw new InputException(file + ": not saved: " + String.join("; ", errors));
        }
        return spec;
    }

    private Integer show(Banner banner, String heading) throws InputException {
        if (out == null) {
            TextTable.print(root.out(), BannerWriter.grid(banner));
            root.out().println(BannerWriter.note(banner));
            root.out().flush();
            return ExitCode.OK;
        }
        try {
            BannerWriter.write(banner, out, heading, keepFormulas);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write: " + UserMessages.io(e), e);
        }
        root.out().println("Wrote " + out + " (" + banner.blocks().size() + " questions by " + (banner.groups().size() - 1) + " breakdowns, "
                + banner.columnCount() + " columns)");
        return ExitCode.OK;
    }
}
