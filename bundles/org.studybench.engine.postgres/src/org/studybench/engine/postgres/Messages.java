package org.studybench.engine.postgres;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.studybench.data.engine.JdbcEngine;

/** PostgreSQL's errors in the user's words: what went wrong and what to fix, one line, no class names or credentials. */
final class Messages {

    private Messages() {
    }

    /** {@code what}: "table T" or "query". */
    static String of(SQLException e, String what, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String server = PostgresEngine.serverMessage(e);
        return switch (state) {
            case "28P01", "28000" -> "authentication failed" + (user == null ? "" : " for user " + user)
                    + "; check the user and password (the URL's user and password parameters, PGUSER and PGPASSWORD, or ~/.pgpass)";
            case "3D000" -> server + "; check the database name in the URL";
            case "42P01" -> (what.startsWith("table ") ? "no " + what + " (" + server + "); check ?table= in the URL (names are case-sensitive; schema.table for another schema)"
                    : server + "; check the tables the query reads");
            case "42703" -> server.replaceFirst("^column (.*) does not exist$", "no column $1 in " + what.replaceFirst("^query$", "the query's rows"))
                    + "; check the variable names (they are case-sensitive)";
            case "42601" -> JdbcEngine.invalidQuery(server);
            case "42501" -> server + "; ask the database's owner to grant SELECT on " + what.replaceFirst("^table ", "");
            // the session ended by an administrator, a shutdown or a crash while the query ran
            case "57P01", "57P02", "57P03" -> "the server ended the session during the query (" + server + "); nothing was written, run the command again"
                    + " when the server accepts connections";
            case "25006" -> "the query tried to change data (" + server + "); StudyBench only reads, so give a SELECT";
            case "22P02", "22003", "42804", "42846", "42883" -> JdbcEngine.notAggregable(server);
            default -> {
                if (state.startsWith("08") || JdbcEngine.causedBy(e, ConnectException.class) || JdbcEngine.causedBy(e, UnknownHostException.class)) {
                    yield "cannot connect (" + connection(e) + "); check the host and port in the URL and that the server is running and accepts TCP/IP connections";
                }
                yield server.isEmpty() ? "the query failed" : server;
            }
        };
    }

    private static String connection(SQLException e) {
        if (JdbcEngine.causedBy(e, UnknownHostException.class)) {
            return "unknown host";
        }
        if (JdbcEngine.causedBy(e, ConnectException.class)) {
            return "connection refused";
        }
        String first = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        int dot = first.indexOf(". ");
        return dot > 0 ? first.substring(0, dot) : first;
    }
}
