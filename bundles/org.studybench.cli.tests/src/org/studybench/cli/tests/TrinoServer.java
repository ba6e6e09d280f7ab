package org.studybench.cli.tests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.studybench.data.store.DuckDb;

import io.trino.jdbc.TrinoDriver;

/**
 * A real single-node Trino server for tests, in a temporary folder: the coordinator also runs the work,
 * listens on two free ports of 127.0.0.1 only (HTTPS for clients with a self-signed certificate, HTTP for
 * its own internal calls), takes logins with a password (user {@value #USER}, from a password file), and
 * has one catalog, {@value #CATALOG}: the Hive connector
 * with a metastore in files and the local file system as storage, so that Parquet files become tables
 * ({@link #addParquet}) as a study's own datasets would. {@link #close()} stops it and deletes the
 * folder; a shutdown hook does the same if the test JVM ends first.
 *
 * <p>The server is the archive {@code io.trino:trino-server:VERSION:tar.gz} from Maven Central, which the
 * build fetches into the local Maven repository (cli.tests' pom.xml) and names in the system property
 * {@value #ARCHIVE_PROPERTY}; it is unpacked once into {@value #HOME_PROPERTY} (the bundle's target
 * folder), all plugins but Hive and the password file's removed. Trino needs Java 24 or newer: the test
 * JVM's own when it is, else STUDYBENCH_TRINO_JAVA. Without either the tests fail with a message saying
 * so: skipping would hide that the Trino engine went untested.
 */
final class TrinoServer implements EngineServer {

    static final String USER = "studybench";
    static final String PASSWORD = "trino-test-secret";
    static final String CATALOG = "hive";
    static final String SCHEMA = "survey";
    static final String ARCHIVE_PROPERTY = "studybench.trino.archive";
    static final String HOME_PROPERTY = "studybench.trino.home";

    private final Path folder;
    private final int port;
    private final int httpPort;
    private final Process process;
    private final Thread hook;
    private boolean stopped;

    private TrinoServer(Path folder, int port, int httpPort, Process process) {
        this.folder = folder;
        this.port = port;
        this.httpPort = httpPort;
        this.process = process;
        this.hook = new Thread(this::close, "stop test Trino");
    }

    /** Starts a server and creates the schema {@value #CATALOG}.{@value #SCHEMA}; the time it took is printed. */
    static TrinoServer start() throws IOException, InterruptedException, SQLException {
        long started = System.nanoTime();
        Path home = unpacked();
        long unpacked = System.nanoTime();
        String launcher = java();
        int port = freePort();
        int httpPort = freePort();
        while (httpPort == port) {
            httpPort = freePort();
        }
        Path folder = Files.createTempDirectory("studybench-trino-");
        Path etc = folder.resolve("etc");
        try {
            configure(folder, home, launcher, port, httpPort);
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            delete(folder);
            throw e;
        }
        List<String> command = new ArrayList<>(List.of(launcher, "-cp", home.resolve("lib") + "/*",
                // a small heap and the C1 compiler only: the tables are small, and start-up is most of the time
                "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-Djdk.attach.allowAttachSelf=true", "--enable-native-access=ALL-UNNAMED", "-Dconfig=" + etc.resolve("config.properties"),
                "io.trino.server.TrinoServer"));
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("server.log").toFile()).start();
        TrinoServer server = new TrinoServer(folder, port, httpPort, process);
        Runtime.getRuntime().addShutdownHook(server.hook);
        try {
            server.awaitStarted();
            server.awaitWorker();
            System.out.printf(Locale.ROOT, "TrinoServer: unpacked in %.1f s, started in %.1f s%n", (unpacked - started) / 1e9,
                    (System.nanoTime() - unpacked) / 1e9);
            return server;
        } catch (IOException | InterruptedException | SQLException | RuntimeException | Error e) {
            server.close();
            throw e;
        }
    }

    /** The server's etc/ folder (configuration, Hive catalog, certificate, password file) and its metastore folder. */
    private static void configure(Path folder, Path home, String launcher, int port, int httpPort) throws IOException, InterruptedException {
        Path etc = folder.resolve("etc");
        Files.createDirectories(etc.resolve("catalog"));
        credentials(Path.of(launcher).resolveSibling("keytool").toString(), etc);
        Files.createDirectories(folder.resolve("metastore"));
        Files.writeString(etc.resolve("config.properties"), String.join("\n",
                "coordinator=true",
                "node-scheduler.include-coordinator=true",
                "node.environment=studybench_test",
                "node.id=studybench-test",
                "node.bind-ip=127.0.0.1",
                "node.internal-address=127.0.0.1",
                "http-server.http.port=" + httpPort,
                "discovery.uri=http://127.0.0.1:" + httpPort,
                "http-server.https.enabled=true",
                "http-server.https.port=" + port,
                "http-server.https.keystore.path=" + etc.resolve("keystore.p12"),
                "http-server.https.keystore.key=" + KEYSTORE_PASSWORD,
                "http-server.authentication.type=PASSWORD",
                "password-authenticator.config-files=" + etc.resolve("password-authenticator.properties"),
                "internal-communication.shared-secret=" + KEYSTORE_PASSWORD + "-internal",
                "query.max-memory=512MB",
                "query.max-memory-per-node=512MB",
                "plugin.dir=" + home.resolve("plugin"),
                "catalog.config-dir=" + etc.resolve("catalog"),
                ""));
        // Parquet files on the local file system, described by a metastore in files: no Hadoop, no metastore server
        Files.writeString(etc.resolve("catalog/" + CATALOG + ".properties"), String.join("\n",
                "connector.name=hive",
                "hive.metastore=file",
                "hive.metastore.catalog.dir=local:///metastore",
                "fs.native-local.enabled=true",
                "local.location=" + folder,
                ""));
    }

    private static final String KEYSTORE_PASSWORD = "trino-test-keystore";

    /**
     * A self-signed certificate for 127.0.0.1 (keystore.p12, and server.pem for clients to trust) and the
     * password file: Trino takes passwords only over HTTPS, and hashes them with PBKDF2 (HMAC-SHA1),
     * written as iterations:salt:hash in hex.
     */
    private static void credentials(String keytool, Path etc) throws IOException, InterruptedException {
        Path keystore = etc.resolve("keystore.p12");
        run(List.of(keytool, "-genkeypair", "-alias", "trino", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=IP:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD), "keytool -genkeypair");
        run(List.of(keytool, "-exportcert", "-rfc", "-alias", "trino", "-keystore", keystore.toString(), "-storepass", KEYSTORE_PASSWORD, "-file",
                etc.resolve("server.pem").toString()), "keytool -exportcert");
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash;
        try {
            hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA1").generateSecret(new PBEKeySpec(PASSWORD.toCharArray(), salt, 1000, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("PBKDF2 is not available", e);
        }
        Files.writeString(etc.resolve("password.db"), USER + ":1000:" + HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(hash) + "\n");
        Files.writeString(etc.resolve("password-authenticator.properties"), "password-authenticator.name=file\nfile.password-file=" + etc.resolve("password.db")
                + "\n");
    }

    /** The server's folder in the archive, unpacked once (a marker file says it is complete). */
    private static synchronized Path unpacked() throws IOException, InterruptedException {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        String home = System.getProperty(HOME_PROPERTY);
        if (archive == null || home == null || !Files.isRegularFile(Path.of(archive))) {
            throw new AssertionError("the Trino server archive is missing" + (archive == null ? "" : " (" + archive + ")")
                    + ": the build fetches io.trino:trino-server:tar.gz from Maven Central into the local repository and passes its path as -D"
                    + ARCHIVE_PROPERTY + " (bundles/org.studybench.cli.tests/pom.xml); build online once, or fetch it with ./mvnw dependency:get "
                    + "-Dartifact=io.trino:trino-server:VERSION:tar.gz; the Trino engine tests need a real server");
        }
        Path target = Path.of(home);
        Path marker = target.resolve(".unpacked-from");
        String from = archive + " " + Files.size(Path.of(archive)) + ", plugins " + CATALOG + " and password-authenticators";
        if (Files.exists(marker) && Files.readString(marker).equals(from)) {
            return target;
        }
        delete(target);
        Files.createDirectories(target);
        // the archive's plugins share jars through hard links, so it is unpacked whole and the plugins not used deleted
        // (left: Hive, and the password file's authenticator)
        run(List.of("tar", "-xzf", archive, "-C", target.toString(), "--strip-components=1"), "unpack " + archive);
        try (Stream<Path> plugins = Files.list(target.resolve("plugin"))) {
            for (Path plugin : plugins.filter(p -> !List.of(CATALOG, "password-authenticators").contains(p.getFileName().toString())).toList()) {
                delete(plugin);
            }
        }
        Files.writeString(marker, from);
        return target;
    }

    /** A java launcher of version 24 or newer (Trino's minimum). */
    private static String java() {
        if (Runtime.version().feature() >= 24) {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
        String given = System.getenv("STUDYBENCH_TRINO_JAVA");
        if (given != null && Files.isExecutable(Path.of(given))) {
            return given;
        }
        throw new AssertionError("Trino needs Java 24 or newer and the tests run on Java " + Runtime.version().feature()
                + ": run the build with a newer JDK or point STUDYBENCH_TRINO_JAVA at its bin/java");
    }

    private static void run(List<String> command, String what) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(what + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Waits until the server answers that it has started (at most 3 minutes; a slow machine under load takes ~30 s). */
    private void awaitStarted() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest info = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/v1/info")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the Trino server ended (exit " + process.exitValue() + ") before it started:\n" + log());
            }
            try {
                HttpResponse<String> r = http.send(info, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().replace(" ", "").contains("\"starting\":false")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the Trino server did not start in 3 minutes:\n" + log());
    }

    /**
     * Waits until the coordinator has announced itself as a worker too (until then, queries that read tables
     * fail with "No nodes available", a second or so after the server says it has started), creates the
     * schema, and waits until the catalog's tables can be written.
     */
    private void awaitWorker() throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM system.runtime.nodes WHERE state = 'active'")) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        break;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the Trino server has no active worker a minute after it started:\n" + log());
                }
                Thread.sleep(250);
            }
            s.execute("CREATE SCHEMA " + CATALOG + "." + SCHEMA);
            // An active node may not yet be known to serve the catalog (the node list refreshes every few seconds):
            // statements that only write metadata pass, the first one that runs work on the catalog's nodes fails
            // with "No nodes available" (seen on a fast CI machine). So a write into the catalog is retried until it runs.
            s.execute("CREATE TABLE " + CATALOG + "." + SCHEMA + ".ready (x integer)");
            while (true) {
                try {
                    s.execute("INSERT INTO " + CATALOG + "." + SCHEMA + ".ready VALUES 1");
                    break;
                } catch (SQLException e) {
                    if (e.getMessage() == null || !e.getMessage().contains("No nodes available") || System.nanoTime() > deadline) {
                        throw e;
                    }
                    Thread.sleep(250);
                }
            }
            s.execute("DROP TABLE " + CATALOG + "." + SCHEMA + ".ready");
        }
    }

    /** The HTTPS port. */
    @Override
    public int port() {
        return port;
    }

    /** The HTTP port, which the server uses for its own calls and where it refuses logins. */
    int httpPort() {
        return httpPort;
    }

    /** The server's certificate (PEM), for the driver's SSLTrustStorePath. */
    Path certificate() {
        return folder.resolve("etc/server.pem");
    }

    /** A JDBC URL of {@code table} in {@value #CATALOG}.{@value #SCHEMA} over TLS (the certificate trusted), with {@code extra} parameters. */
    String url(String table, String extra) {
        return "jdbc:trino://127.0.0.1:" + port + "/" + CATALOG + "/" + SCHEMA + "?table=" + table + "&SSL=true&SSLTrustStorePath=" + certificate()
                + (extra.isEmpty() ? "" : "&" + extra);
    }

    /** The URL with the user's name and password. */
    @Override
    public String url(String table) {
        return url(table, "user=" + USER + "&password=" + PASSWORD);
    }

    Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", USER);
        p.setProperty("password", PASSWORD);
        p.setProperty("SSL", "true");
        p.setProperty("SSLTrustStorePath", certificate().toString());
        return new TrinoDriver().connect("jdbc:trino://127.0.0.1:" + port + "/" + CATALOG + "/" + SCHEMA, p);
    }

    /**
     * Makes a Parquet file a table of {@value #CATALOG}.{@value #SCHEMA}: copied into the table's own folder
     * unchanged, its columns and types as DuckDB reads them (BIGINT, DOUBLE, VARCHAR, BOOLEAN, DATE).
     */
    void addParquet(Path parquet, String table) throws IOException, SQLException {
        Path data = Files.createDirectories(folder.resolve("data").resolve(table));
        Files.copy(parquet, data.resolve("part-0.parquet"));
        StringBuilder columns = new StringBuilder();
        try (Connection duckdb = DuckDb.inMemory(); Statement s = duckdb.createStatement();
                ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(parquet) + ")")) {
            while (rs.next()) {
                String type = switch (rs.getString("column_type")) {
                    case "BIGINT", "INTEGER", "DOUBLE", "BOOLEAN", "DATE", "VARCHAR" -> rs.getString("column_type");
                    default -> throw new AssertionError(parquet + ": column " + rs.getString("column_name") + " has a type the test does not map: "
                            + rs.getString("column_type"));
                };
                columns.append(columns.length() == 0 ? "" : ", ").append(DuckDb.identifier(rs.getString("column_name"))).append(' ').append(type);
            }
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + DuckDb.identifier(table) + " (" + columns + ") WITH (format = 'PARQUET', external_location = 'local:///data/"
                    + table + "')");
        }
    }

    /** Runs statements on the server (e.g. CREATE TABLE ... AS SELECT to derive tables). */
    void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private String log() {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("server.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no server log)";
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Stops the server (its data are thrown away) and deletes its folder. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            delete(folder);
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
