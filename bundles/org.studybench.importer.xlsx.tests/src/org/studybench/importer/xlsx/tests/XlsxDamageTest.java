package org.studybench.importer.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.xlsx.internal.XlsxImporter;

/**
 * Damaged workbooks (random bytes of a good file overwritten, fixed seeds so a failure repeats) are
 * either still read or refused with a one-line message naming the file — never another exception,
 * which the CLI would report as an internal error.
 */
class XlsxDamageTest {

    private static final Path CORPUS = Path.of(System.getProperty("studybench.repo", "../..")).resolve("testdata/corpus/xlsx");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "libreoffice-sales.xlsx", "libreoffice-sales.xls", "openpyxl-inline-strings.xlsx", "openpyxl-strict.xlsx" })
    void damagedWorkbooksAreReadOrRefusedInOneLine(String name) throws Exception {
        XlsxImporter importer = new XlsxImporter();
        byte[] good = Files.readAllBytes(CORPUS.resolve(name));
        Random random = new Random(name.hashCode());
        int refused = 0;
        for (int round = 0; round < 100; round++) {
            byte[] damaged = good.clone();
            int changes = 1 + random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(dir.resolve(round + "-" + name), damaged);
            try {
                Arguments options = Arguments.parse(importer.options(), Map.of());
                importer.preview(file, options, 5);
                importer.read(file, options, new CollectedRows(), Progress.NONE);
            } catch (InputException e) {
                refused++;
                assertTrue(e.getMessage().startsWith(file + ": ") && !e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException | Error e) {
                throw new AssertionError("round " + round + " of " + name + ": " + e, e);
            }
        }
        assertTrue(refused > 0, "some of the damage is noticed");
    }
}
