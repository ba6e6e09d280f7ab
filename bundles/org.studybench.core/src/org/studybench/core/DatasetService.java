package org.studybench.core;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;

/**
 * Manages the respondent-level data of a study: Parquet files in the study's {@code data/} folder,
 * referenced from {@link Dataset} elements by a URI relative to the study file. Thread-safe; imports
 * report to a {@link Progress} and stop when it is cancelled, leaving nothing behind.
 *
 * @since 0.1
 */
public interface DatasetService {

    /**
     * The absolute path of the dataset's data file, resolved against the study file, after checking
     * that it may be used: it lies inside the study's folder (or a data root the installation allows,
     * see docs/security.md), it exists, and its content is the one the study recorded at import (its
     * SHA-256), so a swapped or edited file is never analysed silently.
     *
     * @throws InputException saying which of these does not hold, in the user's words
     */
    Path dataFile(Path studyFile, Dataset dataset) throws InputException;

    /**
     * Records the current content of {@code dataset}'s data file as the one the study expects (its
     * SHA-256 and row count): accepting a deliberate change of the file. The study is changed, not saved.
     *
     * @return whether anything changed
     * @since 0.1
     */
    boolean rehash(Path studyFile, Dataset dataset) throws InputException;

    /**
     * Imports {@code file} with the importer {@code importerId} as dataset {@code name} of the study,
     * all or nothing: on error or cancellation the study and its data folder are unchanged.
     */
    default Dataset importFile(Study study, Path studyFile, Path file, String importerId, Arguments options, String name,
            Progress progress) throws InputException {
        return importFile(study, studyFile, file, importerId, options, name, progress, warning -> {
        });
    }

    /**
     * As {@link #importFile(Study, Path, Path, String, Arguments, String, Progress)}, handing each of the
     * importer's warnings (one line naming the file and place, e.g. values it read as missing) to
     * {@code warnings} as it comes; the dataset's description keeps them too.
     *
     * @since 0.1
     */
    Dataset importFile(Study study, Path studyFile, Path file, String importerId, Arguments options, String name,
            Progress progress, Consumer<String> warnings) throws InputException;

    /**
     * Opens {@code dataset}'s rows for browsing (a data grid): filtered, sorted and read by row number.
     *
     * @throws InputException when the data file is missing or cannot be read
     * @since 0.1
     */
    DatasetView view(Path studyFile, Dataset dataset) throws InputException;

    /** How many respondents of a dataset a segment filter selects. */
    record SegmentCount(long selected, long total) {
    }

    /**
     * Counts the respondents of {@code dataset} that {@code filter} (the segment filter language)
     * selects.
     *
     * @throws InputException naming the place in the filter that is wrong, or the missing data file
     * @since 0.1
     */
    SegmentCount countSegment(Path studyFile, Dataset dataset, String filter) throws InputException;

    /**
     * Problems in what the study says about its data that only the data layer can see: data files
     * missing, outside the study's folder or changed since import; segment filters that do not parse,
     * or that name variables no dataset has or compare them with values of the wrong type. Part of
     * {@link StudyService#validate}.
     */
    List<Problem> check(Study study);
}
