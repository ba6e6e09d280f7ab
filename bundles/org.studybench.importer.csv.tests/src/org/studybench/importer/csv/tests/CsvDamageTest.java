package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.csv.internal.CsvImporter;

/**
 * Damaged survey exports (random bytes overwritten — quotes, delimiters, line breaks, invalid UTF-8 —
 * with fixed seeds so a failure repeats) are either read or refused with a one-line message naming the
 * file, never another exception; and preview and import agree on which.
 */
class CsvDamageTest {

    private static final Path CORPUS = Path.of(System.getProperty("studybench.repo", "../..")).resolve("testdata/corpus/csv");
    private static final byte[] NASTY = { '"', ',', ';', '\t', '\n', '\r', (byte) 0xC3, (byte) 0xFF, 0, '{', '\'' };

    @TempDir
    Path dir;

    @Test
    void damagedExportsAreReadOrRefusedInOneLineAndPreviewAgrees() throws Exception {
        CsvImporter importer = new CsvImporter();
        Arguments options = Arguments.parse(importer.options(), Map.of());
        for (String name : List.of("qualtrics-3row.csv", "qualtrics-legacy-2row.csv", "surveymonkey-blank-first-cell.csv", "google-forms.csv",
                "limesurvey.csv")) {
            byte[] good = Files.readAllBytes(CORPUS.resolve(name));
            Random random = new Random(name.hashCode());
            for (int round = 0; round < 60; round++) {
                byte[] damaged = good.clone();
                for (int k = 1 + random.nextInt(3); k > 0; k--) {
                    damaged[random.nextInt(damaged.length)] = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)] : (byte) random.nextInt(256);
                }
                Path file = Files.write(dir.resolve(round + "-" + name), damaged);
                String previewed = null;
                try {
                    importer.preview(file, options, 5);
                } catch (InputException e) {
                    previewed = e.getMessage();
                } catch (RuntimeException e) {
                    fail("preview, round " + round + " of " + name + ": " + e, e);
                }
                String imported = null;
                try {
                    importer.read(file, options, new CollectedRows(), Progress.NONE);
                } catch (InputException e) {
                    imported = e.getMessage();
                } catch (RuntimeException e) {
                    fail("import, round " + round + " of " + name + ": " + e, e);
                }
                for (String message : new String[] { previewed, imported }) {
                    assertTrue(message == null || message.startsWith(file + ": ") && !message.contains("\n"), String.valueOf(message));
                }
                assertTrue((previewed == null) == (imported == null), "round " + round + " of " + name + ": preview " + previewed + ", import " + imported);
            }
        }
    }
}
