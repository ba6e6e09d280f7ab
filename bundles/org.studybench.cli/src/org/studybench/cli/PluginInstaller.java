package org.studybench.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.ProviderNotFoundException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.CodeSigner;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.osgi.framework.Version;
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
 * in {@code configuration/studybench-plugins.txt}, and only that can be uninstalled.
 * <p>
 * Nothing a jar says is used unchecked: every jar of the source must be an OSGi bundle whose
 * {@code Bundle-SymbolicName} and {@code Bundle-Version} follow the OSGi grammar, or nothing is
 * installed. A jar's file name in {@code plugins/} and its bundles.info line are made from those
 * checked values only (so no field holds a comma or a line break and no path leaves {@code plugins/}),
 * and each target is checked to be in {@code plugins/} before it is written. The jars are copied to
 * temporary files in {@code plugins/} first, checked there (the bytes installed are the bytes
 * checked) and renamed into place only when all of them passed; bundles.info and the record are then
 * replaced atomically (temporary file and rename). Lines of bundles.info that are not this
 * installer's (comments, StudyBench's own bundles, lines it cannot parse) are kept as they were.
 */
final class PluginInstaller {

    static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";
    static final String RECORD = "configuration/studybench-plugins.txt";
    private static final List<String> BUNDLES_INFO_HEADER = List.of("#encoding=UTF-8", "#version=1");
    private static final List<String> RECORD_HEADER = List.of(
            "# bundles installed by 'studybench install-plugin'; 'studybench uninstall-plugin' removes them");

    /** OSGi Core, 1.3.2: symbolic-name ::= token ( '.' token )*, token ::= ( alphanum | '_' | '-' )+ */
    private static final Pattern SYMBOLIC_NAME = Pattern.compile("[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*");
    /** OSGi Core, 3.2.5: major [ '.' minor [ '.' micro [ '.' qualifier ]]], numbers of digits, qualifier ( alphanum | '_' | '-' )+ */
    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:\\.[0-9]+(?:\\.[0-9]+(?:\\.[A-Za-z0-9_-]+)?)?)?");
    private static final String NAME_RULE = "parts of letters, digits, '_' and '-' separated by dots";
    private static final String VERSION_RULE = "major[.minor[.micro[.qualifier]]], numbers and a qualifier of letters, digits, '_' and '-'";
    private static final int MAX_FILE_NAME = 255;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One bundle as bundles.info lists it: symbolic name, version, jar path in the installation, start level, whether it starts. */
    record Bundle(String name, String version, String location, String level, boolean start) {
        /** The line for bundles.info; only ever made from checked values, refused (a bug) if a field could split it. */
        String line() {
            for (String field : List.of(name, version, location, level)) {
                if (field.isEmpty() || field.chars().anyMatch(c -> c == ',' || c == '\n' || c == '\r')) {
                    throw new IllegalStateException("a bundles.info field would be empty or split the line: '" + field + "'");
                }
            }
            return name + "," + version + "," + location + "," + level + "," + start;
        }
    }

    /** A bundle install-plugin installed, with what its jar tells about its origin. */
    record Installed(Bundle bundle, String vendor, String signature) {
        /** "vendor: Example Inc.; unsigned", in the user's words. */
        String origin() {
            return (vendor == null ? "no vendor stated" : "vendor: " + vendor) + "; " + signature;
        }
    }

    /** A jar of the source and how to name it to the user (its path, or the zip and the path in it). */
    private record Source(Path jar, String where) {
    }

    /** A source jar copied to a temporary file in plugins/ and checked there. */
    private record Staged(Path temp, String where, Bundle bundle, Version version, boolean sourceBundle, String vendor, String signature) {
    }

    private final Path installation;
    private final Path plugins;

    PluginInstaller(Path installation) throws InputException {
        this.installation = installation;
        this.plugins = installation.resolve("plugins").toAbsolutePath().normalize();
        if (!Files.isRegularFile(installation.resolve(BUNDLES_INFO))) {
            throw new InputException(installation + ": not an installed StudyBench (no " + BUNDLES_INFO + ")");
        }
    }

    /**
     * Installs the bundles of {@code source} that the installation lacks (a newer version replaces one it installed before);
     * refuses the whole source, changing nothing, if any of its jars is not a valid bundle.
     */
    List<Installed> install(Path source) throws InputException, IOException {
        if (!Files.exists(source)) {
            throw new InputException(source + ": no such file or folder (a p2 repository, its zip, or a bundle jar)");
        }
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isRegularFile(source) && name.endsWith(".zip")) {
            FileSystem zip;
            try {
                zip = FileSystems.newFileSystem(source, Map.of());
            } catch (java.util.zip.ZipException e) {
                // Java's zip file system refuses entry names with '.' or '..' elements (a zip-slip attempt): it is a zip, but not one to install from
                if (e.getMessage() != null && e.getMessage().contains("'..' element")) {
                    throw new InputException(source + ": an entry name in the zip climbs out of it ('..'), so nothing was installed", e);
                }
                throw new InputException(source + ": not a zip file (it cannot be read as a zip archive)", e);
            } catch (IOException | ProviderNotFoundException e) {
                throw new InputException(source + ": not a zip file (it cannot be read as a zip archive)");
            }
            try (zip) {
                return installJars(jarsOf(zip.getPath("/"), source, true));
            }
        }
        if (Files.isRegularFile(source) && name.endsWith(".jar")) {
            return installJars(List.of(new Source(source, source.toString())));
        }
        if (Files.isDirectory(source)) {
            return installJars(jarsOf(source, source, false));
        }
        throw new InputException(source + ": not a p2 repository, a zip of one, or a bundle jar");
    }

    private static List<Source> jarsOf(Path root, Path source, boolean zipped) throws IOException, InputException {
        Path folder = root.resolve("plugins");
        if (!Files.isDirectory(folder)) {
            throw new InputException(source + ": has no plugins/ folder; is it a p2 repository?");
        }
        List<Source> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString().replace("/", "");
                String where = zipped ? source + ": plugins/" + fileName : file.toString();
                if (Files.isDirectory(file)) {
                    throw new InputException(where + ": a bundle as a folder; install-plugin installs bundle jars only, so nothing was installed");
                }
                if (fileName.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                    jars.add(new Source(file, where));
                }
            }
        }
        if (jars.isEmpty()) {
            throw new InputException(source + ": its plugins/ folder has no bundle jars, so there is nothing to install");
        }
        return jars;
    }

    private List<Installed> installJars(List<Source> jars) throws IOException, InputException {
        Lines present = Lines.read(installation.resolve(BUNDLES_INFO), BUNDLES_INFO_HEADER);
        Lines ours = Lines.read(installation.resolve(RECORD), RECORD_HEADER);
        Files.createDirectories(plugins);
        // staged copies of a killed install (this installer does not lock them: an hour old counts as left over)
        AtomicFiles.deleteLeftovers(plugins, name -> name.startsWith(".install-") && name.endsWith(".tmp"), java.time.Duration.ofHours(1));
        List<Path> temps = new ArrayList<>();
        try {
            // 1. Copy every jar next to its place and check the copy; the first bad one refuses the whole source.
            List<Staged> staged = new ArrayList<>();
            for (Source source : jars) {
                Path temp = plugins.resolve(".install-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                Files.createFile(temp); // not Files.createTempFile: that is owner-only, and others may run this installation
                temps.add(temp);
                copy(source, temp);
                staged.add(check(temp, source.where(), jars.size() > 1));
            }
            // 2. What to install: not StudyBench's own, not installed already; of two jars of one bundle, the higher version.
            Map<String, Staged> plan = new LinkedHashMap<>();
            for (Staged s : staged) {
                String bsn = s.bundle().name();
                Optional<Bundle> before = ours.first(bsn);
                if (s.sourceBundle() || present.first(bsn).isPresent() && before.isEmpty()) {
                    continue; // sources for an IDE, or StudyBench's own bundle
                }
                if (before.isPresent() && before.get().version().equals(s.bundle().version())) {
                    Path installed = inPlugins(before.get().location());
                    if (installed != null && Files.exists(installed) && Files.mismatch(s.temp(), installed) == -1) {
                        continue; // installed already (a rebuild with the same version but other bytes replaces it)
                    }
                }
                Staged other = plan.get(bsn);
                if (other == null || s.version().compareTo(other.version()) > 0) {
                    plan.put(bsn, s);
                }
            }
            // 3. Into place: each jar by a rename, then the record and bundles.info, then the versions they replace.
            List<Installed> installed = new ArrayList<>();
            for (Staged s : plan.values()) {
                Files.move(s.temp(), target(s), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                temps.remove(s.temp());
            }
            List<Path> replaced = new ArrayList<>();
            for (Staged s : plan.values()) {
                Bundle bundle = s.bundle();
                Optional<Bundle> before = ours.first(bundle.name());
                String oldLocation = before.map(Bundle::location).orElse(null);
                present.put(bundle, oldLocation);
                ours.put(bundle, oldLocation);
                if (oldLocation != null && !oldLocation.equals(bundle.location()) && inPlugins(oldLocation) != null) {
                    replaced.add(inPlugins(oldLocation));
                }
                installed.add(new Installed(bundle, s.vendor(), s.signature()));
            }
            if (!installed.isEmpty()) {
                AtomicFiles.write(installation.resolve(RECORD), ours.bytes());
                AtomicFiles.write(installation.resolve(BUNDLES_INFO), present.bytes());
                for (Path old : replaced) {
                    Files.deleteIfExists(old); // the older version this installer put there
                }
            }
            return installed;
        } finally {
            for (Path temp : temps) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void copy(Source source, Path temp) throws IOException, InputException {
        InputStream in;
        try {
            in = Files.newInputStream(source.jar());
        } catch (IOException e) {
            throw new InputException(source.where() + ": " + UserMessages.io(e), e);
        }
        try (in; FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                OutputStream out = Channels.newOutputStream(channel)) {
            in.transferTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /** The bundle in the jar {@code file}, checked; {@code where} names it to the user. */
    private static Staged check(Path file, String where, boolean several) throws InputException, IOException {
        String refused = several ? "; nothing was installed" : "";
        try (JarFile jar = openJar(file, where + ": not a jar (it cannot be read as a zip archive)" + refused)) {
            Manifest manifest;
            try {
                manifest = jar.getManifest();
            } catch (IOException | SecurityException e) {
                throw new InputException(where + ": not a plug-in: its manifest (META-INF/MANIFEST.MF) cannot be read" + refused);
            }
            if (manifest == null) {
                throw new InputException(where + ": not a plug-in: it has no manifest (META-INF/MANIFEST.MF)" + refused);
            }
            Attributes main = manifest.getMainAttributes();
            String header = main.getValue("Bundle-SymbolicName");
            if (header == null) {
                throw new InputException(where + ": not a plug-in: its manifest has no Bundle-SymbolicName" + refused);
            }
            String manifestVersion = main.getValue("Bundle-ManifestVersion");
            if (manifestVersion == null) {
                throw new InputException(where + ": not a plug-in: its manifest has no Bundle-ManifestVersion" + refused);
            }
            if (!manifestVersion.trim().equals("2")) {
                throw new InputException(where + ": not a plug-in StudyBench can load: its Bundle-ManifestVersion is "
                        + quoted(manifestVersion) + ", not 2" + refused);
            }
            String name = header.split(";", 2)[0].trim();
            if (name.isEmpty()) {
                throw new InputException(where + ": not a plug-in: its Bundle-SymbolicName is empty" + refused);
            }
            if (!SYMBOLIC_NAME.matcher(name).matches()) {
                throw new InputException(where + ": not a valid plug-in: its Bundle-SymbolicName " + quoted(name) + " is not a bundle name ("
                        + NAME_RULE + ")" + refused);
            }
            String declared = main.getValue("Bundle-Version");
            Version version = version(declared == null ? "0.0.0" : declared.trim());
            if (version == null) {
                throw new InputException(where + ": not a valid plug-in: its Bundle-Version " + quoted(declared) + " is not an OSGi version ("
                        + VERSION_RULE + ")" + refused);
            }
            String fileName = name + "_" + version + ".jar";
            if (fileName.length() > MAX_FILE_NAME) {
                throw new InputException(where + ": not a valid plug-in: its Bundle-SymbolicName and Bundle-Version make a file name longer than "
                        + MAX_FILE_NAME + " characters" + refused);
            }
            String signature = signature(jar, where, refused);
            boolean start = main.getValue("Service-Component") != null;
            Bundle bundle = new Bundle(name, version.toString(), "plugins/" + fileName, "4", start);
            return new Staged(file, where, bundle, version, main.getValue("Eclipse-SourceBundle") != null, vendor(jar, main), signature);
        }
    }

    private static JarFile openJar(Path file, String notAJar) throws InputException {
        try {
            return new JarFile(file.toFile(), true);
        } catch (IOException | SecurityException e) {
            throw new InputException(notAJar);
        }
    }

    /** The OSGi version {@code text} is, or null: the grammar checked here, the numbers' range by OSGi's own parser. */
    private static Version version(String text) {
        if (!VERSION.matcher(text).matches()) {
            return null;
        }
        try {
            return Version.parseVersion(text);
        } catch (IllegalArgumentException e) { // a number too large for an int
            return null;
        }
    }

    /**
     * Whether the jar is signed, in words that claim no more than was checked: "unsigned"; "signed by CN=..." when Java's
     * jar verification found every file covered by an intact signature (the signer's certificate is not checked against
     * any authority); "signed (not verified)" when there are signature files but no signature Java could verify. A
     * signature that does not match the content refuses the jar.
     */
    private static String signature(JarFile jar, String where, String refused) throws InputException, IOException {
        boolean signatureFiles = jar.stream().map(e -> e.getName().toUpperCase(Locale.ROOT))
                .anyMatch(n -> n.startsWith("META-INF/") && n.endsWith(".SF") && n.indexOf('/', "META-INF/".length()) < 0);
        if (!signatureFiles) {
            return "unsigned";
        }
        Set<String> signers = new LinkedHashSet<>();
        int uncovered = 0;
        byte[] buffer = new byte[8192];
        try {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) { // reading to the end is what checks the digest
                    while (in.read(buffer) != -1) {
                        // read only
                    }
                }
                if (signatureRelated(entry.getName())) {
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    uncovered++;
                    continue;
                }
                for (CodeSigner signer : codeSigners) {
                    List<? extends Certificate> chain = signer.getSignerCertPath().getCertificates();
                    if (!chain.isEmpty() && chain.get(0) instanceof X509Certificate x509) {
                        signers.add(x509.getSubjectX500Principal().getName());
                    }
                }
            }
        } catch (SecurityException e) {
            throw new InputException(where + ": refused: its signature does not match its content (it was changed after it was signed)" + refused);
        }
        if (signers.isEmpty()) {
            return "signed (not verified)";
        }
        String by = "signed by " + printable(String.join(" and ", signers));
        return uncovered > 0 ? by + ", but " + uncovered + (uncovered == 1 ? " file is" : " files are") + " not covered by the signature"
                : by + " (the content matches the signature; the certificate is not checked)";
    }

    private static boolean signatureRelated(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC")
                || n.startsWith("META-INF/SIG-");
    }

    /** Bundle-Vendor as the jar states it (not checked), looked up in its localization if it is a %key; null if none. */
    private static String vendor(JarFile jar, Attributes main) {
        String vendor = main.getValue("Bundle-Vendor");
        if (vendor != null && vendor.startsWith("%")) {
            String base = main.getValue("Bundle-Localization");
            JarEntry entry = jar.getJarEntry((base == null ? "OSGI-INF/l10n/bundle" : base.trim()) + ".properties");
            String localized = null;
            if (entry != null) {
                try (InputStream in = jar.getInputStream(entry)) {
                    Properties properties = new Properties();
                    properties.load(in);
                    localized = properties.getProperty(vendor.substring(1));
                } catch (IOException | IllegalArgumentException | SecurityException e) {
                    localized = null;
                }
            }
            vendor = localized;
        }
        return vendor == null || vendor.isBlank() ? null : printable(vendor.strip());
    }

    /** A value from a jar in quotes, with what a terminal would act on (control and direction characters) shown as '?', shortened. */
    private static String quoted(String value) {
        return "'" + printable(value) + "'";
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(120).forEach(c -> out.appendCodePoint(Character.isISOControl(c) || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F ? '?' : c));
        return value.codePointCount(0, value.length()) > 120 ? out + "..." : out.toString();
    }

    /** Where a staged bundle goes: plugins/ and its checked name and version, and nowhere else. */
    private Path target(Staged s) throws InputException {
        Path target = inPlugins(s.bundle().location());
        if (target == null) { // cannot happen with a checked name and version; checked all the same
            throw new InputException(s.where() + ": refused: it would be written outside " + plugins);
        }
        return target;
    }

    /** The file at {@code location} (relative to the installation) if it is directly in plugins/, else null. */
    private Path inPlugins(String location) {
        try {
            Path path = installation.resolve(location).toAbsolutePath().normalize();
            return plugins.equals(path.getParent()) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * Removes the bundles named by {@code patterns} (symbolic names; a trailing {@code *} matches a
     * prefix) that install-plugin installed; StudyBench's own bundles cannot be removed this way.
     */
    List<Bundle> uninstall(List<String> patterns) throws InputException, IOException {
        Lines present = Lines.read(installation.resolve(BUNDLES_INFO), BUNDLES_INFO_HEADER);
        Lines ours = Lines.read(installation.resolve(RECORD), RECORD_HEADER);
        List<Bundle> removed = new ArrayList<>();
        for (String pattern : patterns) {
            List<Bundle> matching = ours.bundles().stream().filter(b -> matches(b.name(), pattern)).toList();
            if (matching.isEmpty() && removed.stream().noneMatch(b -> matches(b.name(), pattern))) {
                List<String> names = ours.bundles().stream().map(Bundle::name).toList();
                throw new InputException("'" + pattern + "' is not a plug-in bundle installed by install-plugin"
                        + (present.bundles().stream().anyMatch(b -> matches(b.name(), pattern)) ? " (it is part of StudyBench)" : "")
                        + "; installed: " + (names.isEmpty() ? "none" : String.join(", ", names)));
            }
            for (Bundle bundle : matching) {
                ours.remove(bundle.name(), bundle.location());
                present.remove(bundle.name(), bundle.location());
                removed.add(bundle);
            }
        }
        AtomicFiles.write(installation.resolve(BUNDLES_INFO), present.bytes());
        AtomicFiles.write(installation.resolve(RECORD), ours.bytes());
        for (Bundle b : removed) {
            Path jar = inPlugins(b.location());
            if (jar != null) {
                Files.deleteIfExists(jar);
            }
        }
        return removed;
    }

    /** The bundles install-plugin has installed. */
    List<Bundle> installed() throws IOException {
        return Lines.read(installation.resolve(RECORD), RECORD_HEADER).bundles();
    }

    private static boolean matches(String name, String pattern) {
        return pattern.endsWith("*") ? name.startsWith(pattern.substring(0, pattern.length() - 1)) : name.equals(pattern);
    }

    /**
     * A bundles.info-style file as its lines: each line stays as it was (comments, others' bundles, lines that are not
     * {@code name,version,location,level,start}) unless it is a line of a bundle this installer replaces or removes.
     */
    private static final class Lines {

        private final List<String> lines;

        private Lines(List<String> lines) {
            this.lines = lines;
        }

        static Lines read(Path file, List<String> header) throws IOException {
            return new Lines(new ArrayList<>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : header));
        }

        /** The bundle a line lists, or null for a comment or a line that is not one. */
        private static Bundle parse(String line) {
            if (line.startsWith("#")) {
                return null;
            }
            String[] f = line.split(",", -1);
            if (f.length < 5 || f[0].isBlank()) {
                return null;
            }
            return new Bundle(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), Boolean.parseBoolean(f[4].trim()));
        }

        List<Bundle> bundles() {
            return lines.stream().map(Lines::parse).filter(b -> b != null).toList();
        }

        Optional<Bundle> first(String name) {
            return bundles().stream().filter(b -> b.name().equals(name)).findFirst();
        }

        /** Lists {@code bundle} in place of the line of its name at {@code replacing} (if any), else at the end. */
        void put(Bundle bundle, String replacing) {
            String line = bundle.line();
            for (int i = 0; i < lines.size(); i++) {
                Bundle b = parse(lines.get(i));
                if (replacing != null && b != null && b.name().equals(bundle.name()) && b.location().equals(replacing)) {
                    lines.set(i, line);
                    return;
                }
            }
            lines.add(line);
        }

        void remove(String name, String location) {
            lines.removeIf(l -> {
                Bundle b = parse(l);
                return b != null && b.name().equals(name) && b.location().equals(location);
            });
        }

        byte[] bytes() {
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                text.append(line).append('\n');
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
