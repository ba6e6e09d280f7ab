package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studybench.stats.ColumnLetters;
import org.studybench.stats.ColumnProportions;
import org.studybench.stats.PAdjust;

/** Letters for any number of columns: A … Z, AA, AB, …; a wide table's cells separate their letters. */
class ColumnLettersTest {

    @Test
    void columnsAreLetteredAsASpreadsheetsColumns() {
        assertEquals("A", ColumnLetters.of(0));
        assertEquals("Z", ColumnLetters.of(25));
        assertEquals("AA", ColumnLetters.of(26));
        assertEquals("AN", ColumnLetters.of(39));
        assertEquals("AZ", ColumnLetters.of(51));
        assertEquals("BA", ColumnLetters.of(52));
        assertEquals("ZZ", ColumnLetters.of(701));
        assertEquals("AAA", ColumnLetters.of(702));
        for (int column = 0; column < 2000; column++) {
            assertEquals(column, ColumnLetters.columnOf(ColumnLetters.of(column)));
        }
        assertEquals(-1, ColumnLetters.columnOf("a"));
        assertEquals(-1, ColumnLetters.columnOf(""));
        assertThrows(IllegalArgumentException.class, () -> ColumnLetters.of(-1));
    }

    @Test
    void cellsOfNarrowTablesJoinTheirLettersAndWideOnesSeparateThem() {
        assertEquals("AC", ColumnLetters.cell(List.of(2, 0), 3));
        assertEquals("", ColumnLetters.cell(List.of(), 40));
        assertEquals("A C AC", ColumnLetters.cell(List.of(28, 2, 0), 40));
        assertEquals(List.of(0, 2), ColumnLetters.columns("AC", 3));
        assertEquals(List.of(0, 2, 28), ColumnLetters.columns("A C AC", 40));
        assertEquals(List.of(28), ColumnLetters.columns("AC", 40));
    }

    /**
     * A row with 40 columns: column AE (the 31st) has 90 of 100, every other 10 of 100. Each pair with AE
     * has R's prop.test(c(90, 10), c(100, 100), correct = FALSE)$p.value = 1.1224297172982929e-29, times
     * 780 pairs under Bonferroni = 8.7549517949266852e-27; pairs of two other columns have p = 1. So AE
     * exceeds all 39 others in the first row, and in the second row (the complement) each other column
     * exceeds AE.
     */
    @Test
    void fortyColumnsGetLettersBeyondZ() {
        int columns = 40;
        double[][] counts = new double[2][columns];
        for (int c = 0; c < columns; c++) {
            counts[0][c] = c == 30 ? 90 : 10;
            counts[1][c] = 100 - counts[0][c];
        }
        ColumnProportions.Result r = ColumnProportions.test(counts, null, PAdjust.BONFERRONI, 0.05);
        List<String> others = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            if (c != 30) {
                others.add(ColumnLetters.of(c));
            }
        }
        assertEquals(String.join(" ", others), r.letters()[0][30]);
        assertEquals("A B C D E F G H I J K L M N O P Q R S T U V W X Y Z AA AB AC AD AF AG AH AI AJ AK AL AM AN", r.letters()[0][30]);
        for (int c = 0; c < columns; c++) {
            assertEquals(c == 30 ? "" : "AE", r.letters()[1][c], "row 2, column " + ColumnLetters.of(c));
            if (c != 30) {
                assertEquals("", r.letters()[0][c], "row 1, column " + ColumnLetters.of(c));
            }
        }
        ColumnProportions.Pair withAe = r.pairs().stream().filter(p -> p.row() == 0 && p.i() == 0 && p.j() == 30).findFirst().orElseThrow();
        Near.rel(1.1224297172982929e-29, withAe.pValue(), "p of A vs AE");
        Near.rel(8.7549517949266852e-27, withAe.adjustedP(), "Bonferroni p of A vs AE");
    }
}
