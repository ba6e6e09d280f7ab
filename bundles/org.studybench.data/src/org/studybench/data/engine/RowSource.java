package org.studybench.data.engine;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.studybench.data.store.DuckDb;

/**
 * Where the respondents' rows are: a Parquet file read by embedded DuckDB, or a table (or query) in an
 * external SQL engine. The aggregation runs where the rows are; only sufficient statistics come back.
 */
public sealed interface RowSource permits RowSource.ParquetFile, RowSource.DelimitedFile, RowSource.SqlTable {

    /** The SQL dialect of the engine that reads the rows. */
    Dialect dialect();

    /** The relation to read from, for a FROM clause. */
    String fromSql();

    /** A new connection to the engine; close it when done. */
    Connection connect() throws SQLException;

    /** The dataset as the user named it, for the start of messages (never with credentials). */
    String name();

    /** One line for the user about a failed query on this source. */
    String message(SQLException e);

    /**
     * The SHA-256 of the rows' content when it is known and checked (an imported dataset's file), else
     * null: results over rows with a content hash may be kept and reused ({@link org.studybench.data.store.TableCache}).
     *
     * @since 0.2
     */
    default String contentHash() {
        return null;
    }

    /**
     * A Parquet file, queried with a private in-memory DuckDB.
     *
     * @param contentHash the file's SHA-256 as its dataset records it, checked by the caller, or null
     */
    record ParquetFile(Path path, String contentHash) implements RowSource {

        /** A file whose content is not known: its results are never reused. */
        public ParquetFile(Path path) {
            this(path, null);
        }

        @Override
        public Dialect dialect() {
            return Dialect.DUCKDB;
        }

        @Override
        public String fromSql() {
            return "read_parquet(" + DuckDb.literal(path) + ")";
        }

        @Override
        public Connection connect() throws SQLException {
            return DuckDb.inMemory();
        }

        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public String message(SQLException e) {
            return DuckDb.message(e);
        }
    }

    /**
     * A delimited text file read where it lies by a private in-memory DuckDB, through the query that
     * converts its columns as the importer decided ({@link org.studybench.data.store.ParquetSink#delimitedTextQuery()}):
     * a one-off command on a CSV file reads it once instead of writing and reading a Parquet copy.
     *
     * @param name  the file as the user named it, for messages
     * @param query the SELECT that yields the file's rows with the dataset's variable names
     * @since 0.2
     */
    record DelimitedFile(String name, String query) implements RowSource {
        @Override
        public Dialect dialect() {
            return Dialect.DUCKDB;
        }

        @Override
        public String fromSql() {
            return "(" + query + ") AS file_rows";
        }

        @Override
        public Connection connect() throws SQLException {
            return DuckDb.inMemory();
        }

        @Override
        public String message(SQLException e) {
            return DuckDb.message(e);
        }
    }

    /**
     * A table or a query in an external engine.
     *
     * @param name      the dataset for messages, e.g. {@code PostgreSQL 127.0.0.1:5432/survey, table api}
     * @param relation  the quoted table name, or a parenthesised query with an alias
     * @param connector opens connections and words the engine's errors
     */
    record SqlTable(Dialect dialect, String name, String relation, SqlConnector connector) implements RowSource {
        @Override
        public String fromSql() {
            return relation;
        }

        @Override
        public Connection connect() throws SQLException {
            return connector.connect();
        }

        @Override
        public String message(SQLException e) {
            return connector.message(e);
        }
    }
}
