package org.studybench.data.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.RowSource;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.VariableType;

/**
 * The rows of a dataset that stays in an external engine, for a data grid: each page of {@value PagedView#PAGE}
 * rows is one LIMIT/OFFSET query on the engine (the filter and sort run there too), so only the rows
 * on screen travel. Without a sort column the rows are ordered by every column, because an engine
 * promises no order otherwise and pages must not overlap. One connection for the view's life.
 */
final class EngineView extends PagedView {

    private final RowSource.SqlTable table;
    private final Connection connection;
    private SqlFilter filter;
    private String orderBy;

    EngineView(RowSource.SqlTable table, Dataset dataset) throws InputException {
        super(dataset);
        this.table = table;
        dataset.getVariables().forEach(v -> columns.add(v.getName()));
        this.orderBy = allColumns();
        try {
            connection = table.connect();
        } catch (SQLException e) {
            throw new InputException(table.name() + ": " + table.message(e), e);
        }
        try {
            reload();
        } catch (InputException e) {
            close();
            throw e;
        }
    }

    private String allColumns() {
        return " ORDER BY " + String.join(", ", columns.stream().map(c -> table.dialect().identifier(c)).toList());
    }

    @Override
    public void view(String filterText, String sortColumn, boolean descending) throws InputException {
        filter = filter(filterText);
        orderBy = sortColumn == null ? allColumns()
                : " ORDER BY " + table.dialect().identifier(sortColumn) + (descending ? " DESC" : "") + " NULLS LAST, " + allColumns().substring(" ORDER BY ".length());
        reload();
    }

    private String where() {
        return filter == null ? "" : " WHERE " + filter.sql();
    }

    private void reload() throws InputException {
        forgetPages();
        try (PreparedStatement s = connection.prepareStatement("SELECT count(*) FROM " + table.fromSql() + where())) {
            if (filter != null) {
                filter.bind(s);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                rows = r.getLong(1);
            }
        } catch (SQLException e) {
            throw new InputException(table.name() + ": " + table.message(e), e);
        }
    }

    @Override
    protected Object[][] readPage(long page) {
        String select = String.join(", ", columns.stream().map(c -> table.dialect().identifier(c)).toList());
        String sql = "SELECT " + select + " FROM " + table.fromSql() + where() + orderBy + " LIMIT " + PAGE + " OFFSET " + page * PAGE;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (filter != null) {
                filter.bind(s);
            }
            List<Object[]> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = value(r, c + 1, dataset().getVariables().get(c).getType());
                    }
                    out.add(row);
                }
            }
            return out.toArray(new Object[0][]);
        } catch (SQLException e) {
            return new Object[0][]; // the grid shows empty cells; the next view() or statistics() says what is wrong
        }
    }

    /** The types DatasetView promises: String, Long, Double, Boolean, LocalDate or null. */
    static Object value(ResultSet r, int at, VariableType type) throws SQLException {
        Object v = switch (type) {
            case INTEGER -> r.getLong(at);
            case DOUBLE -> r.getDouble(at);
            case BOOLEAN -> r.getBoolean(at);
            case DATE -> r.getObject(at, java.time.LocalDate.class);
            default -> r.getString(at);
        };
        return r.wasNull() ? null : v;
    }

    @Override
    public ColumnStatistics statistics(int column) throws InputException {
        Dialect dialect = table.dialect();
        String c = dialect.identifier(columns.get(column));
        VariableType type = dataset().getVariables().get(column).getType();
        boolean numeric = type == VariableType.INTEGER || type == VariableType.DOUBLE;
        String sql = "SELECT count(" + c + "), count(*) - count(" + c + "), count(DISTINCT " + c + ")"
                + (numeric ? ", min(" + dialect.number(c) + "), avg(" + dialect.number(c) + "), max(" + dialect.number(c) + ")" : "") + " FROM " + table.fromSql()
                + where();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            if (filter != null) {
                filter.bind(s);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                boolean values = numeric && r.getObject(4) != null;
                return new ColumnStatistics(columns.get(column), r.getLong(1), r.getLong(2), r.getLong(3), values ? r.getDouble(4) : null,
                        values ? r.getDouble(5) : null, values ? r.getDouble(6) : null);
            }
        } catch (SQLException e) {
            throw new InputException(table.name() + ": " + columns.get(column) + ": " + table.message(e), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the engine closes an abandoned session itself
        }
    }
}
