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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fails when bundles/org.studybench.model/src-gen, or the generated files of
 * bundles/org.studybench.model.edit (src-gen/, plugin.properties, plugin.xml, icons/), differ from
 * what study.genmodel generates, i.e. when someone edited generated code by hand or changed the
 * model without regenerating. With -Dstudybench.regenerate the test first rewrites them (and then passes).
 */
class GeneratedCodeIsCurrentTest {

    private static final String REGENERATE = "run ./mvnw -B -o -pl releng/org.studybench.model.codegen verify -Dstudybench.regenerate (see README)";
    private static final Path MODEL_BUNDLE = Path.of(System.getProperty("studybench.modelBundle",
            "../../bundles/org.studybench.model"));

    @TempDir
    static Path scratch;
    private static Path freshModel;

    @BeforeAll
    static void generate() throws IOException {
        if (System.getProperty("studybench.regenerate") != null) {
            ModelGenerator.regenerate(MODEL_BUNDLE);
        }
        freshModel = ModelGenerator.generate(MODEL_BUNDLE, scratch);
    }

    @Test
    void srcGenMatchesTheGenModel() throws IOException {
        Path committed = MODEL_BUNDLE.resolve("src-gen");
        assertTrue(Files.isDirectory(committed), "src-gen/ is missing: " + REGENERATE);
        assertSame(freshModel, committed, "org.studybench.model/src-gen/");
    }

    @Test
    void editBundleMatchesTheGenModel() throws IOException {
        Path editBundle = ModelGenerator.editBundle(MODEL_BUNDLE);
        Path fresh = ModelGenerator.editProject(scratch);
        for (String part : ModelGenerator.EDIT_GENERATED) {
            assertTrue(Files.exists(fresh.resolve(part)), "EMF generated no " + part + " for the edit bundle");
            assertTrue(Files.exists(editBundle.resolve(part)), "org.studybench.model.edit/" + part + " is missing: " + REGENERATE);
            assertSame(fresh.resolve(part), editBundle.resolve(part), "org.studybench.model.edit/" + part);
        }
    }

    /** The same files with the same bytes under {@code fresh} and {@code committed} (each a file or a folder). */
    private static void assertSame(Path fresh, Path committed, String what) throws IOException {
        TreeSet<String> expected = relativeFiles(fresh);
        TreeSet<String> actual = relativeFiles(committed);
        assertEquals(expected, actual, what + " has other files than study.genmodel generates; " + REGENERATE);
        List<String> differing = new ArrayList<>();
        for (String file : expected) {
            if (Files.mismatch(fresh.resolve(file), committed.resolve(file)) != -1) {
                differing.add(file);
            }
        }
        assertEquals(List.of(), differing, what + ": generated code was edited by hand or is stale; " + REGENERATE);
    }

    private static TreeSet<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            TreeSet<String> names = new TreeSet<>();
            files.filter(Files::isRegularFile).forEach(p -> names.add(root.relativize(p).toString().replace('\\', '/')));
            return names;
        }
    }
}
