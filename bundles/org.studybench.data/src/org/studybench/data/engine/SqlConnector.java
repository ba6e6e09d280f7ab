package org.studybench.data.engine;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Opens connections to an external SQL engine and words its errors for users. Implemented by the
 * engine's own bundle (e.g. {@code org.studybench.engine.postgres}), which carries the JDBC driver.
 */
public interface SqlConnector {

    /** A new connection; close it when done. */
    Connection connect() throws SQLException;

    /**
     * One line for the user: what went wrong and what to fix (no class names, no credentials), without
     * the engine and dataset, which the caller puts in front.
     */
    String message(SQLException e);
}
