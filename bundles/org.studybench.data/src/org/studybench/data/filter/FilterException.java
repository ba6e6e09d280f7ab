package org.studybench.data.filter;

import java.io.Serial;

/** A segment filter that cannot be parsed or does not fit the dataset; the message names the column (1-based). */
public class FilterException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int column;

    public FilterException(int column, String message) {
        super("column " + column + ": " + message);
        this.column = column;
    }

    /** 1-based position in the filter text. */
    public int column() {
        return column;
    }
}
