package org.studybench.data.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.studybench.core.Arguments;
import org.studybench.core.DatasetService;
import org.studybench.core.DatasetView;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.Progress;
import org.studybench.core.Registry;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlEngine;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.io.Ids;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Variable;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;

/**
 * Datasets as Parquet files in the study's {@code data/} folder. An import reads the whole file into
 * a temporary spool first and writes the Parquet file only when that succeeded, so a failed or
 * cancelled import leaves the data folder untouched; the study itself is changed only in memory (the
 * caller saves it, and removes the file again if that save fails).
 *
 * <p>A dataset may instead record the JDBC URL of a table in an external SQL engine: its rows stay
 * there, are read through the installed engine that accepts the URL, and have no file or content hash.
 */
@Component(service = { DatasetService.class, DatasetRows.class })
public class DefaultDatasetService implements DatasetService, DatasetRows {

    @Reference
    Registry registry;

    /** The external SQL engines installed (none without their bundles). */
    @Reference(service = SqlEngine.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    volatile List<SqlEngine> engines = List.of();

    @Override
    public Path dataFile(Path studyFile, Dataset dataset) throws InputException {
        if (DatasetRows.inEngine(dataset)) {
            throw new InputException(studyFile + ": dataset '" + dataset.getName() + "' stays in its engine (" + DatasetRows.withoutPassword(dataset.getUri())
                    + ") and has no data file");
        }
        try {
            return DataFiles.checked(studyFile, dataset);
        } catch (DataFiles.Refused r) {
            throw new InputException(studyFile + ": " + r.getMessage(), r.getCause());
        }
    }

    @Override
    public boolean rehash(Path studyFile, Dataset dataset) throws InputException {
        if (DatasetRows.inEngine(dataset)) {
            // no file to hash: accepting the table as it is now means its row count
            RowSource rows = rows(studyFile, dataset);
            long count = count(rows);
            boolean changed = count != dataset.getRowCount();
            dataset.setRowCount(count);
            return changed;
        }
        Path file;
        try {
            file = DataFiles.resolve(studyFile, dataset);
        } catch (DataFiles.Refused r) {
            throw new InputException(studyFile + ": " + r.getMessage(), r.getCause());
        }
        try {
            String actual = DataFiles.sha256(file);
            long rows;
            try (Connection c = DuckDb.inMemory(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM read_parquet(" + DuckDb.literal(file) + ")");
                    ResultSet r = s.executeQuery()) {
                r.next();
                rows = r.getLong(1);
            }
            boolean changed = !actual.equalsIgnoreCase(String.valueOf(dataset.getContentHash())) || rows != dataset.getRowCount();
            dataset.setContentHash(actual);
            dataset.setRowCount(rows);
            return changed;
        } catch (IOException e) {
            throw new InputException(studyFile + ": " + DataFiles.unreadable(dataset, file, e).getMessage(), e);
        } catch (SQLException e) {
            throw new InputException(file + ": the data file of dataset '" + dataset.getName() + "' is not a readable Parquet file: " + DuckDb.message(e), e);
        }
    }

    @Override
    public Dataset importFile(Study study, Path studyFile, Path file, String importerId, Arguments options, String name, Progress progress,
            Consumer<String> warnings) throws InputException {
        Importer importer = registry.importer(importerId).orElseThrow(() -> new InputException("unknown format '" + importerId + "'; available: "
                + String.join(", ", registry.importers().stream().map(Importer::id).toList())));
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new InputException("dataset name '" + name + "': use letters, digits, '_' and '-', starting with a letter");
        }
        if (study.getDatasets().stream().anyMatch(d -> name.equals(d.getName()))) {
            throw new InputException(studyFile + ": already has a dataset named '" + name + "' (choose another --name)");
        }
        String uri = "data/" + name + ".parquet";
        Path target = studyFile.toAbsolutePath().getParent().resolve(uri);
        if (Files.exists(target) && study.getDatasets().stream().noneMatch(d -> uri.equals(d.getUri()))) {
            // No dataset of the study has this file: an import killed after it claimed or wrote it, before
            // the study was saved. An hour old, it is a leftover (as the engine's temporary files: a running
            // import's claim is younger, or its import very long); a younger one is refused below.
            String fileName = target.getFileName().toString();
            org.studybench.model.io.AtomicFiles.deleteLeftovers(target.getParent(), n -> n.equals(fileName), java.time.Duration.ofHours(1));
        }
        if (Files.exists(target)) {
            throw new InputException(target + ": exists already; remove it or choose another --name");
        }
        try (ParquetSink sink = new ParquetSink()) {
            // reading the file (the importer's passes) and writing it into the store (the engine's pass) are the two halves of the bar
            importer.read(file, options, sink, Progress.share(progress, 0, 0.5));
            if (progress.isCancelled()) {
                throw new InputException(file + ": import cancelled; nothing was changed");
            }
            ParquetSink.Written written = sink.commit(target, Progress.share(progress, 0.5, 1));
            Dataset dataset = StudyFactory.eINSTANCE.createDataset();
            dataset.setId(Ids.newId());
            dataset.setName(name);
            dataset.setLabel(file.getFileName().toString());
            dataset.setUri(uri);
            dataset.setRowCount(written.rows());
            dataset.setContentHash(written.sha256());
            DataFiles.remember(target, written.sha256());
            // The importer's warnings (e.g. rows skipped at the user's request) stay with the dataset.
            dataset.setDescription("Imported from " + file.getFileName() + " with the " + importer.id() + " importer."
                    + sink.warnings().stream().map(w -> " Warning: " + w).reduce("", String::concat));
            dataset.getVariables().addAll(sink.dictionary());
            dataset.getMultipleResponseSets().addAll(sink.sets());
            study.getDatasets().add(dataset);
            sink.warnings().forEach(warnings);
            return dataset;
        } catch (IOException e) {
            throw new InputException(target + ": could not write the data: " + e.getMessage(), e);
        }
    }

    @Override
    public DatasetView view(Path studyFile, Dataset dataset) throws InputException {
        return switch (rows(studyFile, dataset)) {
            case RowSource.SqlTable table -> new EngineView(table, dataset);
            case RowSource.ParquetFile file -> new ParquetView(file.path(), dataset);
            // rows(...) gives a study's dataset as its stored file or its engine table, never a CSV file read in place
            case RowSource.DelimitedFile file -> throw new IllegalStateException(file.name() + ": a study's dataset is never read in place");
        };
    }

    @Override
    public RowSource rows(Path studyFile, Dataset dataset) throws InputException {
        if (!DatasetRows.inEngine(dataset)) {
            // dataFile() checks the file against the recorded SHA-256: results over it may be reused while that holds
            Path file = dataFile(studyFile, dataset);
            String hash = dataset.getContentHash();
            return new RowSource.ParquetFile(file, hash == null || hash.isBlank() ? null : hash.toLowerCase(java.util.Locale.ROOT));
        }
        RowSource.SqlTable table = engine(dataset.getUri(), studyFile + ": dataset '" + dataset.getName() + "'").open(dataset.getUri());
        String code = codeParameter(dataset.getUri());
        if (code != null) {
            throw new InputException(table.name() + " (dataset '" + dataset.getName() + "'): " + code);
        }
        String host = EngineHosts.untrusted(dataset.getUri());
        if (host != null) {
            throw new InputException(table.name() + " (dataset '" + dataset.getName() + "'): the study names the server " + host
                    + ", which this installation does not trust with your credentials; if you expect the study to read from it, list it in "
                    + EngineHosts.VARIABLE + " (e.g. " + EngineHosts.VARIABLE + "=" + host + ")");
        }
        // messages name the engine's table and the study's dataset
        return new RowSource.SqlTable(table.dialect(), table.name() + " (dataset '" + dataset.getName() + "')", table.relation(), table.connector());
    }

    @Override
    public Importer.Preview previewTable(String url, int rows) throws InputException {
        RowSource.SqlTable table = openTable(url);
        EngineTables.Described described = EngineTables.describe(table, DatasetRows.table(url), rows);
        return new Importer.Preview(described.dictionary(), List.of(), described.rows(), described.count(), java.util.Map.of("engine", table.name(),
                "rows", "stay in the engine"));
    }

    @Override
    public Dataset importTable(Study study, Path studyFile, String url, String name, Consumer<String> warnings) throws InputException {
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new InputException("dataset name '" + name + "': use letters, digits, '_' and '-', starting with a letter");
        }
        if (study.getDatasets().stream().anyMatch(d -> name.equals(d.getName()))) {
            throw new InputException(studyFile + ": already has a dataset named '" + name + "' (choose another --name)");
        }
        RowSource.SqlTable table = openTable(url);
        EngineTables.Described described;
        try {
            described = EngineTables.describe(table, DatasetRows.table(url), 0);
        } catch (InputException e) {
            throw new InputException("dataset '" + name + "': " + e.getMessage(), e);
        }
        Dataset dataset = StudyFactory.eINSTANCE.createDataset();
        dataset.setId(Ids.newId());
        dataset.setName(name);
        dataset.setLabel(table.name());
        dataset.setUri(url);
        dataset.setRowCount(described.count());
        dataset.setDescription("Rows stay in " + table.name() + "; the study records the URL and the columns, never a password."
                + described.warnings().stream().map(w -> " Warning: " + w).reduce("", String::concat));
        dataset.getVariables().addAll(described.dictionary());
        study.getDatasets().add(dataset);
        described.warnings().forEach(w -> warnings.accept(table.name() + ": " + w));
        return dataset;
    }

    /** The table a URL names, refused when the URL carries a password (a study must never record one). */
    private RowSource.SqlTable openTable(String url) throws InputException {
        String shown = DatasetRows.withoutPassword(url);
        RowSource.SqlTable table = engine(url, shown).open(url);
        if (!shown.equals(url)) {
            throw new InputException(table.name() + ": the URL carries a password, which the study would record; remove it from the URL and give it "
                    + "outside the study (for PostgreSQL: PGPASSWORD or ~/.pgpass)");
        }
        String code = codeParameter(url);
        if (code != null) {
            throw new InputException(table.name() + ": " + code);
        }
        return table;
    }

    /** Driver parameters that name code to load or files to write: "socketFactory", "sslpasswordcallback", "loggerFile", ... */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("(?i)[?&;]([^=&;]*(factory|class|callback|verifier|plugin|logger)[^=&;]*)=");

    /**
     * Why a study may not record {@code url}, or null. A study file is not trusted (as its data files'
     * places are not, see DataFiles): its URL must not make the driver load classes or write files
     * however it was crafted, so the parameters that do are refused; the command line's own URLs keep them.
     */
    private static String codeParameter(String url) {
        java.util.regex.Matcher m = CODE.matcher(url);
        return m.find() ? "the URL's parameter " + m.group(1) + " would have the driver load code or write files, which a study may not ask for; remove it" : null;
    }

    /** The installed engine that reads {@code url}; {@code what} starts the message when there is none. */
    private SqlEngine engine(String url, String what) throws InputException {
        return DatasetRows.engineFor(engines, url, what);
    }

    private static long count(RowSource rows) throws InputException {
        try (Connection c = rows.connect(); PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + rows.fromSql()); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new InputException(rows.name() + ": " + rows.message(e), e);
        }
    }

    @Override
    public SegmentCount countSegment(Path studyFile, Dataset dataset, String filter) throws InputException {
        SqlFilter sql;
        try {
            sql = SegmentFilters.inDataset(filter, dataset);
        } catch (FilterException e) {
            throw new InputException(e.getMessage(), e);
        }
        RowSource rows = rows(studyFile, dataset);
        try (Connection c = rows.connect()) {
            try (PreparedStatement s = c.prepareStatement("SELECT count(*) FILTER (WHERE " + sql.sql() + "), count(*) FROM " + rows.fromSql())) {
                sql.bind(s);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    return new SegmentCount(r.getLong(1), r.getLong(2));
                }
            } catch (SQLException e) {
                throw new InputException("dataset '" + dataset.getName() + "': the filter cannot be evaluated: " + rows.message(e), e);
            }
        } catch (SQLException e) { // no connection: the engine's trouble, not the filter's
            throw new InputException(rows.name() + ": " + rows.message(e), e);
        }
    }

    @Override
    public List<Problem> check(Study study) {
        List<Problem> problems = new ArrayList<>();
        Path studyFile = study.eResource() != null && study.eResource().getURI().isFile() ? Path.of(study.eResource().getURI().toFileString()) : null;
        for (Dataset dataset : studyFile == null ? List.<Dataset>of() : study.getDatasets()) {
            if (DatasetRows.inEngine(dataset)) {
                checkTable(studyFile, dataset, problems);
                continue;
            }
            try {
                DataFiles.checked(studyFile, dataset); // where it lies, that it is there, that it is what was imported
            } catch (DataFiles.Refused r) {
                problems.add(new Problem(Problem.Severity.ERROR, r.getMessage(), dataset)); // listed under its study already
            }
        }
        for (Segment segment : study.getSegments()) {
            if (segment.getFilter() == null || segment.getFilter().isBlank()) {
                continue; // a published group: no respondents to select
            }
            String where = "Segment '" + segment.getName() + "' filter: ";
            if (study.getDatasets().isEmpty()) {
                try {
                    SegmentFilters.toSql(segment.getFilter(), null);
                } catch (FilterException e) {
                    problems.add(new Problem(Problem.Severity.ERROR, where + e.getMessage(), segment));
                }
                continue;
            }
            // The filter must work on at least one dataset; report the first dataset's complaint otherwise.
            FilterException first = null;
            for (Dataset dataset : study.getDatasets()) {
                try {
                    SegmentFilters.inDataset(segment.getFilter(), dataset);
                    first = null;
                    break;
                } catch (FilterException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                problems.add(new Problem(Problem.Severity.ERROR, where + first.getMessage()
                        + (study.getDatasets().size() > 1 ? " (in every dataset)" : " (dataset '" + study.getDatasets().get(0).getName() + "')"), segment));
            }
        }
        return problems;
    }

    /**
     * An engine's table: reachable, there, with the study's variables (no content hash: the engine's rows
     * may change at any time). An engine that cannot be reached now is a warning, not a broken study.
     */
    private void checkTable(Path studyFile, Dataset dataset, List<Problem> problems) {
        RowSource rows;
        try {
            rows = rows(studyFile, dataset);
        } catch (InputException e) {
            problems.add(new Problem(Problem.Severity.ERROR, e.getMessage().replaceFirst("^" + java.util.regex.Pattern.quote(studyFile + ": "), ""), dataset));
            return;
        }
        List<String> columns = new ArrayList<>();
        try (Connection c = rows.connect(); PreparedStatement s = c.prepareStatement("SELECT * FROM " + rows.fromSql() + " WHERE 1 = 0");
                ResultSet r = s.executeQuery()) {
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                columns.add(r.getMetaData().getColumnLabel(i));
            }
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            boolean unreachable = state.startsWith("08") || state.startsWith("28");
            problems.add(new Problem(unreachable ? Problem.Severity.WARNING : Problem.Severity.ERROR, rows.name() + ": "
                    + (unreachable ? "cannot check the table now: " : "") + rows.message(e), dataset));
            return;
        }
        List<String> missing = dataset.getVariables().stream().map(Variable::getName).filter(n -> !columns.contains(n)).toList();
        if (!missing.isEmpty()) {
            problems.add(new Problem(Problem.Severity.ERROR, rows.name() + ": has no column" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + " that the study names as variables; restore them in the engine or remove the variables", dataset));
        }
    }
}
