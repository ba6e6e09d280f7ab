package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.core.InputException;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "banner", mixinStandardHelpOptions = true,
        description = { "Many questions by many breakdowns in one table (\"custom tables\"): weighted column percentages,",
                "column-proportion letters within each breakdown, bases and the test of independence per question and breakdown.",
                "Prints a text table, or writes --out FILE.html, FILE.csv or FILE.xlsx." })
class BannerCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Mixin
    DataSourceOptions data;

    @Option(names = "--rows", required = true, split = ",", paramLabel = "VAR[,VAR...]", description = "Row variables (questions).")
    List<String> rows;

    @Option(names = "--cols", required = true, split = ",", paramLabel = "VAR[,VAR...]", description = "Column variables (breakdowns).")
    List<String> cols;

    @Option(names = "--correction", defaultValue = Defaults.LETTER_CORRECTION_ID, paramLabel = "METHOD",
            description = "Multiple-comparison correction of the letters within each row: none, bonferroni (default), holm, hochberg, BH, BY.")
    String correction;

    @Option(names = "--alpha", defaultValue = Defaults.ALPHA_TEXT, paramLabel = "ALPHA", description = "Significance level of the letters (default 0.05).")
    double alpha;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the banner to FILE (.html, .csv or .xlsx) instead of printing it.")
    Path out;

    @Option(names = "--title", paramLabel = "TEXT", description = "Title of the written table (default: the source's name).")
    String title;

    @Option(names = "--keep-formulas", description = { "In a .csv file, write labels that start with =, +, -, @, tab or carriage return as they are.",
            "By default they get a leading apostrophe, so a spreadsheet shows them as text instead of running them as formulas." })
    boolean keepFormulas;

    @Override
    public Integer call() throws InputException {
        PAdjust adjust;
        try {
            adjust = PAdjust.of(correction);
        } catch (IllegalArgumentException e) {
            throw new InputException("--correction: " + e.getMessage(), e);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new InputException("--alpha must be between 0 and 1, got " + alpha);
        }
        try (DataSourceOptions.Opened opened = data.open(root)) {
            Banner banner = Banner.of(opened.rows(), rows, cols, opened.design(), opened.filter(), Banner.labels(opened.dataset()), adjust, alpha);
            String heading = title != null ? title : data.baseName() + ": " + String.join(", ", rows) + " by " + String.join(", ", cols);
            if (out == null) {
                TextTable.print(root.out(), BannerWriter.grid(banner));
                root.out().println(BannerWriter.note(banner));
                root.out().flush();
            } else {
                BannerWriter.write(banner, out, heading, keepFormulas);
                root.out().println("Wrote " + out + " (" + rows.size() + " questions by " + cols.size() + " breakdowns, " + banner.columnCount() + " columns)");
            }
            return ExitCode.OK;
        } catch (IllegalArgumentException e) {
            throw new InputException(data.label() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InputException(out + ": cannot write: " + UserMessages.io(e), e);
        }
    }
}
