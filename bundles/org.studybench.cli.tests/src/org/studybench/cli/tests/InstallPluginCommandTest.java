package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;

/**
 * install-plugin and uninstall-plugin on an installation laid out as the product is (plugins/ and
 * the simple configurator's bundles.info), with a p2 repository as a plug-in build makes it.
 */
class InstallPluginCommandTest {

    private static final String INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    private static final List<String> PRODUCT = List.of("#encoding=UTF-8", "#version=1",
            "org.apache.felix.scr,2.2.14,plugins/org.apache.felix.scr_2.2.14.jar,2,true",
            "org.studybench.core,0.1.0.v1,plugins/org.studybench.core_0.1.0.v1.jar,4,false");

    @TempDir
    Path dir;
    Path installation;
    Path repository;

    @BeforeEach
    void layOut() throws IOException {
        installation = dir.resolve("studybench");
        Files.createDirectories(installation.resolve("plugins"));
        Files.createDirectories(installation.resolve(INFO).getParent());
        Files.write(installation.resolve(INFO), PRODUCT);
        repository = dir.resolve("repository");
        Files.createDirectories(repository.resolve("plugins"));
        jar(repository.resolve("plugins/org.example.trend_1.0.0.v1.jar"), "org.example.trend;singleton:=true", "1.0.0.v1", "OSGI-INF/trend.xml", false);
        jar(repository.resolve("plugins/org.example.trend.source_1.0.0.v1.jar"), "org.example.trend.source", "1.0.0.v1", null, true);
        jar(repository.resolve("plugins/org.studybench.core_0.1.0.v1.jar"), "org.studybench.core", "0.1.0.v1", "OSGI-INF/registry.xml", false);
        jar(repository.resolve("plugins/com.example.json_2.0.0.jar"), "com.example.json", "2.0.0", null, false);
    }

    @Test
    void installsWhatIsMissingStartsComponentsAndUninstalls() throws Exception {
        Run run = CliRunner.run("install-plugin", repository.toString(), "--into", installation.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("installed com.example.json 2.0.0 (no vendor stated; unsigned)", "installed org.example.trend 1.0.0.v1 (no vendor stated; unsigned)"),
                run.out().lines().toList());
        List<String> info = Files.readAllLines(installation.resolve(INFO));
        assertEquals(PRODUCT, info.subList(0, PRODUCT.size()), "StudyBench's own lines stay as they were");
        assertTrue(info.contains("org.example.trend,1.0.0.v1,plugins/org.example.trend_1.0.0.v1.jar,4,true"), "DS bundles start: " + info);
        assertTrue(info.contains("com.example.json,2.0.0,plugins/com.example.json_2.0.0.jar,4,false"), info.toString());
        assertEquals(PRODUCT.size() + 2, info.size(), "no source bundle, no second StudyBench core: " + info);
        assertTrue(Files.isRegularFile(installation.resolve("plugins/org.example.trend_1.0.0.v1.jar")));

        Run again = CliRunner.run("install-plugin", repository.toString(), "--into", installation.toString());
        assertTrue(again.out().startsWith("Nothing to install"), again.out());

        Run core = CliRunner.run("uninstall-plugin", "org.studybench.core", "--into", installation.toString());
        assertEquals(1, core.exitCode());
        assertTrue(core.err().contains("'org.studybench.core' is not a plug-in bundle installed by install-plugin (it is part of StudyBench)"), core.err());

        Run listed = CliRunner.run("uninstall-plugin", "--into", installation.toString());
        assertTrue(listed.out().contains("  org.example.trend 1.0.0.v1"), listed.out());

        Run removed = CliRunner.run("uninstall-plugin", "org.example.*", "com.example.json", "--into", installation.toString());
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(PRODUCT, Files.readAllLines(installation.resolve(INFO)));
        assertFalse(Files.exists(installation.resolve("plugins/org.example.trend_1.0.0.v1.jar")));
    }

    /** A copy staged by an install that was killed (an hour old) goes with the next install; one being staged right now stays. */
    @Test
    void stagedCopiesOfAKilledInstallAreRemovedByTheNext() throws Exception {
        Path killed = Files.writeString(installation.resolve("plugins/.install-killed.tmp"), "half a jar");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));
        Path staging = Files.writeString(installation.resolve("plugins/.install-staging.tmp"), "a jar being copied");
        Run run = CliRunner.run("install-plugin", repository.toString(), "--into", installation.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(killed), "the killed install's copy is gone");
        assertTrue(Files.exists(staging), "a fresh one may belong to an install running now");
    }

    @Test
    void aNewerVersionReplacesTheOneInstalledBefore() throws Exception {
        assertEquals(0, CliRunner.run("install-plugin", repository.resolve("plugins/org.example.trend_1.0.0.v1.jar").toString(), "--into",
                installation.toString()).exitCode());
        Path newer = dir.resolve("org.example.trend_1.1.0.jar");
        jar(newer, "org.example.trend", "1.1.0", "OSGI-INF/trend.xml", false);
        Run run = CliRunner.run("install-plugin", newer.toString(), "--into", installation.toString());
        assertEquals("installed org.example.trend 1.1.0 (no vendor stated; unsigned)", run.out().strip());
        List<String> info = Files.readAllLines(installation.resolve(INFO));
        assertEquals(1, info.stream().filter(l -> l.startsWith("org.example.trend,")).count(), info.toString());
        assertFalse(Files.exists(installation.resolve("plugins/org.example.trend_1.0.0.v1.jar")));
    }

    @Test
    void aRebuildWithTheSameVersionReplacesTheJar() throws Exception {
        Path jar = repository.resolve("plugins/org.example.trend_1.0.0.v1.jar");
        assertEquals(0, CliRunner.run("install-plugin", jar.toString(), "--into", installation.toString()).exitCode());
        jar(jar, "org.example.trend", "1.0.0.v1", "OSGI-INF/trend.xml,OSGI-INF/more.xml", false);
        Run run = CliRunner.run("install-plugin", jar.toString(), "--into", installation.toString());
        assertEquals("installed org.example.trend 1.0.0.v1 (no vendor stated; unsigned)", run.out().strip());
        assertEquals(-1, Files.mismatch(jar, installation.resolve("plugins/org.example.trend_1.0.0.v1.jar")));
    }

    @Test
    void badSourcesAndInstallationsAreOneLineErrors() throws Exception {
        Run missing = CliRunner.run("install-plugin", dir.resolve("nothing.zip").toString(), "--into", installation.toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("nothing.zip: no such file or folder"), missing.err());
        Run notRepo = CliRunner.run("install-plugin", dir.toString(), "--into", installation.toString());
        assertTrue(notRepo.err().contains("has no plugins/ folder; is it a p2 repository?"), notRepo.err());
        Run notInstalled = CliRunner.run("install-plugin", repository.toString(), "--into", dir.toString());
        assertTrue(notInstalled.err().contains(dir + ": not an installed StudyBench"), notInstalled.err());
        assertEquals(1, notInstalled.err().strip().lines().count(), notInstalled.err());
    }

    // --- hostile and broken sources (issue 15): refused with exit 1 and one line, nothing written anywhere ---

    @Test
    void aSymbolicNameThatClimbsOutOfPluginsIsRefused() throws Exception {
        Path escaped = dir.resolve("escaped_1.0.0.jar"); // where plugins/../../escaped_1.0.0.jar is
        Path jar = bundle(dir.resolve("evil.jar"), "../../escaped", "1.0.0");
        assertRefused(jar, jar + ": not a valid plug-in: its Bundle-SymbolicName '../../escaped' is not a bundle name"
                + " (parts of letters, digits, '_' and '-' separated by dots)");
        assertFalse(Files.exists(escaped));

        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        Path outside = tmp.resolve("studybench-evil-" + System.nanoTime());
        String climb = installation.resolve("plugins").toAbsolutePath().normalize().relativize(outside).toString().replace('\\', '/');
        Path toTmp = bundle(dir.resolve("to-tmp.jar"), climb, "1.0.0");
        try {
            assertRefused(toTmp, toTmp + ": not a valid plug-in: its Bundle-SymbolicName '" + climb + "' is not a bundle name");
            assertFalse(Files.exists(Path.of(outside + "_1.0.0.jar")), "written outside the installation");
        } finally {
            Files.deleteIfExists(Path.of(outside + "_1.0.0.jar"));
        }
    }

    @Test
    void aCommaInTheSymbolicNameOrVersionIsRefused() throws Exception {
        Path injected = bundle(dir.resolve("injected.jar"), "org.example.a,9.9.9", "1.0.0");
        assertRefused(injected, injected + ": not a valid plug-in: its Bundle-SymbolicName 'org.example.a,9.9.9' is not a bundle name");
        Path start = bundle(dir.resolve("start.jar"), "org.example.b", "1.0.0,1,true");
        assertRefused(start, start + ": not a valid plug-in: its Bundle-Version '1.0.0,1,true' is not an OSGi version");
        Path name = bundle(dir.resolve("name.jar"), "org.example.a,9.9.9,plugins/org.example.a.jar,1,true", "1.0.0");
        assertRefused(name, name + ": not a valid plug-in: its Bundle-SymbolicName 'org.example.a,9.9.9,plugins/org.example.a.jar,1,true'"
                + " is not a bundle name");
        Path version = bundle(dir.resolve("version.jar"), "org.example.b", "1.0.0,plugins/x.jar,1,true");
        assertRefused(version, version + ": not a valid plug-in: its Bundle-Version '1.0.0,plugins/x.jar,1,true' is not an OSGi version"
                + " (major[.minor[.micro[.qualifier]]]");
        Path qualifier = bundle(dir.resolve("qualifier.jar"), "org.example.c", "1.0.0.v1/../../x");
        assertRefused(qualifier, qualifier + ": not a valid plug-in: its Bundle-Version '1.0.0.v1/../../x' is not an OSGi version");
        Path huge = bundle(dir.resolve("huge.jar"), "org.example.d", "99999999999.0.0");
        assertRefused(huge, huge + ": not a valid plug-in: its Bundle-Version '99999999999.0.0' is not an OSGi version");
    }

    @Test
    void anEmptySymbolicNameIsRefused() throws Exception {
        Path empty = bundle(dir.resolve("empty.jar"), "", "1.0.0");
        assertRefused(empty, empty + ": not a plug-in: its Bundle-SymbolicName is empty");
        Path onlyDirectives = bundle(dir.resolve("directives.jar"), ";singleton:=true", "1.0.0");
        assertRefused(onlyDirectives, onlyDirectives + ": not a plug-in: its Bundle-SymbolicName is empty");
    }

    @Test
    void aJarThatIsNotABundleIsRefused() throws Exception {
        Path plain = dir.resolve("evil.jar");
        write(plain, Map.of(Attributes.Name.MANIFEST_VERSION.toString(), "1.0", "Main-Class", "Evil"), null);
        assertRefused(plain, plain + ": not a plug-in: its manifest has no Bundle-SymbolicName");
        Path noManifestVersion = dir.resolve("r3.jar");
        write(noManifestVersion, Map.of(Attributes.Name.MANIFEST_VERSION.toString(), "1.0", "Bundle-SymbolicName", "org.example.r3"), null);
        assertRefused(noManifestVersion, noManifestVersion + ": not a plug-in: its manifest has no Bundle-ManifestVersion");
        Path noManifest = dir.resolve("bare.jar");
        try (OutputStream out = Files.newOutputStream(noManifest); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertRefused(noManifest, noManifest + ": not a plug-in: it has no manifest (META-INF/MANIFEST.MF)");
    }

    @Test
    void aFileThatIsNotAJarOrZipIsRefused() throws Exception {
        Path text = dir.resolve("notes.jar");
        Files.writeString(text, "not a zip at all\n");
        assertRefused(text, text + ": not a jar (it cannot be read as a zip archive)");
        Path zip = dir.resolve("site.zip");
        Files.writeString(zip, "not a zip either\n");
        assertRefused(zip, zip + ": not a zip file (it cannot be read as a zip archive)");
    }

    /** A zipped repository with an entry named to climb out of the zip (zip-slip) is refused in words, not called "not a zip file". */
    @Test
    void aZipWhoseEntryNamesClimbOutIsRefused() throws Exception {
        Path zip = dir.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("plugins/../../../escaped.jar"));
            out.write("not installed".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertRefused(zip, zip + ": an entry name in the zip climbs out of it ('..'), so nothing was installed");
    }

    @Test
    void oneBadJarInARepositoryRefusesTheWholeRepository() throws Exception {
        Path bad = bundle(repository.resolve("plugins/org.example.zz_1.0.0.jar"), "../../escaped", "1.0.0");
        assertRefused(repository, bad + ": not a valid plug-in: its Bundle-SymbolicName '../../escaped' is not a bundle name"
                + " (parts of letters, digits, '_' and '-' separated by dots); nothing was installed");
        Files.delete(bad);
        Path notBundle = repository.resolve("plugins/readme.jar");
        write(notBundle, Map.of(Attributes.Name.MANIFEST_VERSION.toString(), "1.0"), null);
        assertRefused(repository, notBundle + ": not a plug-in: its manifest has no Bundle-SymbolicName; nothing was installed");
        Files.delete(notBundle);

        Path zipped = dir.resolve("site.zip");
        try (FileSystem zip = FileSystems.newFileSystem(zipped, Map.of("create", "true"))) {
            Files.createDirectories(zip.getPath("/plugins"));
            Files.copy(repository.resolve("plugins/com.example.json_2.0.0.jar"), zip.getPath("/plugins/com.example.json_2.0.0.jar"));
            bundle(dir.resolve("comma.jar"), "org.example,evil", "1.0.0");
            Files.copy(dir.resolve("comma.jar"), zip.getPath("/plugins/org.example.evil_1.0.0.jar"));
        }
        assertRefused(zipped, zipped + ": plugins/org.example.evil_1.0.0.jar: not a valid plug-in: its Bundle-SymbolicName 'org.example,evil'"
                + " is not a bundle name (parts of letters, digits, '_' and '-' separated by dots); nothing was installed");

        assertEquals(0, CliRunner.run("install-plugin", repository.toString(), "--into", installation.toString()).exitCode(),
                "the repository installs once the bad jars are gone");
    }

    @Test
    void installTellsTheVendorAndWhetherTheJarIsSigned() throws Exception {
        Path vendor = dir.resolve("vendor.jar");
        write(vendor, headers("org.example.vendor", "1.2", "Bundle-Vendor", "Example \u001b[31mMethods\u001b[0m Group"), null);
        Run run = CliRunner.run("install-plugin", vendor.toString(), "--into", installation.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("installed org.example.vendor 1.2.0 (vendor: Example ?[31mMethods?[0m Group; unsigned)", run.out().strip(),
                "the version as OSGi writes it, no terminal escapes from a manifest");
        assertTrue(Files.isRegularFile(installation.resolve("plugins/org.example.vendor_1.2.0.jar")));

        Path localized = dir.resolve("localized.jar");
        write(localized, headers("org.example.localized", "1.0.0", "Bundle-Vendor", "%providerName"),
                Map.of("OSGI-INF/l10n/bundle.properties", "providerName=Example Survey Company\n"));
        assertEquals("installed org.example.localized 1.0.0 (vendor: Example Survey Company; unsigned)",
                CliRunner.run("install-plugin", localized.toString(), "--into", installation.toString()).out().strip());

        Path fake = dir.resolve("fake.jar");
        write(fake, headers("org.example.fake", "1.0.0", "Bundle-Vendor", "Fake"), Map.of("META-INF/FAKE.SF", "Signature-Version: 1.0\n"));
        assertEquals("installed org.example.fake 1.0.0 (vendor: Fake; signed (not verified))",
                CliRunner.run("install-plugin", fake.toString(), "--into", installation.toString()).out().strip());
    }

    @Test
    void aSignedJarNamesItsSignerAndAJarChangedAfterSigningIsRefused() throws Exception {
        Path bin = Path.of(System.getProperty("java.home"), "bin");
        Path keytool = bin.resolve("keytool");
        Path jarsigner = bin.resolve("jarsigner");
        assertTrue(Files.isExecutable(keytool) && Files.isExecutable(jarsigner), "the tests run on a JDK, with keytool and jarsigner in " + bin);
        Path keystore = dir.resolve("keys.p12");
        exec(keytool.toString(), "-genkeypair", "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", "secret123",
                "-alias", "signer", "-keyalg", "EC", "-validity", "2", "-dname", "CN=StudyBench Test Signer, O=Example");
        Path signed = dir.resolve("signed.jar");
        write(signed, headers("org.example.signed", "1.0.0", "Bundle-Vendor", "Example"), Map.of("org/example/data.txt", "the content\n"));
        exec(jarsigner.toString(), "-keystore", keystore.toString(), "-storepass", "secret123", signed.toString(), "signer");

        Path changed = dir.resolve("changed.jar");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(signed)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals("org/example/data.txt") ? "other content\n".getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
            }
        }
        assertRefused(changed, changed + ": refused: its signature does not match its content (it was changed after it was signed)");

        Run run = CliRunner.run("install-plugin", signed.toString(), "--into", installation.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("installed org.example.signed 1.0.0 (vendor: Example; signed by CN=StudyBench Test Signer,O=Example"
                + " (the content matches the signature; the certificate is not checked))", run.out().strip());
    }

    @Test
    void othersLinesOfBundlesInfoAreKept() throws Exception {
        List<String> product = List.of("#encoding=UTF-8", "#version=1", "# a comment someone wrote",
                "org.apache.felix.scr,2.2.14,plugins/org.apache.felix.scr_2.2.14.jar,2,true",
                "com.example.lib,1.0.0,plugins/com.example.lib_1.0.0.jar,4,false",
                "com.example.lib,2.0.0,plugins/com.example.lib_2.0.0.jar,4,false",
                "a line this installer does not understand", "");
        Files.write(installation.resolve(INFO), product);
        Run run = CliRunner.run("install-plugin", repository.resolve("plugins/com.example.json_2.0.0.jar").toString(), "--into",
                installation.toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> info = Files.readAllLines(installation.resolve(INFO));
        assertEquals(product, info.subList(0, product.size()), "every line kept as it was");
        assertEquals(List.of("com.example.json,2.0.0,plugins/com.example.json_2.0.0.jar,4,false"), info.subList(product.size(), info.size()));
        assertEquals(0, CliRunner.run("uninstall-plugin", "com.example.json", "--into", installation.toString()).exitCode());
        assertEquals(product, Files.readAllLines(installation.resolve(INFO)));
    }

    /** Installing {@code source} fails with exit 1 and the one line {@code message}, and changes no file anywhere under the test folder. */
    private void assertRefused(Path source, String message) throws Exception {
        Map<Path, Long> before = files(dir);
        byte[] info = Files.readAllBytes(installation.resolve(INFO));
        Run run = CliRunner.run("install-plugin", source.toString(), "--into", installation.toString());
        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().strip().startsWith("studybench install-plugin: " + message), run.err());
        assertFalse(run.err().matches("(?s).*(Exception|Error\\b|java\\.).*"), "no Java class names: " + run.err());
        assertEquals("", run.out());
        assertEquals(before, files(dir), "nothing written, nothing left behind");
        assertArrayEquals(info, Files.readAllBytes(installation.resolve(INFO)), "bundles.info unchanged");
        assertFalse(Files.exists(installation.resolve("configuration/studybench-plugins.txt")));
    }

    /** Every file under {@code root} with its size. */
    private static Map<Path, Long> files(Path root) throws IOException {
        Map<Path, Long> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                files.put(p, Files.isRegularFile(p) ? Files.size(p) : -1L);
            }
        }
        return files;
    }

    private static Path bundle(Path file, String name, String version) throws IOException {
        write(file, headers(name, version), null);
        return file;
    }

    private static Map<String, String> headers(String name, String version, String... more) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(Attributes.Name.MANIFEST_VERSION.toString(), "1.0");
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-SymbolicName", name);
        headers.put("Bundle-Version", version);
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }

    /** A jar with exactly these manifest headers (in order) and these other entries. */
    private static void write(Path file, Map<String, String> headers, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            if (entries != null) {
                for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
                    jar.putNextEntry(new ZipEntry(e.getKey()));
                    jar.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    private static void exec(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    private static void jar(Path file, String name, String version, String components, boolean source) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", name);
        main.putValue("Bundle-Version", version);
        if (components != null) {
            main.putValue("Service-Component", components);
        }
        if (source) {
            main.putValue("Eclipse-SourceBundle", name.replace(".source", "") + ";version=\"" + version + "\"");
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
    }
}
