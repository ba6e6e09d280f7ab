package org.studybench.cli.tests;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.postgresql.PGConnection;

/**
 * A real PostgreSQL server for tests, in a temporary folder: initdb, pg_ctl start on a free port that
 * listens on 127.0.0.1 only (its socket in the folder), password authentication (scram-sha-256) for
 * the superuser {@value #USER}. {@link #close()} stops it and deletes the folder; a shutdown hook does
 * the same if the test JVM ends first. initdb refuses to run as root, so under root (CI) the server
 * runs as the unprivileged user {@code nobody}, which owns the folder. The workbench's tests use it too.
 *
 * <p>The binaries are looked for in /usr/lib/postgresql/VERSION/bin (Debian's postgresql package; the
 * newest version wins) or in STUDYBENCH_PG_BIN. Without them the tests fail with a message saying so:
 * skipping would hide that the PostgreSQL engine went untested.
 */
public final class PostgresServer implements EngineServer {

    public static final String USER = "studybench";
    public static final String PASSWORD = "pg-test-secret";
    public static final String DATABASE = "survey";

    private final Path bin;
    private final Path folder;
    private final Path data;
    private final int port;
    private final boolean asNobody;
    private final Thread hook;
    private boolean stopped;
    /** The pgpass system property before {@link #passwordFromPgpassFile}, restored by {@link #close}; null when not set by this server. */
    private String[] pgpassBefore;

    private PostgresServer(Path bin, Path folder, int port, boolean asNobody) {
        this.bin = bin;
        this.folder = folder;
        this.data = folder.resolve("data");
        this.port = port;
        this.asNobody = asNobody;
        this.hook = new Thread(this::stopQuietly, "stop test PostgreSQL");
    }

    /**
     * Makes the driver find the superuser's password in a pgpass file, as ~/.pgpass would give it, so URLs
     * need no password (what a study may record): writes the file and points the driver's
     * {@code org.postgresql.pgpassfile} property at it until {@link #close}.
     */
    public synchronized void passwordFromPgpassFile() throws IOException {
        Path pgpass = Files.createTempFile("studybench-pgpass-", "");
        Files.writeString(pgpass, "127.0.0.1:" + port + ":" + DATABASE + ":" + USER + ":" + PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        String before = System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        if (pgpassBefore == null) {
            pgpassBefore = new String[] { before, pgpass.toString() };
        }
    }

    /** What a test class puts into its server before its first test. */
    public interface SetUp {
        void accept(PostgresServer server) throws Exception;
    }

    /**
     * A server for one test class, as {@code @RegisterExtension static}: started, with the superuser's
     * password in a pgpass file ({@link #passwordFromPgpassFile}) and {@code setUp} done, before the first
     * test; stopped after the last.
     */
    public static final class ForClass implements org.junit.jupiter.api.extension.BeforeAllCallback, org.junit.jupiter.api.extension.AfterAllCallback {
        private final SetUp setUp;
        private PostgresServer server;

        public ForClass(SetUp setUp) {
            this.setUp = setUp;
        }

        public PostgresServer server() {
            return server;
        }

        @Override
        public void beforeAll(org.junit.jupiter.api.extension.ExtensionContext context) throws Exception {
            server = start();
            server.passwordFromPgpassFile();
            setUp.accept(server);
        }

        @Override
        public void afterAll(org.junit.jupiter.api.extension.ExtensionContext context) {
            if (server != null) {
                server.close();
            }
        }
    }

    /** Starts a server and creates the database {@value #DATABASE}. */
    public static PostgresServer start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        // under root the server runs as nobody, who must reach the folder: /tmp is world-traversable, a private java.io.tmpdir may not be
        Path folder = root ? Files.createTempDirectory(Path.of("/tmp"), "studybench-pg-") : Files.createTempDirectory("studybench-pg-");
        if (root) {
            // the server's user must own its folder
            UserPrincipalLookupService users = folder.getFileSystem().getUserPrincipalLookupService();
            PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
            view.setOwner(users.lookupPrincipalByName("nobody"));
            GroupPrincipal group = users.lookupPrincipalByGroupName("nogroup");
            view.setGroup(group);
        }
        PostgresServer server = new PostgresServer(bin, folder, freePort(), root);
        Runtime.getRuntime().addShutdownHook(server.hook);
        try {
            Path passwordFile = folder.resolve("pwfile");
            server.run("write password file", List.of("sh", "-c", "umask 077 && printf '%s\\n' \"$0\" > \"$1\"", PASSWORD, passwordFile.toString()));
            server.run("initdb", List.of(bin.resolve("initdb").toString(), "-D", server.data.toString(), "-U", USER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C", "--no-sync"));
            String options = "-p " + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + folder + " -c fsync=off";
            server.run("pg_ctl start", List.of(bin.resolve("pg_ctl").toString(), "-D", server.data.toString(), "-l", folder.resolve("log").toString(), "-w",
                    "-t", "60", "-o", options, "start"));
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DATABASE);
            }
            return server;
        } catch (IOException | InterruptedException | SQLException | RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    private static Path binaries() {
        String given = System.getenv("STUDYBENCH_PG_BIN");
        if (given != null && !given.isBlank()) {
            if (!Files.isExecutable(Path.of(given, "initdb")) || !Files.isExecutable(Path.of(given, "pg_ctl"))) {
                throw new AssertionError("STUDYBENCH_PG_BIN=" + given + " has no initdb and pg_ctl; point it at PostgreSQL's bin folder");
            }
            return Path.of(given);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow(PostgresServer::missing);
        } catch (IOException e) {
            throw missing();
        }
    }

    private static AssertionError missing() {
        return new AssertionError("PostgreSQL's server programs (initdb, pg_ctl) are not installed in /usr/lib/postgresql/*/bin: install the Debian package "
                + "postgresql (.ci/run does) or point STUDYBENCH_PG_BIN at their folder; the PostgreSQL engine tests need a real server");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public int port() {
        return port;
    }

    /** A JDBC URL of {@code table} in {@value #DATABASE}, with {@code extra} parameters (e.g. user and password). */
    public String url(String table, String extra) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?table=" + table + (extra.isEmpty() ? "" : "&" + extra);
    }

    /** The URL with the superuser's credentials. */
    @Override
    public String url(String table) {
        return url(table, "user=" + USER + "&password=" + PASSWORD);
    }

    public Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        return new org.postgresql.Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/" + database, p);
    }

    /** Runs SQL statements in {@value #DATABASE} as the superuser (tables and data for a test). */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(DATABASE); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    /**
     * Loads a CSV file with a header (R's write.csv: quoted text, no missing values) into a new table:
     * a column whose values are all integers is BIGINT, all numbers DOUBLE PRECISION, else TEXT (as
     * DuckDB's CSV reader types them). The rows go in with COPY FROM STDIN.
     */
    public void load(Path csv, String table) throws IOException, SQLException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        List<String> types = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            boolean integer = true;
            boolean number = true;
            for (String line : lines.subList(1, lines.size())) {
                String v = split(line).get(c);
                integer &= INTEGER.matcher(v).matches();
                number &= isNumber(v);
            }
            types.add(integer ? "BIGINT" : number ? "DOUBLE PRECISION" : "TEXT");
        }
        StringBuilder ddl = new StringBuilder("CREATE TABLE \"" + table + "\" (");
        for (int c = 0; c < header.size(); c++) {
            ddl.append(c == 0 ? "" : ", ").append('"').append(header.get(c)).append("\" ").append(types.get(c));
        }
        try (Connection connection = connect(DATABASE); Statement s = connection.createStatement()) {
            s.execute(ddl.append(')').toString());
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY \"" + table + "\" FROM STDIN WITH (FORMAT csv, HEADER true)", in);
            }
        }
    }

    private static boolean isNumber(String v) {
        try {
            Double.parseDouble(v);
            return !v.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The fields of a CSV line of the fixtures (quoted fields contain no commas or quotes). */
    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        for (String f : line.split(",", -1)) {
            out.add(f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1) : f);
        }
        return out;
    }

    /** Runs a command (as nobody under root); a failure is an error with its output and the server log. */
    private void run(String what, List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("studybench-pg-", ".out");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(what + " did not finish in 120 s: " + Files.readString(output) + log());
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(what + " failed (exit " + p.exitValue() + "): " + Files.readString(output) + log());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String log() {
        try {
            Path log = folder.resolve("log");
            return Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void stopQuietly() {
        try {
            close();
        } catch (RuntimeException e) {
            // the JVM is ending; nothing more can be done
        }
    }

    /** Stops the server (immediately: the data are thrown away) and deletes its folder. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (pgpassBefore != null) {
            String pgpass = System.getProperty("org.postgresql.pgpassfile");
            if (pgpassBefore[0] == null) {
                System.clearProperty("org.postgresql.pgpassfile");
            } else {
                System.setProperty("org.postgresql.pgpassfile", pgpassBefore[0]);
            }
            try {
                Files.deleteIfExists(Path.of(pgpass));
            } catch (IOException e) {
                // a file in the temporary folder; the OS cleans it
            }
        }
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                run("pg_ctl stop", List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop"));
            }
        } catch (IOException | InterruptedException | AssertionError e) {
            // the folder is deleted all the same; a server that would not stop loses its files and ends
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException e) {
                // a temporary folder; the OS cleans it
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down (called from the hook)
            }
        }
    }
}
