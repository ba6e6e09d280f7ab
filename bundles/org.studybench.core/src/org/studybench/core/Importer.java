package org.studybench.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * Reads one file format into rows and a variable dictionary. Registered as an OSGi service; the
 * importer's {@link #id()} is its format name ({@code csv}, {@code xlsx}, {@code sav}, ...).
 *
 * <p>Contract: an importer only reads; the dataset service writes the data store, so a failing or
 * cancelled import never leaves anything behind. Errors in the file are {@link InputException}s
 * naming the file and the place (line, record, sheet, cell). Implementations are stateless and may be
 * called from background threads.
 *
 * @since 0.1
 */
public interface Importer extends Contribution {

    /** File name extensions without the dot, lower case, e.g. {@code csv}, {@code tsv}. */
    List<String> fileExtensions();

    /** Options the user may set (delimiter, sheet, header rows, ...), declared like comparator parameters. */
    default List<ParameterSpec> options() {
        return List.of();
    }

    /** The inferred dictionary and the first {@code rows} rows, without reading the whole file. */
    Preview preview(Path file, Arguments options, int rows) throws InputException;

    /** Reads the whole file into {@code sink}, reporting progress and stopping early when cancelled. */
    void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException;

    /**
     * Receives the dictionary (and the multiple-response sets made of its variables) once, then every
     * row; values are String, Long, Double, Boolean, LocalDate or null.
     */
    interface RowSink {
        void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) throws InputException;

        void row(Object[] values) throws InputException;

        /**
         * Something the user should know about data that was read nonetheless, e.g. rows skipped at
         * the user's request ("x.csv: skipped 2 malformed rows (lenient): line 5, ..."): one line naming
         * the file and place. Front ends show it; the data store keeps it with the dataset. Never a
         * substitute for an {@link InputException} when data would be lost without being asked for.
         */
        default void warning(String message) {
        }

        /**
         * Whether this sink can read {@code text} itself (its encoding, delimiter, conversions). An importer
         * that asks and hears yes calls {@link #begin}, then {@link #delimitedText} instead of {@link #row};
         * otherwise it delivers rows as always. Sinks that do not say otherwise accept nothing.
         *
         * @since 0.2
         */
        default boolean acceptsDelimitedText(DelimitedText text) {
            return false;
        }

        /**
         * The rows are those of {@code text}, read by the sink itself; called once after {@link #begin},
         * only when {@link #acceptsDelimitedText} said yes, and never together with {@link #row}.
         *
         * @since 0.2
         */
        default void delimitedText(DelimitedText text) throws InputException {
            throw new UnsupportedOperationException("this sink does not read delimited text itself");
        }

        /**
         * The variables this sink will use, by their names in the dictionary, or null for all (an import).
         * An importer that infers types from the values may skip the others: they are then text, their
         * values as read. A one-off command over a wide file names the few variables it tabulates.
         *
         * @since 0.2
         */
        default Set<String> variablesUsed() {
            return null;
        }
    }

    /**
     * First rows and the dictionary inferred from them; {@code estimatedRows < 0} when unknown;
     * {@code detected} says what was recognised (encoding, delimiter, layout, ...).
     */
    record Preview(List<Variable> dictionary, List<MultipleResponseSet> sets, List<List<Object>> rows, long estimatedRows,
            Map<String, String> detected) {
        public Preview {
            dictionary = List.copyOf(dictionary);
            sets = List.copyOf(sets);
            rows = List.copyOf(rows);
            detected = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(detected)); // in the importer's order
        }
    }
}
