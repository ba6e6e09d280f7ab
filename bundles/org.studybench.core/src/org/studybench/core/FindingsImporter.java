package org.studybench.core;

import java.nio.file.Path;
import java.util.List;

import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;

/**
 * Turns a published aggregate table (one row per finding and segment, with a percentage or count and
 * the base) into {@link Finding}s with origin {@code published}. Registered as an OSGi service and
 * listed with the importers; its {@link #id()} is the {@code --format} users give.
 *
 * <p>Contract: the table's rows are read by a row {@link Importer} (CSV, XLSX, ...) first, so an
 * implementation only interprets columns. It must validate every row before touching the study and
 * then add everything at once, so that an error leaves the study unchanged; it never saves. Errors
 * are {@link InputException}s naming the file and the record.
 *
 * @since 0.1
 */
public interface FindingsImporter extends Contribution {

    /** Options the user may set, declared like comparator parameters. */
    default List<ParameterSpec> options() {
        return List.of();
    }

    /**
     * Adds the findings of {@code table} (read from {@code file}) to {@code study}, creating the
     * segments and sources they name when the study lacks them; returns the findings added or updated.
     */
    List<Finding> addFindings(Study study, Path file, CollectedRows table, Arguments options) throws InputException;
}
