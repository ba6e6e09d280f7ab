package org.studybench.core;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A delimited text file that an importer has read through and checked, described so that a
 * {@link Importer.RowSink} that {@link Importer.RowSink#acceptsDelimitedText accepts} it can read the
 * rows itself (for the data store: in one parallel pass) instead of receiving them one by one. The
 * importer keeps everything that needs judgement — encoding, delimiter, header layout, types,
 * refusing malformed files — and hands over a file only when reading it as described here gives
 * exactly the values it would have delivered as rows.
 *
 * <p>The file, in {@code charset} (a byte order mark at its start is not data): records separated by
 * {@code lineBreak}, the only kind of line break in the file (inside quoted values too); fields separated by {@code delimiter}; a field that starts with {@code quote} runs
 * to the next lone {@code quote}, may contain delimiters and line breaks, and writes a quote inside it
 * as {@code escape} followed by {@code quote}. The first {@code skipRecords} records are header rows.
 * Every other record has exactly {@code columns.size()} fields, except empty lines, which are not
 * records; there are {@code rows} of them. Field {@code i} becomes the value of variable {@code i} of
 * the dictionary given to {@link Importer.RowSink#begin} as its {@link Column} says.
 *
 * @param rows how many data records the importer counted; a sink that reads another number fails
 * @since 0.2
 */
public record DelimitedText(Path file, Charset charset, char delimiter, char quote, char escape, LineBreak lineBreak, long skipRecords,
        List<Column> columns, long rows) {

    public DelimitedText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineBreak, "lineBreak");
        columns = List.copyOf(columns);
        if (skipRecords < 0 || rows < 0) {
            throw new IllegalArgumentException("skipRecords and rows cannot be negative");
        }
    }

    /**
     * A column: how its fields become values, and whether they are {@code plain}: no field has characters
     * up to U+0020 at either end, and (numbers) none is a word for infinity or NaN or beyond the range
     * of doubles, so that a reader may parse them as they stand.
     */
    public record Column(Conversion conversion, boolean plain) {
        public Column {
            Objects.requireNonNull(conversion, "conversion");
        }
    }

    /** What ends a record. */
    public enum LineBreak {
        LF, CRLF, CR
    }

    /**
     * How a field becomes a value. In every conversion a blank field — empty once the characters up to
     * U+0020 are removed from both ends, as {@link String#trim()} does — is missing, and the others are
     * read with those characters removed, except {@link #TEXT}.
     */
    public enum Conversion {
        /** The field as it is (not trimmed), with CR LF and CR inside a quoted value as LF. */
        TEXT,
        /** {@code -?[0-9]{1,18}} as a long. */
        WHOLE_NUMBER,
        /**
         * {@code [-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?} as the nearest double, as
         * {@link Double#parseDouble} reads it; a number beyond the range of doubles, and the words for
         * infinity and NaN ({@code inf}, {@code -Infinity}, {@code NaN}, ...), are missing.
         */
        NUMBER,
        /** As {@link #NUMBER}; a field {@code -?[0-9]+,[0-9]+} reads with its comma as the decimal point. */
        NUMBER_DECIMAL_COMMA,
        /** {@code true} or {@code false}, in any case. */
        TRUE_FALSE
    }
}
