package org.studybench.core.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.osgi.util.ManifestElement;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;

/**
 * The API promise, checked on every bundle's manifest: every exported package has a version; an
 * implementation package ({@code .internal}, {@code .impl}) is exported only with
 * {@code x-internal:=true}; and every package offered as API (exported without x-internal) has a
 * package-info.java whose Javadoc says what it is for and since when ({@code @since}).
 */
class ApiExportsTest {

    private static final Path BUNDLES = Path.of(System.getProperty("studybench.repo", "../..")).resolve("bundles").toAbsolutePath();

    @Test
    void exportsAreVersionedInternalsMarkedAndApiDocumented() throws IOException, BundleException {
        List<String> problems = new ArrayList<>();
        int api = 0;
        try (Stream<Path> bundles = Files.list(BUNDLES)) {
            for (Path bundle : bundles.sorted().toList()) {
                Path manifestFile = bundle.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(manifestFile)) {
                    continue;
                }
                Manifest manifest;
                try (InputStream in = Files.newInputStream(manifestFile)) {
                    manifest = new Manifest(in);
                }
                String exports = manifest.getMainAttributes().getValue(Constants.EXPORT_PACKAGE);
                ManifestElement[] elements = exports == null ? new ManifestElement[0] : ManifestElement.parseHeader(Constants.EXPORT_PACKAGE, exports);
                for (ManifestElement e : elements) {
                    String pkg = e.getValue();
                    String where = bundle.getFileName() + ": " + pkg;
                    boolean internal = "true".equals(e.getDirective("x-internal")) || e.getDirective("x-friends") != null;
                    if (e.getAttribute(Constants.VERSION_ATTRIBUTE) == null) {
                        problems.add(where + " is exported without a version");
                    }
                    if ((pkg.contains(".internal") || pkg.endsWith(".impl")) && !internal) {
                        problems.add(where + " is an implementation package exported without x-internal:=true");
                    }
                    if (!internal) {
                        api++;
                        String path = pkg.replace('.', '/') + "/package-info.java";
                        Path info = Stream.of("src", "src-gen").map(d -> bundle.resolve(d).resolve(path)).filter(Files::isRegularFile).findFirst().orElse(null);
                        if (info == null) {
                            problems.add(where + " is API but has no package-info.java saying what it is for");
                        } else if (!Files.readString(info).contains("@since")) {
                            problems.add(where + ": its package-info.java has no @since");
                        }
                    }
                }
            }
        }
        assertTrue(api >= 10, "found only " + api + " API packages under " + BUNDLES);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
