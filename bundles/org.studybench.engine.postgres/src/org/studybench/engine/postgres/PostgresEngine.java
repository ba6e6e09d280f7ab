package org.studybench.engine.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.postgresql.Driver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
import org.studybench.data.engine.JdbcEngine;
import org.studybench.data.engine.RowSource;
import org.studybench.data.engine.SqlConnector;
import org.studybench.data.engine.SqlEngine;

/**
 * PostgreSQL as a place where a dataset's rows are: {@code jdbc:postgresql://host:port/db?table=T}
 * ({@code schema.table} for another schema) or {@code ?query=SELECT...} (URL-encoded). The user and password come from the URL's own
 * {@code user}/{@code password} parameters, else from PGUSER/PGPASSWORD, else the driver's defaults
 * (the system user; ~/.pgpass or PGPASSFILE, which the driver reads itself). They are never printed.
 */
@Component(service = SqlEngine.class)
public final class PostgresEngine extends JdbcEngine {

    static final String NAME = "PostgreSQL";

    public PostgresEngine() {
        this(System.getenv());
    }

    /** An engine that reads PGUSER and PGPASSWORD from {@code environment} instead of the process's (tests). */
    public PostgresEngine(Map<String, String> environment) {
        super(NAME, "jdbc:postgresql:", "jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE", environment);
    }

    @Override
    public RowSource.SqlTable open(String url) throws InputException {
        Url u = parse(url, "schema.table for another schema");
        Properties properties = new Properties();
        String user = u.user();
        if (user == null && environment("PGUSER") != null) {
            user = environment("PGUSER");
            properties.setProperty("user", user);
        }
        if (!u.hasPassword() && environment("PGPASSWORD") != null) {
            properties.setProperty("password", environment("PGPASSWORD"));
        }
        // fail in seconds when the server does not answer rather than after the OS's TCP timeout
        properties.setProperty("connectTimeout", "10");
        // StudyBench only reads: the session is read-only even outside explicit transactions (a query from the URL cannot write)
        properties.setProperty("readOnly", "true");
        properties.setProperty("readOnlyMode", "always");
        properties.setProperty("ApplicationName", "StudyBench");
        // a query is the user's own SQL on their own server (read-only); its rows are aggregated like a table's
        String relation = u.table() != null ? relation(u.table()) : "(" + u.query() + ") AS " + Dialect.POSTGRESQL.identifier("studybench_rows");
        return new RowSource.SqlTable(Dialect.POSTGRESQL, u.dataset(), relation, new Connector(u.driverUrl(), properties, u.what(),
                user != null ? user : System.getProperty("user.name")));
    }

    /** The table as quoted identifiers: {@code schema.table} names a table in another schema. */
    static String relation(String table) {
        int dot = table.indexOf('.');
        if (dot > 0 && dot < table.length() - 1) {
            return Dialect.POSTGRESQL.identifier(table.substring(0, dot)) + "." + Dialect.POSTGRESQL.identifier(table.substring(dot + 1));
        }
        return Dialect.POSTGRESQL.identifier(table);
    }

    /** Connections with the driver used directly: under OSGi, DriverManager cannot see drivers in other bundles. */
    /** {@code what}: "table T" or "query", for messages. */
    private record Connector(String url, Properties properties, String what, String user) implements SqlConnector {
        @Override
        public Connection connect() throws SQLException {
            Connection c = new Driver().connect(url, properties);
            if (c == null) {
                throw new SQLException("the URL is not one the PostgreSQL driver accepts", "08001");
            }
            return c;
        }

        @Override
        public String message(SQLException e) {
            return Messages.of(e, what, user);
        }
    }

    static String serverMessage(SQLException e) {
        if (e instanceof PSQLException p) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m != null && m.getMessage() != null) {
                return m.getMessage();
            }
        }
        String text = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").trim();
        return text.replaceFirst("^ERROR:\\s*", "");
    }
}
