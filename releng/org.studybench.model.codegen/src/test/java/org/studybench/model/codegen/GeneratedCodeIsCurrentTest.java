package org.studybench.model.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when bundles/org.studybench.model/src-gen differs from what study.genmodel generates,
 * i.e. when someone edited generated code by hand or changed the model without regenerating.
 * With -Dstudybench.regenerate the test first rewrites src-gen (and then passes).
 */
class GeneratedCodeIsCurrentTest {

    private static final Path MODEL_BUNDLE = Path.of(System.getProperty("studybench.modelBundle",
            "../../bundles/org.studybench.model"));

    @Test
    void srcGenMatchesTheGenModel(@TempDir Path scratch) throws IOException {
        if (System.getProperty("studybench.regenerate") != null) {
            ModelGenerator.regenerate(MODEL_BUNDLE);
        }
        Path fresh = ModelGenerator.generate(MODEL_BUNDLE, scratch);
        Path committed = MODEL_BUNDLE.resolve("src-gen");
        assertTrue(Files.isDirectory(committed), "src-gen/ is missing: run ./mvnw -pl releng/org.studybench.model.codegen verify -Dstudybench.regenerate");

        TreeSet<String> expected = relativeFiles(fresh);
        TreeSet<String> actual = relativeFiles(committed);
        assertEquals(expected, actual, "src-gen/ has other files than study.genmodel generates; regenerate it (see README)");
        List<String> differing = new ArrayList<>();
        for (String file : expected) {
            if (!Files.readString(fresh.resolve(file)).equals(Files.readString(committed.resolve(file)))) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, "generated code was edited by hand or is stale; regenerate it (see README)");
    }

    private static TreeSet<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            TreeSet<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            return names;
        }
    }
}
