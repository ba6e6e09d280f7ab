package org.studybench.data.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.duckdb.DuckDBDriver;
import org.duckdb.DuckDBPreparedStatement;
import org.studybench.core.Progress;

/**
 * Embedded, in-process DuckDB connections. The driver is used directly: under OSGi,
 * java.sql.DriverManager cannot see drivers in other bundles.
 */
public final class DuckDb {

    private DuckDb() {
    }

    /** The setting for the engine's memory limit (environment; a system property of the same meaning wins). */
    public static final String MEMORY_ENV = "STUDYBENCH_DATA_MEMORY";
    static final String MEMORY_PROPERTY = "studybench.data.memory";
    private static final Pattern MEMORY_SIZE = Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:[KMGT]i?B)", Pattern.CASE_INSENSITIVE);

    /**
     * A private in-memory database; close it when done. Its memory limit is the product's setting
     * ({@value #MEMORY_ENV}, e.g. 8GB; DuckDB's default, 80% of the machine's memory, when unset) and it
     * spills to a folder of its own in this process's {@link Scratch} folder, never to DuckDB's default
     * {@code .tmp} in the working folder (which may be read-only, or the user's project).
     */
    public static Connection inMemory() throws SQLException {
        Properties config = new Properties();
        memoryLimit().ifPresent(limit -> config.setProperty("memory_limit", limit));
        try {
            config.setProperty("temp_directory", Scratch.engineFolder().toString());
        } catch (IOException e) {
            throw new SQLException("the data engine's temporary folder " + Scratch.base() + " could not be created (" + e.getMessage()
                    + "); name another with " + Scratch.TEMP_ENV, e);
        }
        return new DuckDBDriver().connect("jdbc:duckdb:", config);
    }

    private static final java.util.concurrent.atomic.AtomicBoolean LOADING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Loads the engine in the background, once per process: its driver links a 60 MB native library (and,
     * outside the product, first unpacks it from its jar: about 0.4 s), which can overlap an importer's
     * pass over a file in Java. A failure shows again, and is reported, at the first real connection.
     */
    public static void startLoading() {
        if (LOADING.compareAndSet(false, true)) {
            loader = Thread.ofPlatform().daemon(true).name("studybench-engine-load").start(() -> {
                try (Connection connection = inMemory()) {
                    // loaded
                } catch (SQLException | RuntimeException | LinkageError e) {
                    // reported by the first real connection
                }
            });
        }
    }

    private static volatile Thread loader;

    /**
     * Waits up to {@code millis} for a load started by {@link #startLoading()} to end (at once when none was
     * started): the data bundle must not stop while the driver links its library from its bundle (DataBundle).
     */
    public static void awaitLoading(long millis) throws InterruptedException {
        Thread running = loader;
        if (running != null) {
            running.join(millis);
        }
    }

    /** How often a long statement's progress is asked for (and its cancelling checked). */
    private static final long PROGRESS_INTERVAL_MILLIS = 200;

    /**
     * Runs {@code sql} on {@code connection}, reporting the engine's own progress (per mille of the rows
     * it expects to read) to {@code progress} and interrupting the statement when {@code progress} is
     * cancelled. Returns false when it was cancelled (the statement's effects are then incomplete and
     * the caller discards them), true when it ran to the end.
     */
    public static boolean executeWithProgress(Connection connection, String sql, Progress progress) throws SQLException {
        try (Statement settings = connection.createStatement()) {
            // the engine tracks a query's progress only with its progress bar on; it must not print it
            settings.execute("SET enable_progress_bar = true");
            settings.execute("SET enable_progress_bar_print = false");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            DuckDBPreparedStatement duck = statement.unwrap(DuckDBPreparedStatement.class);
            java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
            Thread watcher = Thread.ofVirtual().name("studybench-engine-progress").start(() -> {
                try {
                    while (!finished.await(PROGRESS_INTERVAL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        if (progress.isCancelled()) {
                            cancelled.set(true);
                            duck.cancel();
                            return;
                        }
                        double percentage = duck.getQueryProgress().getPercentage();
                        if (percentage >= 0) { // -1: not known yet
                            progress.worked(Math.round(percentage * 10), 1000);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (SQLException e) {
                    // progress is a courtesy: the statement itself reports real failures
                }
            });
            try {
                statement.execute();
            } catch (SQLException e) {
                if (!cancelled.get()) {
                    throw e;
                }
            } finally {
                finished.countDown();
                try {
                    watcher.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (cancelled.get()) {
                return false;
            }
            progress.worked(1000, 1000);
            return true;
        }
    }

    /** The configured memory limit, checked, or empty when the engine's default applies. */
    static Optional<String> memoryLimit() throws SQLException {
        String given = Settings.get(MEMORY_PROPERTY, MEMORY_ENV);
        if (given == null) {
            return Optional.empty();
        }
        if (!MEMORY_SIZE.matcher(given).matches()) {
            throw new SQLException(MEMORY_ENV + "=" + given + " is not a memory size; write it as e.g. 512MB, 8GB or 1.5TB");
        }
        return Optional.of(given);
    }

    /**
     * The first line of a DuckDB error without its category ("Conversion Error: ", "Binder Error: ",
     * "IO Error: "), which names DuckDB's internals rather than what the user can act on.
     */
    public static String message(SQLException e) {
        String all = e.getMessage() == null ? "" : e.getMessage();
        Matcher missing = MISSING_COLUMN.matcher(all);
        if (missing.find()) { // a variable the data does not have: named in the user's words, with the engine's suggestions
            Matcher candidates = CANDIDATES.matcher(all);
            List<String> similar = new ArrayList<>();
            if (candidates.find()) {
                Matcher quoted = QUOTED.matcher(candidates.group(1));
                while (quoted.find()) {
                    similar.add(quoted.group(1));
                }
            }
            return "no variable named '" + missing.group(1) + "'" + (similar.isEmpty() ? "" : " (similar: " + String.join(", ", similar) + ")")
                    + "; check the variable names";
        }
        String text = all.lines().findFirst().orElse("").trim();
        if (text.startsWith("Out of Memory Error")) {
            return "the data engine needs more memory than its limit allows (" + text.replaceFirst("^Out of Memory Error:\\s*", "")
                    + "); raise the limit with " + MEMORY_ENV + " (e.g. " + MEMORY_ENV + "=8GB)";
        }
        text = text.replaceFirst("^(?:[A-Z][A-Za-z]*\\s+)+Error:\\s*", "");
        return text.isEmpty() ? "the data store could not run the query" : text;
    }

    private static final Pattern MISSING_COLUMN = Pattern.compile("Referenced column \"(.*?)\" not found");
    private static final Pattern CANDIDATES = Pattern.compile("Candidate bindings: ([^\n]*)");
    /** A quoted name, the last part of a qualified one ("file_rows"."q1" is q1). */
    private static final Pattern QUOTED = Pattern.compile("(?:\"[^\"]*\"\\.)*\"([^\"]*)\"");

    /** A double-quoted SQL identifier; a quote inside the name is doubled, so any name stays one identifier. */
    public static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** Any text as a SQL string literal, quotes doubled (for names in DDL-like options that take no bind parameters). */
    public static String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A path as a SQL string literal (for COPY and read_parquet, which take no bind parameters for paths). */
    public static String literal(java.nio.file.Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
