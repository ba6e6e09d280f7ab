package org.studybench.data.filter;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * A segment filter translated to SQL: a WHERE-clause fragment with {@code ?} placeholders and the
 * values to bind to them, in order. Values never appear in the SQL text, so filters cannot inject SQL.
 */
public record SqlFilter(String sql, List<Object> parameters) {

    public SqlFilter {
        parameters = List.copyOf(parameters);
    }

    /** Binds the values to {@code statement}'s placeholders, from the first on. */
    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }
}
