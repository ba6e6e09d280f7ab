package org.studybench.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * Receives an import's rows into an in-memory DuckDB table and, on {@link #commit}, writes them as one
 * Parquet file atomically (temporary file in the target folder, then rename). Until then nothing
 * exists at the target, so a failed or cancelled import leaves the data folder as it was.
 */
public final class ParquetSink implements Importer.RowSink, AutoCloseable {

    /** What was written: rows and the SHA-256 of the file, recorded in the study to detect changed data. */
    public record Written(long rows, String sha256) {
    }

    private final Connection connection;
    private DuckDBAppender appender;
    private List<Variable> dictionary;
    private List<MultipleResponseSet> sets = List.of();
    private long rows;

    public ParquetSink() throws InputException {
        try {
            connection = DuckDb.inMemory();
        } catch (SQLException e) {
            throw new InputException("the data store could not start: " + e.getMessage(), e);
        }
    }

    @Override
    public void begin(List<Variable> variables, List<MultipleResponseSet> multipleResponseSets) throws InputException {
        this.dictionary = List.copyOf(variables);
        this.sets = List.copyOf(multipleResponseSets);
        StringBuilder ddl = new StringBuilder("CREATE TABLE data (");
        for (int i = 0; i < variables.size(); i++) {
            Variable v = variables.get(i);
            ddl.append(i == 0 ? "" : ", ").append(DuckDb.identifier(v.getName())).append(' ').append(switch (v.getType()) {
                case INTEGER -> "BIGINT";
                case DOUBLE -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                default -> "VARCHAR";
            });
        }
        ddl.append(')');
        try (Statement s = connection.createStatement()) {
            s.execute(ddl.toString());
            appender = ((DuckDBConnection) connection).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "data");
        } catch (SQLException e) {
            throw new InputException("the data store could not create the table: " + e.getMessage(), e);
        }
    }

    @Override
    public void row(Object[] values) throws InputException {
        try {
            appender.beginRow();
            for (Object v : values) {
                switch (v) {
                    case null -> appender.appendNull();
                    case Long l -> appender.append(l.longValue());
                    case Double d -> appender.append(d.doubleValue());
                    case Boolean b -> appender.append(b.booleanValue());
                    case LocalDate date -> appender.append(date);
                    default -> appender.append(v.toString());
                }
            }
            appender.endRow();
            rows++;
        } catch (SQLException e) {
            throw new InputException("row " + (rows + 1) + " could not be stored: " + e.getMessage(), e);
        }
    }

    public List<Variable> dictionary() {
        return dictionary;
    }

    public List<MultipleResponseSet> sets() {
        return sets;
    }

    /** Writes the rows to {@code target} (Parquet, zstd) atomically and returns the row count and file hash. */
    public Written commit(Path target) throws IOException, InputException {
        if (appender == null) {
            throw new InputException(target + ": nothing to write; the import delivered no variables");
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        try {
            appender.close();
            try (Statement s = connection.createStatement()) {
                s.execute("COPY data TO " + DuckDb.literal(temp) + " (FORMAT PARQUET, COMPRESSION ZSTD)");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SQLException e) {
            throw new InputException(target + ": the data could not be written: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Written(rows, sha256(target));
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // in-memory database: nothing is lost by a failed close
        }
    }
}
