package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.FindingsImporter;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Problem;
import org.studybench.core.Progress;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.data.engine.DatasetRows;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Import a data file into a study as a dataset (a Parquet file in the study's data/ folder),",
                "or add a table of an external SQL engine as a dataset whose rows stay there (the study records its URL, never a password),",
                "or, with --format published, a table of published results (CSV or XLSX) as published findings.",
                "All or nothing: on any error the study and its data folder are left as they were." })
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    StudyBenchCommand root;

    /** The file, or null for a JDBC URL (which a Path would mangle: it folds the "//"). */
    Path file;

    /** The file or URL as given. */
    String location;

    @Parameters(paramLabel = "SOURCE", description = { "The data file, or a table in an external SQL engine: jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE",
            "(or ?query=SELECT... URL-encoded); no password in the URL: it comes from PGPASSWORD or ~/.pgpass." })
    void source(String given) {
        location = given;
        file = DatasetRows.isUrl(given) ? null : Path.of(given);
    }

    @Option(names = "--study", required = true, paramLabel = "STUDY", description = "The study to add the dataset to.")
    Path studyFile;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Importer id (default: from the file extension); see 'studybench plugins'.")
    String format;

    @Option(names = "--name", paramLabel = "NAME", description = "Dataset name (default: the file or table name).")
    String name;

    @Option(names = "--weight", paramLabel = "VAR", description = "The survey weight variable.")
    String weight;

    @Option(names = "--cluster", paramLabel = "VAR", description = "The cluster (PSU) variable.")
    String cluster;

    @Option(names = "--strata", paramLabel = "VAR", description = "The stratum variable.")
    String strata;

    @Option(names = "--option", paramLabel = "KEY=VALUE", description = "An importer option, e.g. --option delimiter=';' (see the importer's options).")
    Map<String, String> importerOptions = new LinkedHashMap<>();

    @Override
    public Integer call() throws InputException {
        Study study = root.load(studyFile);
        if (file == null) {
            return importTable(study);
        }
        if (format != null) {
            Optional<FindingsImporter> findings = root.services.registry().findingsImporter(format);
            if (findings.isPresent()) {
                return importFindings(study, findings.get());
            }
        }
        ImportWorkflow.Request request = new ImportWorkflow.Request(file, format, importerOptions, name, new ImportWorkflow.Roles(weight, cluster, strata));
        ImportWorkflow.Imported imported = root.services.imports().importInto(study, studyFile, request, progressBar());
        Dataset dataset = imported.dataset();
        try {
            root.services.studies().save(study, studyFile);
        } catch (InputException e) {
            deleteQuietly(studyFile.toAbsolutePath().getParent().resolve(dataset.getUri())); // all or nothing: the study was not saved
            throw e;
        }
        List<String> warnings = imported.warnings();
        warnings.forEach(w -> root.err().println("studybench import: warning: " + w));
        root.out().println("Imported " + dataset.getRowCount() + " rows and " + dataset.getVariables().size() + " variables from " + file + " into "
                + studyFile + " as dataset '" + dataset.getName() + "' (" + dataset.getUri() + ")");
        return ExitCode.OK;
    }

    /** A table of an external engine: its columns and row count go into the study, its rows stay where they are. */
    private int importTable(Study study) throws InputException {
        if (format != null || !importerOptions.isEmpty()) {
            throw new InputException(DatasetRows.withoutPassword(location) + ": --format and --option are for data files; a table's columns give the variables");
        }
        ImportWorkflow.TableRequest request = new ImportWorkflow.TableRequest(location, name, new ImportWorkflow.Roles(weight, cluster, strata));
        ImportWorkflow.Imported imported = root.services.imports().importTable(study, studyFile, request);
        Dataset dataset = imported.dataset();
        root.services.studies().save(study, studyFile); // nothing else to undo when it fails: no file was written
        imported.warnings().forEach(w -> root.err().println("studybench import: warning: " + w));
        root.out().println("Added " + dataset.getLabel() + " (" + dataset.getRowCount() + " rows, " + dataset.getVariables().size() + " variables) to "
                + studyFile + " as dataset '" + dataset.getName() + "'; its rows stay in the engine");
        return ExitCode.OK;
    }

    /** A published table: rows read by the row importer for the file's extension, turned into findings, saved only if valid. */
    private int importFindings(Study study, FindingsImporter findings) throws InputException {
        Importer rows = root.services.imports().importerFor(file, null);
        Map<String, String> rowOptions = new LinkedHashMap<>();
        Map<String, String> findingOptions = new LinkedHashMap<>();
        List<String> rowOptionNames = rows.options().stream().map(ParameterSpec::name).toList();
        importerOptions.forEach((k, v) -> (rowOptionNames.contains(k) ? rowOptions : findingOptions).put(k, v));
        CollectedRows table = new CollectedRows();
        rows.read(file, Arguments.parse(rows.options(), rowOptions), table, Progress.NONE);
        List<Finding> added = findings.addFindings(study, file, table, Arguments.parse(findings.options(), findingOptions));
        List<Problem> errors = root.services.studies().validate(study).stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new InputException(file + ": the imported findings make the study invalid: " + errors.get(0).message());
        }
        root.services.studies().save(study, studyFile);
        int estimates = added.stream().mapToInt(f -> f.getEstimates().size()).sum();
        root.out().println("Imported " + added.size() + " published findings with " + estimates + " estimates from " + file + " into " + studyFile);
        return ExitCode.OK;
    }

    /** A progress bar on stderr when it is a terminal; silence otherwise (batch logs stay clean). */
    private Progress progressBar() {
        if (System.console() == null) {
            return Progress.NONE;
        }
        return new Progress() {
            private long shown = -1; // the percentage on screen: the bar is redrawn when it changes, not at every report

            @Override
            public void worked(long done, long total) {
                if (total > 0 && 100 * done / total != shown) {
                    shown = 100 * done / total;
                    int width = 30;
                    int filled = (int) (width * done / Math.max(1, total));
                    // reading the file and writing the store are steps of one bar (Progress.share), so it shows a percentage, not rows
                    root.err().print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + 100 * done / total + "%");
                    if (done >= total) {
                        root.err().println();
                    }
                    root.err().flush();
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the original error is what the user needs to see
        }
    }
}
