package org.studybench.importer.xlsx.internal;

import java.time.LocalDateTime;

/** One non-blank cell as the file stores it, before its column's type is known. */
record Cell(int column, Value value) {

    sealed interface Value {
    }

    record Text(String text) implements Value {
    }

    /**
     * A number with the cell's number format (index and code) and whether that format shows a date
     * (decided once per style by the book, see {@link #isDateFormat}).
     */
    record Number(double value, int formatIndex, String format, boolean date) implements Value {
    }

    static boolean isDateFormat(int formatIndex, String format) {
        // 27-36 and 50-58 are the built-in date formats of Chinese, Japanese and Korean Excel, stored without a format code.
        boolean eastAsian = format == null && (formatIndex >= 27 && formatIndex <= 36 || formatIndex >= 50 && formatIndex <= 58);
        return eastAsian || org.apache.poi.ss.usermodel.DateUtil.isADateFormat(formatIndex, format);
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
