package org.studybench.data.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.studybench.core.DatasetView;
import org.studybench.core.InputException;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.model.study.Dataset;

/**
 * The rows behind a data grid ({@link DatasetView}): the dataset's Parquet file viewed through DuckDB, optionally
 * filtered (segment filter language) and sorted, read in pages of {@value #PAGE} rows by row number
 * so that any row of millions is one small query away. Not thread-safe: the grid reads it on the UI thread and changes
 * its view from a background job while the grid shows nothing from it.
 */
final class ParquetView extends PagedView {

    private final Path parquet;
    private final Connection connection;
    private String orderBy = "";
    private SqlFilter filter;

    ParquetView(Path parquet, Dataset dataset) throws InputException {
        super(dataset);
        this.parquet = parquet;
        try {
            connection = DuckDb.inMemory();
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + DuckDb.literal(parquet) + ") LIMIT 0")) {
                ResultSetMetaData meta = r.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i));
                }
            }
            reload();
        } catch (SQLException e) {
            throw new InputException(parquet + ": " + DuckDb.message(e), e);
        }
    }


    /**
     * Shows only rows matching {@code filterText} (blank: all), sorted by {@code sortColumn} (null: file
     * order). Throws with the filter's own message when it does not parse or names an unknown variable.
     */
    @Override
    public void view(String filterText, String sortColumn, boolean descending) throws InputException {
        filter = filter(filterText);
        orderBy = sortColumn == null ? "" : " ORDER BY " + DuckDb.identifier(sortColumn) + (descending ? " DESC" : "") + " NULLS LAST";
        try {
            reload();
        } catch (SQLException e) {
            throw new InputException(parquet + ": " + DuckDb.message(e), e);
        }
    }

    /**
     * (Re)builds the view. In file order and unfiltered, pages are read straight from the Parquet file
     * by row number (DuckDB skips to the row group: ~35 ms a page anywhere in a million rows, nothing
     * to prepare). Filtered or sorted, the selected rows are first numbered into an in-memory table.
     */
    private void reload() throws SQLException {
        forgetPages();
        try (Statement s = connection.createStatement()) {
            s.execute("DROP TABLE IF EXISTS grid");
        }
        String source = "read_parquet(" + DuckDb.literal(parquet) + ")";
        if (filter == null && orderBy.isEmpty()) {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + source)) {
                r.next();
                rows = r.getLong(1);
            }
            return;
        }
        String where = filter == null ? "" : " WHERE " + filter.sql();
        String sql = "CREATE TABLE grid AS SELECT row_number() OVER () - 1 AS grid_row__, * FROM (SELECT * FROM " + source + where + orderBy + ")";
        try (var s = connection.prepareStatement(sql)) {
            if (filter != null) {
                filter.bind(s);
            }
            s.execute();
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM grid")) {
            r.next();
            rows = r.getLong(1);
        }
    }

    private boolean direct() {
        return filter == null && orderBy.isEmpty();
    }

    @Override
    protected Object[][] readPage(long page) {
        long from = page * PAGE;
        String sql = direct()
                ? "SELECT * EXCLUDE (file_row_number) FROM read_parquet(" + DuckDb.literal(parquet) + ", file_row_number = true) WHERE file_row_number >= "
                        + from + " AND file_row_number < " + (from + PAGE) + " ORDER BY file_row_number"
                : "SELECT * EXCLUDE (grid_row__) FROM grid WHERE grid_row__ >= " + from + " AND grid_row__ < " + (from + PAGE) + " ORDER BY grid_row__";
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Object[]> out = new ArrayList<>();
            int n = columns.size();
            while (r.next()) {
                Object[] row = new Object[n];
                for (int c = 0; c < n; c++) {
                    row[c] = r.getObject(c + 1);
                }
                out.add(row);
            }
            return out.toArray(new Object[0][]);
        } catch (SQLException e) {
            return new Object[0][];
        }
    }

    @Override
    public ColumnStatistics statistics(int column) throws InputException {
        String c = DuckDb.identifier(columns.get(column));
        String sql = "SELECT count(" + c + "), count(*) - count(" + c + "), approx_count_distinct(" + c + "), "
                + "min(TRY_CAST(" + c + " AS DOUBLE)), avg(TRY_CAST(" + c + " AS DOUBLE)), max(TRY_CAST(" + c + " AS DOUBLE)), typeof(any_value(" + c + ")) FROM "
                + (direct() ? "read_parquet(" + DuckDb.literal(parquet) + ")" : "grid");
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            String type = r.getString(7);
            boolean numeric = type != null && !type.equals("VARCHAR") && r.getObject(4) != null;
            return new ColumnStatistics(columns.get(column), r.getLong(1), r.getLong(2), r.getLong(3), numeric ? r.getDouble(4) : null,
                    numeric ? r.getDouble(5) : null, numeric ? r.getDouble(6) : null);
        } catch (SQLException e) {
            throw new InputException(columns.get(column) + ": " + DuckDb.message(e), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing an in-memory database; nothing to keep
        }
    }
}
