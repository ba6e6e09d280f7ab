package org.studybench.engine.trino;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import javax.net.ssl.SSLHandshakeException;

import org.studybench.data.engine.JdbcEngine;

/** Trino's errors in the user's words: what went wrong and what to fix, one line, no class names or credentials. */
final class Messages {

    // Trino's error codes (its StandardErrorCode; stable across versions), which the driver gives as the vendor code
    private static final int GENERIC_USER_ERROR = 0; // also fail(), which stops the query on a broken weight
    private static final int SYNTAX_ERROR = 1;
    private static final int PERMISSION_DENIED = 4;
    private static final int FUNCTION_NOT_FOUND = 6;
    private static final int INVALID_CAST_ARGUMENT = 9;
    private static final int OPERATOR_NOT_FOUND = 10;
    private static final int CATALOG_NOT_FOUND = 44;
    private static final int SCHEMA_NOT_FOUND = 45;
    private static final int TABLE_NOT_FOUND = 46;
    private static final int COLUMN_NOT_FOUND = 47;
    private static final int MISSING_CATALOG_NAME = 56;
    private static final int MISSING_SCHEMA_NAME = 57;
    private static final int TYPE_MISMATCH = 58;

    private Messages() {
    }

    /** {@code what}: "table T" or "query". */
    static String of(SQLException e, String what, String user) {
        String text = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        if (!text.startsWith("Query failed (#")) { // the driver's own error: the server was not reached or refused the session
            return client(e, text, user);
        }
        // "Query failed (#20261202_...): line 1:15: Table 'hive.s.t' does not exist" → "Table 'hive.s.t' does not exist"
        String server = text.replaceFirst("^Query failed \\(#[^)]*\\):\\s*", "").replaceFirst("^line \\d+:\\d+:\\s*", "");
        boolean isTable = what.startsWith("table ");
        return switch (e.getErrorCode()) {
            case TABLE_NOT_FOUND, SCHEMA_NOT_FOUND, CATALOG_NOT_FOUND -> isTable
                    ? "no " + what + " (" + server + "); check the catalog and schema in the URL and ?table= (schema.table or catalog.schema.table elsewhere)"
                    : server + "; check the tables the query reads";
            case MISSING_CATALOG_NAME, MISSING_SCHEMA_NAME -> server + "; name them in the URL (jdbc:trino://HOST:PORT/CATALOG/SCHEMA) or in "
                    + (isTable ? "?table=catalog.schema.table" : "the query");
            case COLUMN_NOT_FOUND -> server.replaceFirst("^Column ('.*') cannot be resolved$", "no column $1 in " + (isTable ? what : "the query's rows"))
                    + "; check the variable names";
            case SYNTAX_ERROR -> JdbcEngine.invalidQuery(server);
            case PERMISSION_DENIED -> server + "; ask the server's administrator to grant SELECT on " + (isTable ? what.substring(6) : "what the query reads");
            case INVALID_CAST_ARGUMENT, TYPE_MISMATCH, OPERATOR_NOT_FOUND -> JdbcEngine.notAggregable(server);
            case FUNCTION_NOT_FOUND -> server + "; the aggregation needs this function, which this Trino server lacks";
            case GENERIC_USER_ERROR -> server; // fail(): StudyBench's own words, e.g. a negative weight
            default -> server.isEmpty() ? "the query failed" : server;
        };
    }

    private static String client(SQLException e, String text, String user) {
        if (JdbcEngine.causedBy(e, UnknownHostException.class)) {
            return "cannot connect (unknown host); check the host in the URL";
        }
        if (JdbcEngine.causedBy(e, ConnectException.class)) {
            return "cannot connect (connection refused); check the host and port in the URL and that the server is running";
        }
        if (JdbcEngine.causedBy(e, SSLHandshakeException.class)) {
            return text.contains("PKIX") || text.contains("certification path")
                    ? "the server's certificate is not trusted; add SSLTrustStorePath=FILE to the URL (the server's certificate as PEM, or a Java trust store)"
                    : "the encrypted connection failed; check the URL's SSL parameters and that the port is the server's HTTPS port";
        }
        if (text.contains("Authentication over HTTP is not enabled")) {
            return "the server takes logins over HTTPS only; give its HTTPS port and add SSL=true to the URL";
        }
        if (text.contains("TLS/SSL is required")) {
            return "a password is sent only over an encrypted connection; add SSL=true to the URL (and SSLTrustStorePath=... for a certificate of your own)";
        }
        if (text.contains("Authentication failed") || text.contains("Unauthorized")) {
            return "authentication failed" + (user == null ? "" : " for user " + user)
                    + "; check the user and password (the URL's user and password parameters, or TRINO_USER and TRINO_PASSWORD)";
        }
        if (text.startsWith("Unrecognized connection property")) {
            return text + "; StudyBench's own parameters are table and query, the others go to the Trino JDBC driver";
        }
        // its first line, without the driver's wrapping and Java's class names
        String reason = text.replaceFirst("^Error executing query:\\s*", "").replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
        return "cannot query the server (" + reason + "); check the URL";
    }
}
