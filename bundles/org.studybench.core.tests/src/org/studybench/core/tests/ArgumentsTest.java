package org.studybench.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.studybench.core.Arguments;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;

class ArgumentsTest {

    private static final List<ParameterSpec> SPECS = List.of(
            ParameterSpec.required("x", ParameterType.INTEGER, "successes"),
            ParameterSpec.optional("conf", ParameterType.REAL, "0.95", "confidence level"),
            ParameterSpec.optional("continuity", ParameterType.BOOLEAN, "true", "Yates correction"),
            ParameterSpec.choice("method", "wilson", "interval", "wilson", "wald"),
            ParameterSpec.optional("table", ParameterType.TABLE, "1,2;3,4", "counts"));

    @Test
    void valuesAreTypedAndDefaultsFilledIn() throws InputException {
        Arguments args = Arguments.parse(SPECS, Map.of("x", "81", "continuity", "false", "table", "762, 327, 468; 484,239,477"));
        assertEquals(81, args.integer("x"));
        assertEquals(0.95, args.real("conf"));
        assertEquals(false, args.bool("continuity"));
        assertEquals("wilson", args.text("method"));
        assertArrayEquals(new double[] { 484, 239, 477 }, args.table("table")[1]);
    }

    @Test
    void errorsNameTheParameterAndWhatWasExpected() {
        assertEquals("missing parameter --x (successes)", message(Map.of()));
        assertEquals("--x: expected a whole number, got '8.5'", message(Map.of("x", "8.5")));
        assertEquals("--conf: expected a number, got 'high'", message(Map.of("x", "1", "conf", "high")));
        assertEquals("--continuity: expected true or false, got 'maybe'", message(Map.of("x", "1", "continuity", "maybe")));
        assertEquals("--method: expected one of wilson|wald, got 'exact'", message(Map.of("x", "1", "method", "exact")));
        assertEquals("--table: row 2 has 2 cells, row 1 has 3", message(Map.of("x", "1", "table", "1,2,3;4,5")));
        assertEquals("--table: row 1, column 2 is negative: -2", message(Map.of("x", "1", "table", "1,-2")));
        assertEquals("unknown parameter --y; expected one of [--x, --conf, --continuity, --method, --table]", message(Map.of("y", "1")));
    }

    private static String message(Map<String, String> text) {
        return assertThrows(InputException.class, () -> Arguments.parse(SPECS, text)).getMessage();
    }
}
