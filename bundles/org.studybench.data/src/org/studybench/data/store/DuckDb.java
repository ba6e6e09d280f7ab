package org.studybench.data.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.duckdb.DuckDBDriver;

/**
 * Embedded, in-process DuckDB connections. The driver is used directly: under OSGi,
 * java.sql.DriverManager cannot see drivers in other bundles.
 */
public final class DuckDb {

    private DuckDb() {
    }

    /** A private in-memory database; close it when done. */
    public static Connection inMemory() throws SQLException {
        return new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
    }

    /**
     * The first line of a DuckDB error without its category ("Conversion Error: ", "Binder Error: ",
     * "IO Error: "), which names DuckDB's internals rather than what the user can act on.
     */
    public static String message(java.sql.SQLException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").trim();
        text = text.replaceFirst("^(?:[A-Z][A-Za-z]*\\s+)+Error:\\s*", "");
        return text.isEmpty() ? "the data store could not run the query" : text;
    }

    /** A double-quoted SQL identifier; a quote inside the name is doubled, so any name stays one identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Any text as a SQL string literal, quotes doubled (for names in DDL-like options that take no bind parameters). */
    public static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A path as a SQL string literal (for COPY and read_parquet, which take no bind parameters for paths). */
    public static String literal(java.nio.file.Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
