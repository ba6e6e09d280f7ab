package org.studybench.compare.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.studybench.compare.ResultValues;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.stats.ColumnLetters;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.Defaults;
import org.studybench.stats.PAdjust;

@Component(service = Comparator.class)
public class ColumnProportionsComparator extends StatsComparator {

    @Override
    public String id() {
        return "column-proportions";
    }

    @Override
    public String label() {
        return "Column proportions (letters)";
    }

    @Override
    public String description() {
        return "SPSS-style comparison of column proportions: pairwise z-tests between the columns of each row, adjusted within the row, "
                + "shown as the letters of the columns a cell significantly exceeds.";
    }

    @Override
    public List<ParameterSpec> parameters() {
        return params(ParameterSpec.required("table", ParameterType.TABLE, "counts: rows = answers, columns = groups (A, B, ...)"),
                ParameterSpec.optional("bases", ParameterType.REAL_LIST, "", "column bases when they are not the column sums (multiple response)"),
                ParameterSpec.choice("correction", Defaults.LETTER_CORRECTION_ID, "adjustment within each row", "bonferroni", "holm", "BH", "none"),
                ParameterSpec.optional("alpha", ParameterType.REAL, Defaults.ALPHA_TEXT, "significance level"));
    }

    @Override
    protected ComparisonOutcome compute(Arguments a) throws InputException {
        double[][] table = a.table("table");
        double[] bases = a.has("bases") ? a.realList("bases") : null;
        if (bases != null && bases.length != table[0].length) {
            throw new InputException("--bases has " + bases.length + " values but the table has " + table[0].length + " columns");
        }
        PAdjust correction = PAdjust.of(a.text("correction"));
        ColumnProportions.Result r = ColumnProportions.test(table, bases, correction, a.real("alpha"));
        ComparisonOutcome.Builder b = ComparisonOutcome.builder("Comparison of column proportions (z-tests, " + correction.id() + " within rows)");
        for (int i = 0; i < table.length; i++) {
            for (int j = 0; j < table[0].length; j++) {
                b.value(ResultValues.proportionKey(i, j), r.proportions()[i][j]);
                b.text(ResultValues.lettersKey(i, j), r.letters()[i][j]);
            }
        }
        for (ColumnProportions.Pair pair : r.pairs()) {
            // "[1,AB]" compares A with B; beyond 26 columns the letters are separated ("[1,A-AB]"), as the cells' letters are
            String separator = table[0].length > ColumnLetters.SINGLE_LETTERS ? "-" : "";
            String key = "[" + (pair.row() + 1) + "," + ColumnLetters.of(pair.i()) + separator + ColumnLetters.of(pair.j()) + "]";
            b.value("z" + key, pair.z()).value("p" + key, pair.pValue()).value("adjusted_p" + key, pair.adjustedP());
        }
        r.untestable().forEach(u -> b.warning("not tested (proportions of 0 or 1): " + u));
        return b.build();
    }
}
