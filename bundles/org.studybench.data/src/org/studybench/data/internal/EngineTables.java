package org.studybench.data.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.studybench.core.InputException;
import org.studybench.data.engine.RowSource;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * A table (or query) of an external engine as a dataset's dictionary: the variables come from the
 * columns' JDBC types, read with a query that returns no rows, so any engine with a JDBC driver works
 * without code of its own. Numbers are scale and everything else nominal, as the CSV importer decides;
 * a column of a type StudyBench has no variable type for (timestamps, UUIDs, JSON, ...) is read as text,
 * with a warning, since the aggregation compares levels as text anyway.
 */
final class EngineTables {

    /** The table's dictionary, first rows (values as a data grid has them) and row count; warnings name the column. */
    record Described(List<Variable> dictionary, List<String> warnings, List<List<Object>> rows, long count) {
    }

    private EngineTables() {
    }

    /**
     * Reads the columns, the row count and the first {@code firstRows} rows of {@code table}.
     *
     * @throws InputException one line starting with the table's name: the engine's error, or columns a study cannot hold
     */
    static Described describe(RowSource.SqlTable table, String tableName, int firstRows) throws InputException {
        List<Variable> dictionary = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        long count;
        try (Connection c = table.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT * FROM " + table.fromSql() + " WHERE 1 = 0")) {
                ResultSetMetaData meta = r.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    dictionary.add(variable(meta.getColumnLabel(i), meta.getColumnType(i), meta.getColumnTypeName(i), warnings));
                }
            }
            checkNames(table, dictionary);
            if (tableName != null) {
                labelsFromComments(c, tableName, dictionary);
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table.fromSql())) {
                r.next();
                count = r.getLong(1);
            }
            if (firstRows > 0) {
                s.setMaxRows(firstRows);
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table.fromSql())) {
                    while (r.next() && rows.size() < firstRows) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= dictionary.size(); i++) {
                            row.add(EngineView.value(r, i, dictionary.get(i - 1).getType()));
                        }
                        rows.add(row);
                    }
                }
            }
        } catch (SQLException e) {
            throw new InputException(table.name() + ": " + table.message(e), e);
        }
        if (dictionary.isEmpty()) {
            throw new InputException(table.name() + ": has no columns");
        }
        return new Described(dictionary, warnings, rows, count);
    }

    /** A variable for a column; the type from its JDBC type (and the engine's name for it, where JDBC is vague). */
    private static Variable variable(String name, int sqlType, String typeName, List<String> warnings) {
        String engineType = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        VariableType type = switch (sqlType) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> VariableType.INTEGER;
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> VariableType.DOUBLE;
            case Types.BOOLEAN -> VariableType.BOOLEAN;
            // PostgreSQL's driver reports boolean columns as BIT; a bit string (bit(n)) stays text
            case Types.BIT -> engineType.startsWith("bool") ? VariableType.BOOLEAN : null;
            case Types.DATE -> VariableType.DATE;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.CLOB, Types.NCLOB -> VariableType.STRING;
            default -> null;
        };
        if (type == null) {
            warnings.add("column '" + name + "' is of type " + typeName + ", which StudyBench reads as text (whole numbers, numbers, booleans, text and dates keep their type)");
            type = VariableType.STRING;
        }
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setType(type);
        v.setMeasureLevel(type == VariableType.INTEGER || type == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
        return v;
    }

    /**
     * The columns' comments (PostgreSQL's COMMENT ON COLUMN, other engines' remarks) as the variables'
     * labels, as a researcher documents a table in the database. {@code tableName} is
     * {@code schema.table} or a table of the connection's schema, as the URL names it.
     */
    private static void labelsFromComments(Connection c, String tableName, List<Variable> dictionary) throws SQLException {
        int dot = tableName.indexOf('.');
        String schema = dot > 0 ? tableName.substring(0, dot) : c.getSchema();
        String name = dot > 0 ? tableName.substring(dot + 1) : tableName;
        java.sql.DatabaseMetaData meta = c.getMetaData();
        Map<String, String> remarks = new HashMap<>();
        try (ResultSet r = meta.getColumns(c.getCatalog(), pattern(schema, meta), pattern(name, meta), "%")) {
            while (r.next()) {
                remarks.put(r.getString("COLUMN_NAME"), r.getString("REMARKS"));
            }
        } catch (java.sql.SQLFeatureNotSupportedException e) {
            return; // an engine without column metadata: the variables have no labels, as a file's without them
        }
        for (Variable v : dictionary) {
            String remark = remarks.get(v.getName());
            if (remark != null && !remark.isBlank()) {
                v.setLabel(remark.strip());
            }
        }
    }

    /** {@code name} as a metadata search pattern that matches only itself (its _ and % escaped). */
    private static String pattern(String name, java.sql.DatabaseMetaData meta) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = meta.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

    /**
     * A study names variables uniquely ignoring case, and the aggregation names the columns as they are:
     * unlike a file's, an engine's columns cannot be renamed on the way in, so such names are refused.
     */
    private static void checkNames(RowSource.SqlTable table, List<Variable> dictionary) throws InputException {
        Map<String, String> seen = new HashMap<>();
        for (Variable v : dictionary) {
            if (v.getName() == null || v.getName().isBlank()) {
                throw new InputException(table.name() + ": a column has no name; name every column (in a query: expression AS name)");
            }
            String before = seen.putIfAbsent(v.getName().toLowerCase(Locale.ROOT), v.getName());
            if (before != null) {
                throw new InputException(table.name() + ": the columns '" + before + "' and '" + v.getName()
                        + "' have the same name ignoring case, which a study cannot tell apart; rename one (e.g. with ?query=SELECT ... AS ...)");
            }
        }
    }
}
