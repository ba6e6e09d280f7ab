package org.studybench.engine.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.postgresql.Driver;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
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
public final class PostgresEngine implements SqlEngine {

    static final String NAME = "PostgreSQL";
    private static final String PREFIX = "jdbc:postgresql:";

    /** Where PGUSER and PGPASSWORD are looked up. */
    private final Map<String, String> environment;

    public PostgresEngine() {
        this(System.getenv());
    }

    /** An engine that reads PGUSER and PGPASSWORD from {@code environment} instead of the process's (tests). */
    public PostgresEngine(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(String url) {
        return url.startsWith(PREFIX);
    }

    @Override
    public RowSource.SqlTable open(String url) throws InputException {
        if (!accepts(url)) {
            throw new InputException(NAME + ": '" + url.replaceAll("password=[^&]*", "password=…") + "' is not a PostgreSQL URL; write jdbc:postgresql://HOST:PORT/DATABASE?table=TABLE");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String table = null;
        String query = null;
        List<String> rest = new ArrayList<>();
        String user = null;
        boolean hasPassword = false;
        if (q >= 0) {
            for (String p : url.substring(q + 1).split("&")) {
                if (p.isEmpty()) {
                    continue;
                }
                String key = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
                if (key.equals("table")) {
                    table = URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8);
                } else if (key.equals("query")) {
                    query = URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8).strip();
                } else {
                    if (key.equals("user")) {
                        user = URLDecoder.decode(p.substring(p.indexOf('=') + 1), StandardCharsets.UTF_8);
                    }
                    hasPassword |= key.equals("password");
                    rest.add(p);
                }
            }
        }
        String where = where(base);
        if ((table == null || table.isBlank()) == (query == null || query.isEmpty())) {
            throw new InputException(NAME + " " + where + (table == null && query == null ? ": the URL names no table; add ?table=NAME (schema.table for another schema)"
                    : ": the URL names both a table and a query; give one of ?table=NAME and ?query=SELECT..."));
        }
        Properties properties = new Properties();
        if (user == null && environment.get("PGUSER") != null) {
            user = environment.get("PGUSER");
            properties.setProperty("user", user);
        }
        if (!hasPassword && environment.get("PGPASSWORD") != null) {
            properties.setProperty("password", environment.get("PGPASSWORD"));
        }
        // fail in seconds when the server does not answer rather than after the OS's TCP timeout
        properties.setProperty("connectTimeout", "10");
        // StudyBench only reads: the session is read-only even outside explicit transactions (a query from the URL cannot write)
        properties.setProperty("readOnly", "true");
        properties.setProperty("readOnlyMode", "always");
        properties.setProperty("ApplicationName", "StudyBench");
        String jdbc = rest.isEmpty() ? base : base + "?" + String.join("&", rest);
        // a query is the user's own SQL on their own server (read-only); its rows are aggregated like a table's
        String relation = table != null ? relation(table) : "(" + query.replaceFirst(";\\s*$", "") + ") AS " + Dialect.POSTGRESQL.identifier("studybench_rows");
        String what = table != null ? "table " + table : "query";
        String name = NAME + " " + where + ", " + what;
        return new RowSource.SqlTable(Dialect.POSTGRESQL, name, relation, new Connector(jdbc, properties, what, user != null ? user : System.getProperty("user.name")));
    }

    /** host:port/database of a URL without its parameters (and so without credentials), for messages. */
    private static String where(String base) {
        String s = base.substring(PREFIX.length());
        return s.startsWith("//") ? s.substring(2) : s;
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
