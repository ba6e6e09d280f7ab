package org.studybench.importer.xlsx.internal;

import java.io.Closeable;
import java.util.List;

import org.studybench.core.InputException;

/** An open workbook whose sheets can be read row by row, whatever the file format. */
interface Book extends Closeable {

    List<String> sheetNames();

    /** Whether serial numbers count days from 1904-01-01 (old Mac Excel) instead of 1900-01-00. */
    boolean date1904();

    /**
     * Streams the rows of sheet {@code sheet} (0-based) in file order, each with its 0-based row index
     * and its non-blank cells; stops when the visitor returns false.
     */
    void rows(int sheet, RowVisitor visitor) throws InputException;

    interface RowVisitor {
        boolean row(int index, List<Cell> cells) throws InputException;
    }

    @Override
    void close(); // nothing to report when closing a file that was only read
}
