package org.studybench.data.aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.validation.TableNames;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;

/**
 * A dataset's multiple-response sets as rows of one-pass tables ({@link CrossTab.Selected}): one row per
 * item and one for "any of" the items, used alike by banners and computed findings.
 */
public final class ResponseSets {

    /** The level a computed finding names for the share that selected any item of its set. */
    public static final String ANY = "any";

    private ResponseSets() {
    }

    /**
     * The dataset's sets that tables and findings may name: countable, and not named like one of the
     * dataset's variables (such a name means the variable everywhere).
     */
    public static List<MultipleResponseSet> usable(org.studybench.model.study.Dataset dataset) {
        return dataset.getMultipleResponseSets().stream()
                .filter(set -> countable(set) && dataset.getVariables().stream().noneMatch(v -> v.getName().equals(set.getName()))).toList();
    }

    /** Whether {@code set} can be counted: it has items and a counted answer ({@link TableNames#countable}). */
    public static boolean countable(MultipleResponseSet set) {
        return TableNames.countable(set);
    }

    /** The row of {@code set}'s item {@code item} (a variable name of the set). */
    public static CrossTab.Selected item(MultipleResponseSet set, String item) {
        return CrossTab.Selected.item(set.getName(), items(set), item, countedValue(set));
    }

    /** The row of "any of" {@code set}'s items. */
    public static CrossTab.Selected anyOf(MultipleResponseSet set) {
        return CrossTab.Selected.anyOf(set.getName(), items(set), countedValue(set));
    }

    public static List<String> items(MultipleResponseSet set) {
        return set.getVariables().stream().map(Variable::getName).toList();
    }

    /**
     * The counted answer as the query compares it ({@link CrossTab.Selected}): a number when every item is
     * stored as numbers and the answer is one (SPSS stores its 1s as 1.0 in F8.2 variables), else the text.
     */
    public static Object countedValue(MultipleResponseSet set) {
        String code = countedCode(set);
        boolean numericItems = set.getVariables().stream()
                .allMatch(v -> v.getType() == org.studybench.model.study.VariableType.INTEGER || v.getType() == org.studybench.model.study.VariableType.DOUBLE);
        if (numericItems) {
            try {
                double number = Double.parseDouble(code.strip());
                if (Double.isFinite(number)) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // a text answer of numeric items: compared as text, and then matches nothing (validate says so)
            }
        }
        return code;
    }

    /**
     * A set's counted answer as stored: it may be given by its value label ("Yes" for the code yes,
     * "Selected" for 1), as the data grid shows answers and filters accept them; a stored value that is
     * also some label stays that value, and a label of different codes in different items is taken as written.
     */
    public static String countedCode(MultipleResponseSet set) {
        String counted = set.getCountedValue();
        Set<String> codes = new HashSet<>();
        for (Variable v : set.getVariables()) {
            for (ValueLabel l : v.getValueLabels()) {
                if (counted.equals(l.getValue())) {
                    return counted;
                }
                if (counted.equals(l.getLabel())) {
                    codes.add(l.getValue());
                }
            }
        }
        return codes.size() == 1 ? codes.iterator().next() : counted;
    }
}
