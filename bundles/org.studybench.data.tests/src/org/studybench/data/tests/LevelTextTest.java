package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.studybench.data.engine.LevelText;

/**
 * Levels read as DuckDB writes them, from any engine: LevelText writes a double as DuckDB's CAST(x AS
 * VARCHAR) does (checked against DuckDB itself on 60,000 doubles of every size, whole and not, and the
 * edge cases), and reads the marked text PostgreSQL and Trino send for numbers and timestamps.
 */
class LevelTextTest {

    @Test
    void doublesAreWrittenAsDuckDbWritesThem() throws Exception {
        int checked = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SELECT setseed(0.20261203)");
            String specials = "(0.0), (-0.0), (1.0), (-1.0), (0.1), (0.5), (100.0), (12345678.0), (12345678.5), (1e15), (1e16), (-1e16), "
                    + "(9999999999999998.0), (1e-4), (0.00012), (9.9999e-5), (1e-5), (1.5e-7), (1e22), (123456789012345680.0), (4.35), "
                    + "(2.2250738585072014e-308), (4.9e-324), (1.7976931348623157e308), ('inf'), ('-inf'), ('nan')";
            String sql = "SELECT x, CAST(x AS VARCHAR) FROM (SELECT CAST(v AS DOUBLE) AS x FROM (VALUES " + specials + ") t(v) "
                    + "UNION ALL SELECT (random() - 0.5) * pow(10, floor(random() * 44) - 22) FROM range(20000) "
                    + "UNION ALL SELECT round((random() - 0.5) * pow(10, floor(random() * 19))) FROM range(20000) "
                    + "UNION ALL SELECT round((random() - 0.5) * pow(10, floor(random() * 10)), CAST(floor(random() * 4) AS INTEGER)) FROM range(20000))";
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    double x = r.getDouble(1);
                    assertEquals(r.getString(2), LevelText.number(x), "the double " + x + " (" + Double.doubleToRawLongBits(x) + ")");
                    checked++;
                }
            }
        }
        assertTrue(checked > 60_000, checked + " doubles");
    }

    /** The marked text of PostgreSQL (its float8 text, shortest digits) and Trino (Java's notation, its timestamps' fixed fractional digits). */
    @Test
    void markedLevelsOfOtherEnginesReadAsDuckDbsAndOthersAsTheyAre() {
        assertEquals("1.0", LevelText.of("\u00011"));
        assertEquals("12345678.0", LevelText.of("\u000112345678"));
        assertEquals("1000000000000000.0", LevelText.of("\u00011e+15"));
        assertEquals("12345678.5", LevelText.of("\u00011.23456785E7"));
        assertEquals("0.00012", LevelText.of("\u00011.2E-4"));
        assertEquals("1e+16", LevelText.of("\u00011.0E16"));
        assertEquals("1.5e-07", LevelText.of("\u00011.5e-07"));
        assertEquals("0.30000000000000004", LevelText.of("\u00010.30000000000000004"));
        assertEquals("2024-01-02 03:04:05", LevelText.of("\u00022024-01-02T03:04:05.000"));
        assertEquals("2024-01-02 03:04:05.5", LevelText.of("\u00022024-01-02T03:04:05.500"));
        assertEquals("2024-01-02 03:04:05", LevelText.of("\u00022024-01-02 03:04:05"));
        assertEquals("2024-01-03 00:00:00", LevelText.of("\u00022024-01-03 00:00:00.000"), "Trino's cast of a midnight");
        assertEquals("2024-01-03 00:00:00", LevelText.of("\u00022024-01-03T00:00"), "Java's form leaves out zero seconds");
        assertEquals("0.0", LevelText.of("\u00010.00000000"), "a decimal keeps its scale on the engine; DuckDB reads it as a double");
        assertEquals("1.5", LevelText.of("\u00011.50"));
        assertEquals("1", LevelText.of("1"), "a whole number's level (an integer variable)");
        assertEquals("1.0E7", LevelText.of("1.0E7"), "text stays as it is");
        assertEquals("\u0001abc", LevelText.of("\u0001abc"), "a control character in the data, not a mark");
        assertEquals("\u0002noon", LevelText.of("\u0002noon"));
        assertEquals(null, LevelText.of(null));
        assertEquals("", LevelText.of(""));
    }
}
