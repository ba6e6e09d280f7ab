package org.studybench.importer.spss.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studybench.core.InputException;

/**
 * Damaged files from every writer: random bytes of a good file overwritten (a fixed seed, so a failure
 * repeats) are either still read or refused with a one-line message naming the file — never another
 * exception, which the CLI would report as an internal error.
 */
class SavDamageTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "pspp-survey-uncompressed.sav", "pspp-survey-bytecode.sav", "pspp-survey.zsav", "haven-bytecode.sav", "haven.zsav",
            "pspp-latin1.sav" })
    void damagedFilesAreReadOrRefusedInOneLine(String name) throws Exception {
        byte[] good = Files.readAllBytes(Sav.CORPUS.resolve("sav").resolve(name));
        Random random = new Random(name.hashCode());
        int refused = 0;
        for (int round = 0; round < 150; round++) {
            byte[] damaged = good.clone();
            int changes = 1 + random.nextInt(4);
            for (int k = 0; k < changes; k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(dir.resolve(round + "-" + name), damaged);
            try {
                Sav.preview(file, 5);
                Sav.read(file);
            } catch (InputException e) {
                refused++;
                assertTrue(e.getMessage().startsWith(file + ": ") && !e.getMessage().contains("\n"), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("round " + round + " of " + name + ": " + e, e);
            }
        }
        assertTrue(refused > 0, "some of the damage is noticed");
    }
}
