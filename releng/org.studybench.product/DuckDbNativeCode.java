import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Run by the product build after StripSignatures: makes DuckDB's native libraries the driver bundle's
 * Bundle-NativeCode. The driver finds its library as a resource of its jar and copies those 60 MB into a
 * new temporary file in every process that touches data (about 0.5 s of CPU each time, docs/performance.md).
 * When the resource is not there it asks for the library by name, and OSGi then takes it from the bundle's
 * Bundle-NativeCode, extracted once into the user's OSGi configuration area and loaded from there by every
 * later process. The libraries' bytes do not change, only their place in the jar; an unknown library name
 * (another DuckDB version) stops the build rather than leave a driver that cannot load.
 *
 * <p>Usage: {@code java DuckDbNativeCode.java PLUGINS_FOLDER}
 */
public class DuckDbNativeCode {

    /** The driver's resource names and where Bundle-NativeCode has them (System.mapLibraryName of "duckdb_java" per system). */
    private static final Map<String, String> PLACES = Map.of(
            "libduckdb_java.so_linux_amd64", "lib/linux-x86_64/libduckdb_java.so",
            "libduckdb_java.so_linux_arm64", "lib/linux-aarch64/libduckdb_java.so",
            "libduckdb_java.so_osx_universal", "lib/macosx/libduckdb_java.dylib",
            "libduckdb_java.so_windows_amd64", "lib/windows-x86_64/duckdb_java.dll");

    private static final String NATIVE_CODE = "lib/linux-x86_64/libduckdb_java.so;osname=Linux;processor=x86-64,"
            + "lib/linux-aarch64/libduckdb_java.so;osname=Linux;processor=aarch64,"
            + "lib/macosx/libduckdb_java.dylib;osname=MacOSX;processor=x86-64;processor=aarch64,"
            + "lib/windows-x86_64/duckdb_java.dll;osname=Win32;processor=x86-64";

    public static void main(String[] args) throws IOException {
        Path plugins = Path.of(args[0]);
        int moved = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(plugins, "org.duckdb.duckdb_jdbc_*.jar")) {
            for (Path jar : jars) {
                moved += move(jar);
            }
        }
        System.out.println("DuckDbNativeCode: " + moved + " native libraries of DuckDB's driver in " + plugins + " are its Bundle-NativeCode now");
    }

    private static boolean nativeResource(String name) {
        return name.startsWith("libduckdb_java");
    }

    private static int move(Path jar) throws IOException {
        Path temp = jar.resolveSibling(jar.getFileName() + ".native");
        int moved = 0;
        try (ZipFile in = new ZipFile(jar.toFile())) {
            if (in.stream().noneMatch(e -> nativeResource(e.getName()))) {
                return 0; // done already (a product packaged again)
            }
            try (OutputStream file = Files.newOutputStream(temp); ZipOutputStream out = new ZipOutputStream(file)) {
                for (ZipEntry entry : in.stream().toList()) {
                    String name = entry.getName();
                    if (nativeResource(name) && !PLACES.containsKey(name)) {
                        throw new IOException(jar + ": unknown native library " + name + "; add its Bundle-NativeCode place to DuckDbNativeCode.java");
                    }
                    ZipEntry copy = new ZipEntry(PLACES.getOrDefault(name, name));
                    copy.setTime(entry.getTime());
                    out.putNextEntry(copy);
                    if (name.equals(JarFile.MANIFEST_NAME)) {
                        Manifest manifest;
                        try (InputStream m = in.getInputStream(entry)) {
                            manifest = new Manifest(m);
                        }
                        manifest.getMainAttributes().put(new Attributes.Name("Bundle-NativeCode"), NATIVE_CODE);
                        manifest.write(out);
                    } else {
                        try (InputStream data = in.getInputStream(entry)) {
                            data.transferTo(out);
                        }
                        moved += PLACES.containsKey(name) ? 1 : 0;
                    }
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return moved;
    }
}
