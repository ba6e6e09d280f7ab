package org.studybench.data.aggregate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.studybench.model.study.Net;
import org.studybench.model.study.Variable;

/**
 * A variable's nets (say "agree" = 4 or 5) as levels that findings and charts may name like an answer:
 * the table with the net's answers summed into one row ({@link CrossTab#combined}), so its share, interval
 * and letters come from the same design-based machinery as an answer's.
 */
public final class Nets {

    private Nets() {
    }

    /**
     * {@code table} of {@code variable} where {@code level} may name one of its nets: then a table whose row
     * {@code level} is the net and whose other row the rest of the answers; else {@code table} as it is. The
     * dictionary decides, the same in every segment: a value with a value label keeps its meaning when a net
     * has its name.
     */
    public static CrossTab withNet(CrossTab table, Variable variable, String level) {
        Net net = named(variable, level);
        if (net == null) {
            return table;
        }
        Set<String> in = Set.copyOf(net.getLevels());
        Set<String> rest = new HashSet<>(table.rows());
        rest.removeAll(in);
        return table.combined(List.of(in, rest), List.of(level, "\u0000rest")); // (no answer is named so)
    }

    /** The net of {@code variable} named {@code level}, or null (also when {@code level} is a labelled value). */
    public static Net named(Variable variable, String level) {
        if (variable == null || level == null || variable.getValueLabels().stream().anyMatch(l -> level.equals(l.getValue()))) {
            return null;
        }
        return variable.getNets().stream().filter(n -> level.equals(n.getName())).findFirst().orElse(null);
    }
}
