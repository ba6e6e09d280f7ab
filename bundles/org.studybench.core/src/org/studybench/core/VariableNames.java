package org.studybench.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.studybench.model.study.Variable;

/**
 * Variable names from column headers, for importers: blank headers become {@code V<column>}, and a
 * name equal to an earlier one <em>ignoring case</em> gets {@code _2}, {@code _3}, ... so every
 * variable of a dataset has its own name. Case is ignored because the data store (DuckDB, like SQL
 * and SPSS) does not tell {@code ResponseId} from {@code ResponseID}. The first of equal names keeps
 * it; a suffix is never one that another header already has, so the result depends only on the
 * headers and their order.
 *
 * @since 0.1
 */
public final class VariableNames {

    private VariableNames() {
    }

    /** Unique names for the headers, in order; {@code headers} may contain nulls. */
    public static List<String> unique(List<String> headers) {
        List<String> given = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            given.add(h == null || h.isBlank() ? "V" + (i + 1) : h.trim());
        }
        // Every given name is reserved first, so a suffixed name never takes one a later column has.
        Set<String> reserved = new HashSet<>();
        given.forEach(n -> reserved.add(key(n)));
        Set<String> taken = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (String n : given) {
            String name = n;
            if (!taken.add(key(n))) {
                int suffix = 2;
                while (reserved.contains(key(n + "_" + suffix)) || taken.contains(key(n + "_" + suffix))) {
                    suffix++;
                }
                name = n + "_" + suffix;
                taken.add(key(name));
            }
            out.add(name);
        }
        return out;
    }

    /**
     * Makes the names of {@code dictionary} unique as {@link #unique} does, in place. A variable whose
     * name changed because another has it (ignoring case) keeps a note in its label: {@code "Response
     * ID (renamed from ResponseID)"}, or {@code "renamed from ResponseID"} when it had no label or
     * only the name as label (as the header of a plain CSV file), so the
     * dictionary still says which column of the file it was. Blank names become {@code V<position>}
     * without a note.
     */
    public static void makeUnique(List<Variable> dictionary) {
        List<String> names = unique(dictionary.stream().map(Variable::getName).toList());
        for (int i = 0; i < dictionary.size(); i++) {
            Variable v = dictionary.get(i);
            String original = v.getName();
            String name = names.get(i);
            if (name.equals(original)) {
                continue;
            }
            v.setName(name);
            if (original != null && !original.isBlank() && !original.trim().equals(name)) {
                String note = "renamed from " + original.trim();
                String label = v.getLabel() == null ? "" : v.getLabel().trim();
                v.setLabel(label.isEmpty() || label.equals(original.trim()) ? note : label + " (" + note + ")");
            }
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
