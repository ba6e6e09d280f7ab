import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Run by the product build after the product is materialized: removes the jar signatures (META-INF/*.SF,
 * .RSA, .DSA, .EC and the per-entry digests of the manifest) from the bundles in the product's plugins
 * folder. Every process checks the digest of every class it loads from a signed jar, and the JVM keeps
 * classes of signed jars out of the class-data archive; without them a command starts about 0.2 s
 * sooner (docs/performance.md). The signatures are the upstream projects' proof of origin for the jars
 * on their download sites; the product is built from Maven Central and the Eclipse repositories over
 * HTTPS, and nothing in it checks them at run time. Entries keep their order, times and contents.
 *
 * <p>Usage: {@code java StripSignatures.java PLUGINS_FOLDER}
 */
public class StripSignatures {

    public static void main(String[] args) throws IOException {
        Path plugins = Path.of(args[0]);
        int stripped = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "*.jar")) {
            for (Path jar : jars) {
                stripped += strip(jar) ? 1 : 0;
            }
        }
        System.out.println("StripSignatures: " + stripped + " signed bundles in " + plugins + " without their signatures now");
    }

    private static boolean signature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', 9) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA") || upper.endsWith(".EC"));
    }

    private static boolean strip(Path jar) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> signature(e.getName()))) {
                return false;
            }
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : in.stream().toList()) {
                    if (signature(entry.getName())) {
                        continue;
                    }
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    if (entry.getName().equals(JarFile.MANIFEST_NAME)) {
                        Manifest manifest;
                        try (InputStream m = in.getInputStream(entry)) {
                            manifest = new Manifest(m);
                        }
                        manifest.getEntries().clear(); // the per-entry digests, which only the signature used
                        manifest.write(out);
                    } else {
                        try (InputStream data = in.getInputStream(entry)) {
                            data.transferTo(out);
                        }
                    }
                    out.closeEntry();
                }
            }
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }
}
