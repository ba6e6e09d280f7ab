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
import org.studybench.core.Arguments;
import org.studybench.core.DatasetService;
import org.studybench.core.DatasetView;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Problem;
import org.studybench.core.Progress;
import org.studybench.core.Registry;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.io.Ids;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;

/**
 * Datasets as Parquet files in the study's {@code data/} folder. An import reads the whole file into
 * a temporary spool first and writes the Parquet file only when that succeeded, so a failed or
 * cancelled import leaves the data folder untouched; the study itself is changed only in memory (the
 * caller saves it, and removes the file again if that save fails).
 */
@Component(service = DatasetService.class)
public class DefaultDatasetService implements DatasetService {

    @Reference
    Registry registry;

    @Override
    public Path dataFile(Path studyFile, Dataset dataset) throws InputException {
        try {
            return DataFiles.checked(studyFile, dataset);
        } catch (DataFiles.Refused r) {
            throw new InputException(studyFile + ": " + r.getMessage(), r.getCause());
        }
    }

    @Override
    public boolean rehash(Path studyFile, Dataset dataset) throws InputException {
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
        return new ParquetView(dataFile(studyFile, dataset), dataset);
    }

    @Override
    public SegmentCount countSegment(Path studyFile, Dataset dataset, String filter) throws InputException {
        SqlFilter sql;
        try {
            sql = SegmentFilters.toSql(filter, SegmentFilters.types(dataset));
        } catch (FilterException e) {
            throw new InputException(e.getMessage(), e);
        }
        Path parquet = dataFile(studyFile, dataset);
        try (Connection c = DuckDb.inMemory();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FILTER (WHERE " + sql.sql() + "), count(*) FROM read_parquet("
                        + DuckDb.literal(parquet) + ")")) {
            sql.bind(s);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new SegmentCount(r.getLong(1), r.getLong(2));
            }
        } catch (SQLException e) {
            throw new InputException("dataset '" + dataset.getName() + "': the filter cannot be evaluated: " + DuckDb.message(e), e);
        }
    }

    @Override
    public List<Problem> check(Study study) {
        List<Problem> problems = new ArrayList<>();
        Path studyFile = study.eResource() != null && study.eResource().getURI().isFile() ? Path.of(study.eResource().getURI().toFileString()) : null;
        for (Dataset dataset : studyFile == null ? List.<Dataset>of() : study.getDatasets()) {
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
                    SegmentFilters.toSql(segment.getFilter(), SegmentFilters.types(dataset));
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
}
