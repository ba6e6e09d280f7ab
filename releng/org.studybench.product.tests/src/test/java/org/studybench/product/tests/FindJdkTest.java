package org.studybench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product's find-jdk.sh, which every command runs before Java starts: a JDK's version is read from its
 * {@code release} file (no JVM started to ask), and asked of its java only when that file says nothing.
 * Fake JDKs whose java prints a version make the two ways tell apart.
 */
class FindJdkTest {

    @TempDir
    Path dir;

    /** A fake JDK: a release file saying {@code release} (none when null) and a java that prints {@code asked}. */
    private Path jdk(String name, String release, String asked) throws Exception {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        if (release != null) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + release + "\"\n");
        }
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = " + asked + "' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private String major(Path jdk) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", ". \"$1\"; sb_runtime_ok=1; sb_java_major \"$2\"", "sh",
                Product.folder().resolve("find-jdk.sh").toString(), jdk.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test
    void theVersionComesFromTheReleaseFileElseFromJava() throws Exception {
        assertEquals("25", major(jdk("temurin", "25.0.3", "99")), "the release file, java not started");
        assertEquals("8", major(jdk("old", "1.8.0_392", "99")), "an old 1.x version");
        assertEquals("21", major(jdk("bare", null, "21")), "no release file: java is asked");
        assertEquals("17", major(jdk("odd", "unknown", "17")), "a release file without a number: java is asked");
    }
}
