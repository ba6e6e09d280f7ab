package org.studybench.data.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * Parquet files (from StudyBench, DuckDB, Arrow, pandas, R's arrow, Spark). The dictionary comes from
 * the file's schema: whole numbers, floating-point and decimal numbers, booleans, text and dates;
 * other column types are refused by name. A file that is already what the data store would write —
 * BIGINT, DOUBLE, BOOLEAN, VARCHAR and DATE columns under unique names, no empty text, no infinite
 * or NaN numbers — is copied as it is, without rewriting; any other goes through the rows (and its
 * non-finite numbers become missing, with a warning, as in CSV files).
 */
@Component(service = Importer.class)
public class ParquetImporter implements Importer {

    @Override
    public String id() {
        return "parquet";
    }

    @Override
    public String label() {
        return "Parquet";
    }

    @Override
    public String description() {
        return "Apache Parquet files; the dictionary comes from the file's schema, and a file the data store can keep as it is is copied unchanged.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("parquet");
    }

    /** A column: its name, its type in the file, the type StudyBench gives it, and whether it is stored as it is. */
    private record Column(String name, String fileType, VariableType type, boolean asItIs) {

        String select() {
            String id = DuckDb.identifier(name);
            return switch (type) {
                case INTEGER -> "CAST(" + id + " AS BIGINT)";
                case DOUBLE -> "CAST(" + id + " AS DOUBLE)";
                default -> id;
            };
        }
    }

    private static List<Column> schema(Statement s, Path file) throws SQLException, InputException {
        if (file.toAbsolutePath().toString().matches(".*[*?\\[\\]{}].*")) { // read_parquet would take the name for a pattern of file names
            throw new InputException(file + ": a Parquet file's path cannot contain * ? [ ] { }; rename it or its folder");
        }
        List<Column> columns = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(file) + ")")) {
            while (r.next()) {
                String name = r.getString(1);
                String type = r.getString(2);
                VariableType variableType = switch (type.replaceAll("\\(.*", "")) {
                    case "BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UINTEGER", "USMALLINT", "UTINYINT" -> VariableType.INTEGER;
                    case "DOUBLE", "FLOAT", "DECIMAL" -> VariableType.DOUBLE;
                    case "BOOLEAN" -> VariableType.BOOLEAN;
                    case "VARCHAR" -> VariableType.STRING;
                    case "DATE" -> VariableType.DATE;
                    default -> throw new InputException(file + ": column '" + name + "' is of type " + type
                            + ", which StudyBench does not import (whole numbers, numbers, booleans, text and dates); convert it first");
                };
                columns.add(new Column(name, type, variableType, List.of("BIGINT", "DOUBLE", "BOOLEAN", "VARCHAR", "DATE").contains(type)));
            }
        }
        if (columns.isEmpty()) {
            throw new InputException(file + ": has no columns");
        }
        return columns;
    }

    private static List<Variable> dictionary(List<Column> columns) {
        List<Variable> out = new ArrayList<>();
        for (Column c : columns) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(c.name());
            v.setType(c.type());
            v.setMeasureLevel(c.type() == VariableType.INTEGER || c.type() == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
            out.add(v);
        }
        return out;
    }

    private static InputException unreadable(Path file, SQLException e) {
        if (!Files.isRegularFile(file)) {
            return new InputException(file + ": no such file", e);
        }
        return new InputException(file + ": is not a readable Parquet file: " + DuckDb.message(e), e);
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            List<Column> columns = schema(s, file);
            List<Variable> dictionary = dictionary(columns);
            List<List<Object>> first = new ArrayList<>();
            long count;
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + DuckDb.literal(file) + ")")) {
                r.next();
                count = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery(select(columns, file) + " LIMIT " + Math.max(0, rows))) {
                while (r.next()) {
                    first.add(java.util.Arrays.asList(values(r, columns)));
                }
            }
            return new Preview(dictionary, List.of(), first, count, Map.of("format", "Parquet"));
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            List<Column> columns = schema(s, file);
            List<Variable> dictionary = dictionary(columns);
            List<String> names = columns.stream().map(Column::name).toList();
            // What the row path would change: empty text (missing), non-finite numbers (missing), dates the store refuses.
            long[] changed = changes(s, file, columns);
            sink.begin(dictionary, List.of());
            boolean asItIs = columns.stream().allMatch(Column::asItIs) && changed[0] == 0 && changed[1] == 0 && changed[2] == 0
                    && dictionary.stream().map(Variable::getName).toList().equals(names); // begin() renamed none
            if (asItIs && sink instanceof ParquetSink parquet) {
                parquet.adopt(file);
                return;
            }
            long total = changed[3];
            long done = 0;
            try (ResultSet r = s.executeQuery(select(columns, file))) {
                while (r.next()) {
                    if (progress.isCancelled()) {
                        return;
                    }
                    sink.row(values(r, columns));
                    if (++done % 10_000 == 0) {
                        progress.worked(done, total);
                    }
                }
            }
            progress.worked(done, total);
            if (changed[1] > 0) {
                sink.warning(file + ": " + changed[1] + (changed[1] == 1 ? " value is" : " values are")
                        + " not a finite number (infinite or NaN) and " + (changed[1] == 1 ? "becomes" : "become") + " missing");
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private static String select(List<Column> columns, Path file) {
        return "SELECT " + String.join(", ", columns.stream().map(Column::select).toList()) + " FROM read_parquet(" + DuckDb.literal(file) + ")";
    }

    /** Values with empty text, values that are not finite numbers, dates outside years 1–9999, and all rows. */
    private static long[] changes(Statement s, Path file, List<Column> columns) throws SQLException {
        List<String> empty = new ArrayList<>(List.of("false"));
        List<String> nonFinite = new ArrayList<>(List.of("0"));
        List<String> dates = new ArrayList<>(List.of("false"));
        for (Column c : columns) {
            String id = DuckDb.identifier(c.name());
            switch (c.type()) {
                case STRING -> empty.add(id + " = ''");
                case DOUBLE -> nonFinite.add("CASE WHEN isfinite(CAST(" + id + " AS DOUBLE)) = false THEN 1 ELSE 0 END");
                case DATE -> dates.add("NOT year(" + id + ") BETWEEN 1 AND 9999");
                default -> {
                }
            }
        }
        String sql = "SELECT count(*) FILTER (WHERE " + String.join(" OR ", empty) + "), sum(" + String.join(" + ", nonFinite) + "), count(*) FILTER (WHERE "
                + String.join(" OR ", dates) + "), count(*) FROM read_parquet(" + DuckDb.literal(file) + ")";
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new long[] { r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4) };
        }
    }

    private static Object[] values(ResultSet r, List<Column> columns) throws SQLException {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            int at = i + 1;
            Object value = switch (columns.get(i).type()) {
                case INTEGER -> r.getLong(at);
                case DOUBLE -> r.getDouble(at);
                case BOOLEAN -> r.getBoolean(at);
                case DATE -> r.getObject(at, LocalDate.class);
                default -> r.getString(at);
            };
            row[i] = r.wasNull() ? null : value;
        }
        return row;
    }
}
