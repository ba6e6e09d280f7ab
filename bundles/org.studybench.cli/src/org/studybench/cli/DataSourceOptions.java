package org.studybench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.engine.DatasetRows;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlEngine;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Where the respondents of crosstab, proportion and banner come from: a study's dataset (with its
 * design roles and segments), a Parquet file, or any file an importer reads (converted to a temporary
 * Parquet file that is deleted afterwards).
 */
final class DataSourceOptions {

    /** The source as given: a path, or a JDBC URL (which a Path would mangle: it folds the "//"). */
    String location;

    /** The source as a file; null for a JDBC URL. */
    Path source;

    @Parameters(index = "0", paramLabel = "SOURCE", description = { "A .study file, or a data file (CSV, XLSX, SAV, Parquet, ...) for a quick look without a study,",
            "or a table in an external SQL engine: jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE",
            "(user and password from the URL, PGUSER/PGPASSWORD or ~/.pgpass)",
            "or jdbc:trino://HOST:PORT/CATALOG/SCHEMA?table=TABLE (from the URL or TRINO_USER/TRINO_PASSWORD)." })
    void source(String given) {
        location = given;
        source = DatasetRows.isUrl(given) ? null : Path.of(given);
    }

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

    @Option(names = "--format", paramLabel = "FORMAT", description = "Importer for a data file when its extension is not enough.")
    String format;

    /** An opened source: where the rows are (a Parquet file or an engine's table), the design, the segment filter (or null). */
    record Opened(RowSource rows, CrossTab.Design design, SqlFilter filter, Dataset dataset, Path temporary) implements AutoCloseable {
        @Override
        public void close() {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // a file in the temporary folder; the OS cleans it
                }
            }
        }
    }

    /**
     * The error of a query on an opened source, naming the file the user gave rather than the
     * temporary Parquet file a data file was converted to.
     */
    InputException named(Opened opened, InputException e) {
        String temporary = opened.temporary() == null ? null : opened.temporary().toString();
        if (temporary == null || !e.getMessage().contains(temporary)) {
            return e;
        }
        return new InputException(e.getMessage().replace(temporary, source.toString()), e.getCause());
    }

    boolean isStudy() {
        return source != null && source.getFileName().toString().endsWith(".study");
    }

    /** The source for messages: the path, or the URL without a password. */
    String label() {
        return source != null ? source.toString() : DatasetRows.withoutPassword(location);
    }

    /** A short name for titles: the file name without extension, or the table of a URL. */
    String baseName() {
        if (source != null) {
            return StudyBenchCommand.baseName(source);
        }
        String table = DatasetRows.table(location);
        return table != null ? table : label();
    }

    /**
     * Opens the source for a command that uses the variables {@code used} (and the design's): a data file's
     * other columns are not typed (a wide CSV file's unused columns are only checked, never converted).
     */
    Opened open(StudyBenchCommand root, Collection<String> used) throws InputException {
        if (source == null) {
            return openUrl(root);
        }
        // a file's rows, and those of a study's dataset unless it stays in an external engine, are read by the embedded
        // engine: it loads while the file or study is read
        DuckDb.startLoading();
        if (isStudy()) {
            Study study = root.load(source);
            Dataset dataset = dataset(study);
            RowSource rows = root.services.rows().rows(source, dataset); // a data file, or a table that stays in its engine
            return new Opened(rows, CrossTab.Design.of(dataset).override(weight, cluster, strata), segmentFilter(study, dataset), dataset, null);
        }
        if (segmentName != null) {
            throw new InputException(source + ": --segment needs a study; segments are defined in .study files");
        }
        if (Files.isDirectory(source)) {
            throw new InputException(source + ": is a folder; give a data file (CSV, XLSX, SAV, Parquet) or a .study file");
        }
        if (!Files.exists(source)) {
            throw new InputException(source + ": no such file");
        }
        CrossTab.Design design = new CrossTab.Design(weight, cluster, strata);
        if (source.getFileName().toString().endsWith(".parquet")) {
            return new Opened(new RowSource.ParquetFile(source), design, null, null, null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile("studybench-", ".parquet");
            Files.delete(temp);
            Importer importer = root.services.imports().importerFor(source, format);
            Set<String> variables = new HashSet<>(used);
            variables.addAll(Arrays.asList(weight, cluster, strata));
            variables.remove(null);
            try (ParquetSink sink = new ParquetSink(variables)) {
                importer.read(source, Arguments.parse(importer.options(), Map.of()), sink, Progress.NONE);
                sink.warnings().forEach(w -> root.err().println("studybench: warning: " + w));
                String query = sink.delimitedTextQuery();
                if (query != null) {
                    // a CSV file that the engine reads as the importer does: queried where it lies, no Parquet copy written and read back
                    return new Opened(new RowSource.DelimitedFile(source.toString(), query), design, null, null, null);
                }
                sink.commit(temp);
            }
            return new Opened(new RowSource.ParquetFile(temp), design, null, null, temp);
        } catch (IOException e) {
            throw new InputException(source + ": " + UserMessages.io(e), e);
        } catch (InputException | RuntimeException e) {
            new Opened(null, null, null, null, temp).close();
            throw e;
        }
    }

    /** A table in an external SQL engine: the installed engine that reads the URL opens it; the query runs there. */
    private Opened openUrl(StudyBenchCommand root) throws InputException {
        if (segmentName != null || datasetName != null) {
            throw new InputException(label() + ": --segment and --dataset need a study; for a table in a SQL engine, give the design with --weight, --cluster and --strata");
        }
        SqlEngine engine = DatasetRows.engineFor(root.services.engines(), location, label());
        return new Opened(engine.open(location), new CrossTab.Design(weight, cluster, strata), null, null, null);
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
        return SegmentFilters.ofSegment(String.valueOf(source), segment, dataset);
    }
}
