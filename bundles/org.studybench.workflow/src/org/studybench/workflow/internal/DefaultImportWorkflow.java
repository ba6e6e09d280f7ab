package org.studybench.workflow.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.core.Arguments;
import org.studybench.core.DatasetService;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.core.Registry;
import org.studybench.core.VariableNames;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.data.engine.DatasetRows;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;

/** Importer choice, options, rows, roles: every step checked before the study keeps the dataset. */
@Component(service = ImportWorkflow.class)
public class DefaultImportWorkflow implements ImportWorkflow {

    @Reference
    private Registry registry;

    @Reference
    private DatasetService datasets;

    @Reference
    private DatasetRows tables;

    public DefaultImportWorkflow() {
    }

    /** For tests, outside OSGi. */
    public DefaultImportWorkflow(Registry registry, DatasetService datasets, DatasetRows tables) {
        this.registry = registry;
        this.datasets = datasets;
        this.tables = tables;
    }

    @Override
    public Importer importerFor(Path file, String format) throws InputException {
        List<Importer> importers = registry.importers();
        String available = String.join(", ", importers.stream().map(Importer::id).toList());
        if (format != null) {
            return registry.importer(format).orElseThrow(() -> new InputException("unknown format '" + format + "'; available: " + available));
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return importers.stream().filter(i -> i.fileExtensions().contains(extension)).findFirst()
                .orElseThrow(() -> new InputException(file + ": no importer for ." + extension + " files; give --format (available: " + available + ")"));
    }

    @Override
    public Importer.Preview preview(Path file, String format, Map<String, String> options, int rows) throws InputException {
        Importer importer = importerFor(file, format);
        Importer.Preview preview = importer.preview(file, Arguments.parse(importer.options(), options), rows);
        // the data store makes names unique ignoring case for every importer; the preview shows those names
        VariableNames.makeUnique(preview.dictionary());
        return preview;
    }

    @Override
    public String defaultName(Path file) {
        String name = FileNames.withoutExtension(file).replaceAll("[^A-Za-z0-9_-]", "_");
        return !name.isEmpty() && Character.isLetter(name.charAt(0)) ? name : "d" + name;
    }

    @Override
    public Imported importInto(Study study, Path studyFile, Request request, Progress progress) throws InputException {
        Importer importer = importerFor(request.file(), request.format());
        Arguments options = Arguments.parse(importer.options(), request.options());
        String name = request.name() != null && !request.name().isBlank() ? request.name() : defaultName(request.file());
        List<String> warnings = new ArrayList<>();
        Dataset dataset = datasets.importFile(study, studyFile, request.file(), importer.id(), options, name, progress, warnings::add);
        return finish(study, request.file().toString(), dataset, request.roles(), warnings, () -> {
            try {
                Files.deleteIfExists(datasets.dataFile(studyFile, dataset));
            } catch (IOException | InputException ignored) {
                // the role error is what the user needs to see
            }
        });
    }

    @Override
    public Importer.Preview previewTable(String url, int rows) throws InputException {
        return tables.previewTable(url, rows);
    }

    @Override
    public String defaultTableName(String url) {
        String table = DatasetRows.table(url);
        String name = table != null ? table : "query";
        name = name.substring(name.lastIndexOf('.') + 1).replaceAll("[^A-Za-z0-9_-]", "_"); // schema.table: the table
        return !name.isEmpty() && Character.isLetter(name.charAt(0)) ? name : "d" + name;
    }

    @Override
    public Imported importTable(Study study, Path studyFile, TableRequest request) throws InputException {
        String name = request.name() != null && !request.name().isBlank() ? request.name() : defaultTableName(request.url());
        List<String> warnings = new ArrayList<>();
        Dataset dataset = tables.importTable(study, studyFile, request.url(), name, warnings::add);
        return finish(study, dataset.getLabel(), dataset, request.roles(), warnings, () -> {
            // no file: the rows stay in the engine
        });
    }

    /**
     * The steps after the rows are in place, the same for a file and an engine's table: names a study can
     * hold, the design roles. On an error the dataset leaves the study and {@code undo} removes what it left.
     *
     * @param source the file or table, for messages
     */
    private static Imported finish(Study study, String source, Dataset dataset, Roles roles, List<String> warnings, Runnable undo) throws InputException {
        // names and labels from another tool's file may hold control characters a study file cannot (the data keep them)
        org.studybench.model.io.XmlText.clean(dataset).forEach(change -> warnings.add(source + ": " + change));
        try {
            java.util.Optional<String> unwritable = org.studybench.model.io.XmlText.firstProblem(dataset);
            if (unwritable.isPresent()) {
                throw new InputException(source + ": " + unwritable.get() + ", which a study cannot hold; rename that column where it comes from");
            }
            role(source, dataset, roles.weight(), VariableRole.WEIGHT);
            role(source, dataset, roles.cluster(), VariableRole.CLUSTER);
            role(source, dataset, roles.strata(), VariableRole.STRATA);
        } catch (InputException e) {
            // all or nothing: the dataset leaves the study (a role or a name it cannot keep)
            study.getDatasets().remove(dataset);
            undo.run();
            throw e;
        }
        return new Imported(dataset, warnings);
    }

    private static void role(String file, Dataset dataset, String variable, VariableRole role) throws InputException {
        if (variable == null || variable.isBlank()) {
            return;
        }
        Variable v = dataset.getVariables().stream().filter(x -> variable.equals(x.getName())).findFirst()
                .orElseThrow(() -> new InputException(file + ": has no variable '" + variable + "' to use as the " + role.getLiteral()));
        v.setRole(role);
    }
}
