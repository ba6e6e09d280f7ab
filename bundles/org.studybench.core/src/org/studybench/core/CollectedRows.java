package org.studybench.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * A {@link Importer.RowSink} that keeps everything in memory: for tests of importers (including
 * plug-ins' importers) and for small files. Not for real imports, which stream into the data store.
 *
 * @since 0.1
 */
public final class CollectedRows implements Importer.RowSink {

    private List<Variable> dictionary;
    private List<MultipleResponseSet> sets;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    @Override
    public void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) {
        this.dictionary = List.copyOf(dictionary);
        this.sets = List.copyOf(sets);
    }

    @Override
    public void row(Object[] values) {
        rows.add(Arrays.asList(values.clone()));
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    /** The warnings the importer gave, in order. */
    public List<String> warnings() {
        return warnings;
    }

    /** The dictionary given to {@link #begin}, null before. */
    public List<Variable> dictionary() {
        return dictionary;
    }

    public List<MultipleResponseSet> sets() {
        return sets;
    }

    /** The rows so far; a row's values may be null (missing). */
    public List<List<Object>> rows() {
        return rows;
    }
}
