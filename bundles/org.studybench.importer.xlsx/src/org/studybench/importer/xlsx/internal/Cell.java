package org.studybench.importer.xlsx.internal;

import java.time.LocalDateTime;

/** One non-blank cell as the file stores it, before its column's type is known. */
record Cell(int column, Value value) {

    sealed interface Value {
    }

    record Text(String text) implements Value {
    }

    /** A number with the cell's number format (index and code), which tells dates from numbers. */
    record Number(double value, int formatIndex, String format) implements Value {
    }

    record Bool(boolean value) implements Value {
    }

    /**
     * A cell that holds no usable value and is read as missing, saying why: an error value such as
     * {@code #DIV/0!}, a formula never calculated, a number beyond the range of doubles.
     */
    record Missing(String why) implements Value {
    }

    /** An ISO 8601 date cell (OOXML {@code t="d"}, written by Strict OOXML tools). */
    record IsoDate(LocalDateTime value) implements Value {
    }
}
