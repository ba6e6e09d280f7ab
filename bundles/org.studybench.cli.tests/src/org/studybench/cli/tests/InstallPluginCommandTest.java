package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
        assertEquals(List.of("installed com.example.json 2.0.0", "installed org.example.trend 1.0.0.v1"), run.out().lines().toList());
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

    @Test
    void aNewerVersionReplacesTheOneInstalledBefore() throws Exception {
        assertEquals(0, CliRunner.run("install-plugin", repository.resolve("plugins/org.example.trend_1.0.0.v1.jar").toString(), "--into",
                installation.toString()).exitCode());
        Path newer = dir.resolve("org.example.trend_1.1.0.jar");
        jar(newer, "org.example.trend", "1.1.0", "OSGI-INF/trend.xml", false);
        Run run = CliRunner.run("install-plugin", newer.toString(), "--into", installation.toString());
        assertEquals("installed org.example.trend 1.1.0", run.out().strip());
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
        assertEquals("installed org.example.trend 1.0.0.v1", run.out().strip());
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
