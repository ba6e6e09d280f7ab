package org.studybench.engine.trino;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.JdbcEngine;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlConnector;
import org.studybench.data.engine.SqlEngine;

import io.trino.jdbc.TrinoDriver;

/**
 * Trino as a place where a dataset's rows are: {@code jdbc:trino://host:port/catalog/schema?table=T}
 * ({@code schema.table} or {@code catalog.schema.table} elsewhere) or {@code ?query=SELECT...} (URL-encoded).
 * The user comes from the URL's {@code user} parameter, else TRINO_USER, else the system user; the password
 * from the URL's {@code password} parameter, else TRINO_PASSWORD (Trino accepts passwords only over TLS:
 * {@code SSL=true}). They are never printed. A query cannot write: it is read as a subquery of a SELECT.
 */
@Component(service = SqlEngine.class)
public final class TrinoEngine extends JdbcEngine {

    static final String NAME = "Trino";
    /**
     * One driver for all connections (each driver keeps its own HTTP client and connection pool), made at the
     * first connection: loading it (its HTTP client and Kotlin runtime) took 80 ms of every command's start,
     * which activates all engines, also those that never connect to Trino.
     */
    private static final class Driver {
        static final TrinoDriver INSTANCE = new TrinoDriver();
    }

    public TrinoEngine() {
        this(System.getenv());
    }

    /** An engine that reads TRINO_USER and TRINO_PASSWORD from {@code environment} instead of the process's (tests). */
    public TrinoEngine(Map<String, String> environment) {
        super(NAME, "jdbc:trino:", "jdbc:trino://HOST:PORT/CATALOG/SCHEMA?table=TABLE", environment);
    }

    @Override
    public RowSource.SqlTable open(String url) throws InputException {
        Url u = parse(url, "schema.table or catalog.schema.table elsewhere");
        Properties properties = new Properties();
        String user = u.user();
        if (user == null) { // the driver wants a user; Trino without logins takes any name
            user = environment("TRINO_USER") != null ? environment("TRINO_USER") : System.getProperty("user.name");
            properties.setProperty("user", user);
        }
        if (!u.hasPassword() && environment("TRINO_PASSWORD") != null) {
            properties.setProperty("password", environment("TRINO_PASSWORD"));
        }
        properties.setProperty("source", "StudyBench"); // shown in Trino's list of queries
        String relation = u.table() != null ? relation(u.table()) : "(" + u.query() + ") AS " + Dialect.TRINO.identifier("studybench_rows");
        return new RowSource.SqlTable(Dialect.TRINO, u.dataset(), relation, new Connector(u.driverUrl(), properties, u.what(), user));
    }

    /** The table as quoted identifiers: {@code schema.table} and {@code catalog.schema.table} name tables elsewhere. */
    static String relation(String table) {
        List<String> parts = new ArrayList<>();
        for (String part : table.split("\\.", 3)) {
            parts.add(Dialect.TRINO.identifier(part));
        }
        return String.join(".", parts);
    }

    /**
     * Connections with the driver used directly: under OSGi, DriverManager cannot see drivers in other
     * bundles. {@code what}: "table T" or "query", for messages.
     */
    private record Connector(String url, Properties properties, String what, String user) implements SqlConnector {
        @Override
        public Connection connect() throws SQLException {
            Connection c = Driver.INSTANCE.connect(url, properties);
            if (c == null) {
                throw new SQLException("the URL is not one the Trino driver accepts");
            }
            return c;
        }

        @Override
        public String message(SQLException e) {
            return Messages.of(e, what, user);
        }
    }
}
