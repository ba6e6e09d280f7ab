package org.studybench.data.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.studybench.core.InputException;

/**
 * An engine whose datasets are JDBC URLs with StudyBench's own parameter {@code table} or {@code query}
 * (URL-encoded): what engine bundles share. The other parameters belong to the engine's driver, and
 * credentials come from the URL or the environment (the process's, or a test's), never from a study.
 */
public abstract class JdbcEngine implements SqlEngine {

    private final String name;
    private final String prefix;
    private final String form;
    private final Map<String, String> environment;

    /**
     * @param name        the engine's name, for messages (e.g. Trino)
     * @param prefix      how its URLs start (e.g. {@code jdbc:trino:})
     * @param form        its URLs' form, for messages (e.g. {@code jdbc:trino://HOST:PORT/CATALOG/SCHEMA?table=TABLE})
     * @param environment where environment variables are looked up
     */
    protected JdbcEngine(String name, String prefix, String form, Map<String, String> environment) {
        this.name = name;
        this.prefix = prefix;
        this.form = form;
        this.environment = environment;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final boolean accepts(String url) {
        return url.startsWith(prefix);
    }

    /** An environment variable, or null. */
    protected final String environment(String variable) {
        return environment.get(variable);
    }

    /**
     * A URL of this engine split into StudyBench's part and the driver's: exactly one of table and query.
     *
     * @param elsewhere how to name a table outside the URL's default place, for messages (e.g. schema.table for another schema)
     */
    protected final Url parse(String url, String elsewhere) throws InputException {
        if (!accepts(url)) {
            throw new InputException(name + ": '" + url.replaceAll("password=[^&]*", "password=…") + "' is not a " + name + " URL; write " + form);
        }
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        String where = base.substring(prefix.length()).replaceFirst("^//", "");
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
            throw new InputException(name + " " + where + ": the URL names no table; add ?table=NAME (" + elsewhere + ")");
        }
        if (table != null && query != null) {
            throw new InputException(name + " " + where + ": the URL names both a table and a query; give one of ?table=NAME and ?query=SELECT...");
        }
        String driverUrl = driverParameters.isEmpty() ? base : base + "?" + String.join("&", driverParameters);
        return new Url(name + " " + where + ", " + (table != null ? "table " + table : "query"), driverUrl, table, query, user, hasPassword);
    }

    /**
     * A parsed URL.
     *
     * @param dataset     the dataset for messages, without credentials (e.g. {@code Trino host:8443/hive/survey, table api})
     * @param driverUrl   the URL without StudyBench's parameters, for the driver
     * @param table       the table as given (null for a query)
     * @param query       the query without a final semicolon (null for a table)
     * @param user        the URL's user parameter, or null
     * @param hasPassword whether the URL has a password parameter
     */
    protected record Url(String dataset, String driverUrl, String table, String query, String user, boolean hasPassword) {
        /** "table T" or "query", for messages. */
        public String what() {
            return table != null ? "table " + table : "query";
        }
    }

    /** Whether {@code e} or one of its causes is a {@code type}: drivers wrap network failures differently. */
    public static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The message, in every engine's words, for a column that the aggregation cannot read as a number or a level. */
    public static String notAggregable(String server) {
        return "a column cannot be aggregated as a number or a level (" + server + "); check that the weight and numeric variables are numeric columns";
    }

    /** The message, in every engine's words, for a {@code ?query=} that the engine cannot parse. */
    public static String invalidQuery(String server) {
        return "the query is not valid SQL (" + server + "); check ?query= in the URL (URL-encoded)";
    }
}
