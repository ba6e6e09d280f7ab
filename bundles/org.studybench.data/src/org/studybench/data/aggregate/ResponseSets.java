package org.studybench.data.aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.studybench.model.study.MultipleResponseSet;
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

    /** Whether {@code set} can be counted: it has items and a counted answer. */
    public static boolean countable(MultipleResponseSet set) {
        return set.getCountedValue() != null && !set.getCountedValue().isEmpty() && !set.getVariables().isEmpty();
    }

    /** The row of {@code set}'s item {@code item} (a variable name of the set). */
    public static CrossTab.Selected item(MultipleResponseSet set, String item) {
        return CrossTab.Selected.item(set.getName(), items(set), item, countedCode(set));
    }

    /** The row of "any of" {@code set}'s items. */
    public static CrossTab.Selected anyOf(MultipleResponseSet set) {
        return CrossTab.Selected.anyOf(set.getName(), items(set), countedCode(set));
    }

    public static List<String> items(MultipleResponseSet set) {
        return set.getVariables().stream().map(Variable::getName).toList();
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
