package org.studybench.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's example studies, and copies of them that a test may change. */
final class Examples {

    static final Path DIR = Path.of(System.getProperty("studybench.repo", "../..")).resolve("examples/studies").toAbsolutePath();

    private Examples() {
    }

    /** Copies the example study folder {@code name} (study and data) into {@code to}. */
    static void copy(String name, Path to) throws IOException {
        Path from = DIR.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
