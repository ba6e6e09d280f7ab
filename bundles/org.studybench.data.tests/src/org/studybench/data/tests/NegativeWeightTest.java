package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.aggregate.MeanQuery;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * A negative weight is refused by every weighted estimate alike, naming the weight and
 * the value (the mean used to accept a weight of -2 and the crosstab printed "F(NaN, NaN)").
 */
class NegativeWeightTest {

    @TempDir
    Path dir;

    @Test
    void crosstabAndMeanRefuseABrokenWeightAndAcceptAZeroOne() throws Exception {
        double[] broken = { -2, -1e-9 }; // (an infinite or NaN weight is stored as missing, so the respondent is left out)
        for (int i = 0; i < broken.length; i++) {
            Path data = write("broken" + i + ".parquet", broken[i]);
            CrossTab.Design design = new CrossTab.Design("w", null, null);
            InputException crosstab = assertThrows(InputException.class, () -> CrossTab.of(data, "g", "h", design, null));
            assertTrue(crosstab.getMessage().contains("the weight w must be zero or positive, a respondent has "), crosstab.getMessage());
            InputException mean = assertThrows(InputException.class, () -> MeanQuery.estimate(data, "x", design, null, 0.95));
            assertTrue(mean.getMessage().contains("the weight w must be zero or positive, a respondent has "), mean.getMessage());
        }
        Path zero = write("zero.parquet", 0);
        CrossTab table = CrossTab.of(zero, "g", "h", new CrossTab.Design("w", null, null), null);
        assertEquals(4, table.columnWeight(0) + table.columnWeight(1), 1e-12, "weights 1, 0, 1, 1, 1 in the table's columns");
        // weights 1,0,1,1,1 on x = 3,4,5,2,6: (3 + 5 + 2 + 6) / 4
        assertEquals(4.0, MeanQuery.estimate(zero, "x", new CrossTab.Design("w", null, null), null, 0.95).mean(), 1e-12);
    }

    /** Five respondents; the second one's weight is {@code second}. */
    private Path write(String name, double second) throws Exception {
        List<Variable> dictionary = List.of(variable("g", VariableType.STRING), variable("h", VariableType.STRING), variable("x", VariableType.DOUBLE),
                variable("w", VariableType.DOUBLE));
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(dictionary, List.of());
            sink.row(new Object[] { "a", "p", 3.0, 1.0 });
            sink.row(new Object[] { "a", "q", 4.0, second });
            sink.row(new Object[] { "b", "q", 5.0, 1.0 });
            sink.row(new Object[] { "b", "p", 2.0, 1.0 });
            sink.row(new Object[] { "a", "q", 6.0, 1.0 });
            sink.commit(dir.resolve(name));
        }
        return dir.resolve(name);
    }

    private static Variable variable(String name, VariableType type) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setType(type);
        return v;
    }
}
