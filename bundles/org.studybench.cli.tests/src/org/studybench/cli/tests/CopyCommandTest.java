package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;

/** Save As from the command line: the study and its data files at the new place, or nothing at all. */
class CopyCommandTest {

    @TempDir
    Path dir;

    @Test
    void copiesTheStudyWithItsDataAndOverwritesNothing() throws Exception {
        Path copy = dir.resolve("archive/ipsos.study");
        Run run = CliRunner.run("copy", CliRunner.IPSOS.toString(), copy.toString());
        assertEquals(0, run.exitCode(), run.err());
        Dataset dataset = StudyResources.load(copy).getDatasets().get(0);
        Path data = dir.resolve("archive").resolve(dataset.getUri());
        assertArrayEquals(Files.readAllBytes(CliRunner.IPSOS.getParent().resolve(dataset.getUri())), Files.readAllBytes(data));
        assertEquals(0, CliRunner.run("validate", copy.toString()).exitCode(), "the copy finds its data");

        // a data file already at the new place: refused, and the study file is not written there
        Path other = dir.resolve("archive/other.study");
        Run refused = CliRunner.run("copy", CliRunner.IPSOS.toString(), other.toString());
        assertEquals(1, refused.exitCode());
        assertEquals("studybench copy: " + data + " exists already; save the study into another folder\n", refused.err());
        assertFalse(Files.exists(other));
        assertTrue(Files.isRegularFile(data), "the existing data file is left alone");

        Run exists = CliRunner.run("copy", CliRunner.IPSOS.toString(), copy.toString());
        assertEquals("studybench copy: " + copy + ": already exists; copy the study to a new file\n", exists.err());
    }
}
