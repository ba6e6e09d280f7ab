package org.studybench.engine.trino;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.InputException;
import org.studybench.data.engine.Dialect;
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
public final class TrinoEngine implements SqlEngine {

    static final String NAME = "Trino";
    private static final String PREFIX = "jdbc:trino:";
    /** One driver for all connections: each driver keeps its own HTTP client and connection pool. */
    private static final TrinoDriver DRIVER = new TrinoDriver();

    /** Where TRINO_USER and TRINO_PASSWORD are looked up. */
    private final Map<String, String> environment;

    public TrinoEngine() {
        this(System.getenv());
    }

    /** An engine that reads TRINO_USER and TRINO_PASSWORD from {@code environment} instead of the process's (tests). */
    public TrinoEngine(Map<String, String> environment) {
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
            throw new InputException(NAME + ": '" + url.replaceAll("password=[^&]*", "password=…")
                    + "' is not a Trino URL; write jdbc:trino://HOST:PORT/CATALOG/SCHEMA?table=TABLE");
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String where = base.substring(PREFIX.length()).replaceFirst("^//", "");
        // the table and query are StudyBench's; every other parameter is the driver's (it refuses ones it does not know)
        String table = null;
        String query = null;
        String user = null;
        boolean hasPassword = false;
        List<String> driverParameters = new ArrayList<>();
        for (String p : q < 0 ? new String[0] : url.substring(q + 1).split("&")) {
            int eq = p.indexOf('=');
            String key = eq < 0 ? p : p.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(p.substring(eq + 1), StandardCharsets.UTF_8);
            switch (key) {
                case "" -> {
                }
                case "table" -> table = value.isBlank() ? null : value;
                case "query" -> query = value.isBlank() ? null : value.strip().replaceFirst(";\\s*$", "");
                default -> {
                    user = key.equals("user") ? value : user;
                    hasPassword |= key.equals("password");
                    driverParameters.add(p);
                }
            }
        }
        if (table == null && query == null) {
            throw new InputException(NAME + " " + where + ": the URL names no table; add ?table=NAME (schema.table or catalog.schema.table elsewhere)");
        }
        if (table != null && query != null) {
            throw new InputException(NAME + " " + where + ": the URL names both a table and a query; give one of ?table=NAME and ?query=SELECT...");
        }
        Properties properties = new Properties();
        if (user == null) {
            user = environment.getOrDefault("TRINO_USER", System.getProperty("user.name"));
            properties.setProperty("user", user);
        }
        if (!hasPassword && environment.get("TRINO_PASSWORD") != null) {
            properties.setProperty("password", environment.get("TRINO_PASSWORD"));
        }
        properties.setProperty("source", "StudyBench"); // shown in Trino's query list
        String jdbc = driverParameters.isEmpty() ? base : base + "?" + String.join("&", driverParameters);
        String relation = table != null ? relation(table) : "(" + query + ") AS " + Dialect.TRINO.identifier("studybench_rows");
        String what = table != null ? "table " + table : "query";
        return new RowSource.SqlTable(Dialect.TRINO, NAME + " " + where + ", " + what, relation, new Connector(jdbc, properties, what, user));
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
            Connection c = DRIVER.connect(url, properties);
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
