package org.studybench.core;

import java.util.List;

import org.studybench.model.study.Dataset;

/**
 * A dataset's rows as a grid shows them: optionally filtered (segment filter language) and sorted,
 * read by row number so that any row of millions is one small read away. From
 * {@link DatasetService#view}; close it when done. Not thread-safe: one view per grid, its view changed
 * from one thread at a time.
 *
 * @since 0.1
 */
public interface DatasetView extends AutoCloseable {

    /** Summary of one column of the current view; min, mean and max are null for columns that are not numbers. */
    record ColumnStatistics(String column, long values, long missing, long distinct, Double min, Double mean, Double max) {
    }

    Dataset dataset();

    List<String> columns();

    /** Rows of the current view. */
    long rowCount();

    /**
     * Shows only rows matching {@code filter} (blank: all), sorted by {@code sortColumn} (null: file order).
     *
     * @throws InputException with the filter's own message when it does not parse or names an unknown variable
     */
    void view(String filter, String sortColumn, boolean descending) throws InputException;

    /** The value at (row, column) of the current view: String, Long, Double, Boolean, LocalDate or null. */
    Object value(long row, int column);

    /** Count, missing, approximate distinct values, and for numbers min, mean and max, of the current view. */
    ColumnStatistics statistics(int column) throws InputException;

    @Override
    void close();
}
