package org.studybench.importer.spss.tests;

import java.nio.file.Path;
import java.util.Map;

import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.spss.internal.SavImporter;

/** The importer as the tests use it: default options, everything read into memory. */
final class Sav {

    static final Path REPO = Path.of(System.getProperty("studybench.repo", "../.."));
    static final Path CORPUS = REPO.resolve("testdata/corpus");

    private static final SavImporter IMPORTER = new SavImporter();

    private Sav() {
    }

    static CollectedRows read(Path file) throws InputException {
        CollectedRows rows = new CollectedRows();
        IMPORTER.read(file, Arguments.parse(IMPORTER.options(), Map.of()), rows, Progress.NONE);
        return rows;
    }

    static Importer.Preview preview(Path file, int rows) throws InputException {
        return IMPORTER.preview(file, Arguments.parse(IMPORTER.options(), Map.of()), rows);
    }
}
