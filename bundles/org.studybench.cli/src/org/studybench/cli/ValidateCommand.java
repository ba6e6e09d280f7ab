package org.studybench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a study for problems. Exits with 1 when there are errors; warnings alone exit with 0.")
class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    @Parameters(paramLabel = "STUDY", description = "The study file.")
    Path file;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--rehash", description = { "Accept the datasets' data files as they are now: record their SHA-256 and row count in the study",
            "(after a deliberate change of a data file; without it a changed file is refused); for a table in an engine, its row count." })
    boolean rehash;

    @Override
    public Integer call() throws InputException {
        Study study = root.load(file);
        if (rehash) {
            boolean changed = false;
            for (org.studybench.model.study.Dataset dataset : study.getDatasets()) {
                if (root.services.datasets().rehash(file, dataset)) {
                    changed = true;
                    if (!json) {
                        root.out().println(file + ": dataset '" + dataset.getName() + "': accepted its " + (org.studybench.data.engine.DatasetRows.inEngine(dataset)
                                ? "table" : "data file") + " as it is now (" + dataset.getRowCount() + " rows)");
                    }
                }
            }
            if (changed) {
                root.services.studies().save(study, file);
            }
        }
        List<Problem> problems = root.services.studies().validate(study);
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        if (json) {
            List<Object> list = new ArrayList<>();
            for (Problem p : problems) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("severity", p.severity().name().toLowerCase());
                row.put("message", p.message());
                row.put("element", p.element() instanceof Identified identified ? identified.getId() : null);
                list.add(row);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("valid", errors == 0);
            result.put("errors", errors);
            result.put("warnings", warnings);
            result.put("problems", list);
            Json.print(root.out(), result);
        } else {
            for (Problem p : problems) {
                root.out().println(file + ": " + p.severity().name().toLowerCase() + ": " + p.message());
            }
            root.out().println(file + ": " + (errors == 0 ? "valid" : "invalid") + " (" + plural(errors, "error") + ", " + plural(warnings, "warning") + ")");
        }
        return errors == 0 ? ExitCode.OK : ExitCode.INPUT;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
