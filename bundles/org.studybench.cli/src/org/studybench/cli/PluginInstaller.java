package org.studybench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.studybench.core.InputException;
import org.studybench.model.io.AtomicFiles;

/**
 * Installs plug-in bundles into an installed StudyBench the way Equinox's simple configurator reads
 * them: the jars go to {@code plugins/}, one line each to
 * {@code configuration/org.eclipse.equinox.simpleconfigurator/bundles.info}, and the next start
 * resolves them. The source is a p2 repository (a folder or a zip, as a plug-in build makes it) or
 * a bundle jar. Bundles StudyBench already has are left alone; a plug-in bundle installed before is
 * replaced by another version or by other bytes of the same version (a rebuild); bundles with Declarative Services
 * components are marked to start so their components are registered. What was installed is recorded
 * in {@code configuration/studybench-plugins.txt}, and only that can be uninstalled. Each change of
 * bundles.info is atomic (temporary file and rename).
 */
final class PluginInstaller {

    static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    static final String RECORD = "configuration/studybench-plugins.txt";
    private static final String BUNDLES_INFO_HEADER = "#encoding=UTF-8\n#version=1";

    /** One bundle as bundles.info lists it: symbolic name, version, jar path in the installation, start level, whether it starts. */
    record Bundle(String name, String version, String location, String level, boolean start) {
        String line() {
            return name + "," + version + "," + location + "," + level + "," + start;
        }
    }

    private final Path installation;

    PluginInstaller(Path installation) throws InputException {
        this.installation = installation;
        if (!Files.isRegularFile(installation.resolve(BUNDLES_INFO))) {
            throw new InputException(installation + ": not an installed StudyBench (no " + BUNDLES_INFO + ")");
        }
    }

    /** Installs the bundles of {@code source} that the installation lacks (a newer version replaces one it installed before). */
    List<Bundle> install(Path source) throws InputException, IOException {
        if (!Files.exists(source)) {
            throw new InputException(source + ": no such file or folder (a p2 repository, its zip, or a bundle jar)");
        }
        String name = source.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (Files.isRegularFile(source) && name.endsWith(".zip")) {
            try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + source.toUri()), Map.of())) {
                return installJars(source, jarsOf(zip.getPath("/"), source));
            }
        }
        if (Files.isRegularFile(source) && name.endsWith(".jar")) {
            return installJars(source, List.of(source));
        }
        if (Files.isDirectory(source)) {
            return installJars(source, jarsOf(source, source));
        }
        throw new InputException(source + ": not a p2 repository, a zip of one, or a bundle jar");
    }

    private static List<Path> jarsOf(Path root, Path source) throws IOException, InputException {
        Path plugins = root.resolve("plugins");
        if (!Files.isDirectory(plugins)) {
            throw new InputException(source + ": has no plugins/ folder; is it a p2 repository?");
        }
        try (Stream<Path> files = Files.list(plugins)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private List<Bundle> installJars(Path source, List<Path> jars) throws IOException, InputException {
        Map<String, Bundle> present = read(installation.resolve(BUNDLES_INFO));
        Map<String, Bundle> ours = read(installation.resolve(RECORD));
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            Manifest manifest = manifest(jar, source);
            String bsn = header(manifest, "Bundle-SymbolicName");
            if (bsn == null || manifest.getMainAttributes().getValue("Eclipse-SourceBundle") != null) {
                continue; // not a bundle, or sources for an IDE
            }
            bsn = bsn.split(";")[0].trim();
            String version = header(manifest, "Bundle-Version");
            version = version == null ? "0.0.0" : version.trim();
            Bundle existing = present.get(bsn);
            if (existing != null && (!ours.containsKey(bsn)
                    || existing.version().equals(version) && sameBytes(jar, installation.resolve(existing.location())))) {
                continue; // StudyBench's own, or already installed (a rebuild with the same version but other bytes replaces it)
            }
            boolean start = manifest.getMainAttributes().getValue("Service-Component") != null;
            Bundle bundle = new Bundle(bsn, version, "plugins/" + bsn + "_" + version + ".jar", "4", start);
            Path target = installation.resolve(bundle.location());
            Path temp = Files.createTempFile(target.getParent(), ".install-", ".jar");
            try (InputStream in = Files.newInputStream(jar)) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
            if (existing != null && !existing.location().equals(bundle.location())) {
                Files.deleteIfExists(installation.resolve(existing.location())); // the older version this installer put there
            }
            present.put(bsn, bundle);
            ours.put(bsn, bundle);
            installed.add(bundle);
        }
        if (!installed.isEmpty()) {
            write(RECORD, ours, "# bundles installed by 'studybench install-plugin'; 'studybench uninstall-plugin' removes them");
            write(BUNDLES_INFO, present, BUNDLES_INFO_HEADER);
        }
        return installed;
    }

    /**
     * Removes the bundles named by {@code patterns} (symbolic names; a trailing {@code *} matches a
     * prefix) that install-plugin installed; StudyBench's own bundles cannot be removed this way.
     */
    List<Bundle> uninstall(List<String> patterns) throws InputException, IOException {
        Map<String, Bundle> present = read(installation.resolve(BUNDLES_INFO));
        Map<String, Bundle> ours = read(installation.resolve(RECORD));
        List<Bundle> removed = new ArrayList<>();
        for (String pattern : patterns) {
            List<String> matching = ours.keySet().stream().filter(n -> matches(n, pattern)).toList();
            if (matching.isEmpty()) {
                throw new InputException("'" + pattern + "' is not a plug-in bundle installed by install-plugin"
                        + (present.keySet().stream().anyMatch(n -> matches(n, pattern)) ? " (it is part of StudyBench)" : "")
                        + "; installed: " + (ours.isEmpty() ? "none" : String.join(", ", ours.keySet())));
            }
            for (String name : matching) {
                Bundle bundle = ours.remove(name);
                present.remove(name);
                removed.add(bundle);
            }
        }
        write(BUNDLES_INFO, present, BUNDLES_INFO_HEADER);
        write(RECORD, ours, "# bundles installed by 'studybench install-plugin'; 'studybench uninstall-plugin' removes them");
        for (Bundle b : removed) {
            Files.deleteIfExists(installation.resolve(b.location()));
        }
        return removed;
    }

    /** The bundles install-plugin has installed. */
    List<Bundle> installed() throws IOException {
        return List.copyOf(read(installation.resolve(RECORD)).values());
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.exists(b) && Files.mismatch(a, b) == -1;
    }

    private static boolean matches(String name, String pattern) {
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern);
    }

    private static Manifest manifest(Path jar, Path source) throws InputException {
        try (InputStream in = Files.newInputStream(jar); java.util.jar.JarInputStream stream = new java.util.jar.JarInputStream(in)) {
            Manifest manifest = stream.getManifest();
            if (manifest == null) { // the manifest is not the first entry: read it the slow way
                Path copy = Files.createTempFile("studybench-plugin", ".jar");
                try {
                    Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
                    try (JarFile file = new JarFile(copy.toFile())) {
                        manifest = file.getManifest();
                    }
                } finally {
                    Files.deleteIfExists(copy);
                }
            }
            return manifest == null ? new Manifest() : manifest;
        } catch (IOException e) {
            throw new InputException(source + ": " + jar.getFileName() + " is not a readable jar (" + UserMessages.io(e) + ")", e);
        }
    }

    private static String header(Manifest manifest, String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    /** The lines of a bundles.info-style file by symbolic name, in order; comments skipped. */
    private static Map<String, Bundle> read(Path file) throws IOException {
        Map<String, Bundle> bundles = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return bundles;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            if (line.startsWith("#") || f.length < 5) {
                continue;
            }
            bundles.put(f[0], new Bundle(f[0], f[1], f[2], f[3], Boolean.parseBoolean(f[4].trim())));
        }
        return bundles;
    }

    private void write(String relative, Map<String, Bundle> bundles, String header) throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (Bundle b : bundles.values()) {
            text.append(b.line()).append('\n');
        }
        AtomicFiles.write(installation.resolve(relative), text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
