package org.studybench.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.studybench.model.lookup.Lookups;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.MultipleResponseSet;

/**
 * What the names of a table's rows and breakdowns may be in a dataset: a row a variable or a countable
 * multiple-response set (a set named like a variable means the variable), a breakdown a variable. One rule
 * for validation, the table workflow and the banner command, in the user's words.
 */
public final class TableNames {

    private TableNames() {
    }

    /** Whether {@code set} can be counted: it has items and a counted answer. */
    public static boolean countable(MultipleResponseSet set) {
        return set.getCountedValue() != null && !set.getCountedValue().isEmpty() && !set.getVariables().isEmpty();
    }

    /**
     * What keeps {@code name} from being a table's row in {@code dataset}, or null when it is a variable or a
     * countable set. Unknown names are not reported here (see {@link #problem}).
     */
    public static String rowProblem(Dataset dataset, String name) {
        MultipleResponseSet set = Lookups.responseSet(dataset, name);
        if (set == null || Lookups.variable(dataset, name) != null) {
            return null;
        }
        if (set.getVariables().isEmpty()) {
            return "multiple-response set '" + name + "' has no variables (items)";
        }
        return countable(set) ? null : "multiple-response set '" + name + "' has no counted value (the answer that means selected, e.g. 1 or yes)";
    }

    /** What keeps {@code name} from being a table's breakdown: a set is not one (its items may overlap). */
    public static String columnProblem(Dataset dataset, String name) {
        return Lookups.variable(dataset, name) == null && Lookups.responseSet(dataset, name) != null
                ? "'" + name + "' is a multiple-response set; a breakdown is a variable, a set can be a row question" : null;
    }

    /**
     * The first thing wrong with {@code rows} and {@code columns} as a table of {@code dataset}, or null: a set
     * that cannot be a row, a set as a breakdown, then the names that are nothing of the dataset (checked only
     * when the dataset has a dictionary).
     */
    public static String problem(Dataset dataset, List<String> rows, List<String> columns) {
        for (String row : rows) {
            String problem = rowProblem(dataset, row);
            if (problem != null) {
                return problem;
            }
        }
        for (String column : columns) {
            String problem = columnProblem(dataset, column);
            if (problem != null) {
                return problem;
            }
        }
        if (dataset.getVariables().isEmpty()) {
            return null;
        }
        List<String> unknown = new ArrayList<>();
        rows.stream().filter(r -> Lookups.variable(dataset, r) == null && Lookups.responseSet(dataset, r) == null).forEach(unknown::add);
        columns.stream().filter(c -> Lookups.variable(dataset, c) == null).forEach(unknown::add);
        return unknown.isEmpty() ? null
                : "dataset '" + dataset.getName() + "' has no variable or multiple-response set " + String.join(", ", unknown.stream().map(n -> "'" + n + "'").toList());
    }
}
