package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.io.StudyFileException;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Study;

class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void aFailureHalfWayThroughLeavesThePreviousFileIntactAndNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("study.study");
        StudyResources.save(SampleStudies.full(), file);
        byte[] before = Files.readAllBytes(file);

        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(before, 0, before.length / 2); // half a study reached the disk ...
            throw new IOException("simulated crash");  // ... then the process died
        }));
        assertEquals("simulated crash", crash.getMessage());
        assertEquals(new String(before), Files.readString(file));
        assertEquals(List.of(file), files());
        StudyResources.load(file); // still loads
    }

    @Test
    void aFailedStudySaveReportsTheFileInOneLineAndKeepsTheOldContent() throws Exception {
        Path file = dir.resolve("keep.study");
        Study study = SampleStudies.full();
        StudyResources.save(study, file);
        String before = Files.readString(file);
        Path blocked = dir.resolve("not-a-folder");
        Files.writeString(blocked, "x");

        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyResources.save(study, blocked.resolve("s.study")));
        assertTrue(e.getMessage().startsWith(blocked.resolve("s.study") + ": could not save: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"));
        assertEquals(before, Files.readString(file));
    }

    @Test
    void writeReplacesTheContentCompletely() throws Exception {
        Path file = dir.resolve("x.txt");
        AtomicFiles.write(file, "a long first version".getBytes());
        AtomicFiles.write(file, "short".getBytes());
        assertEquals("short", Files.readString(file));
        assertEquals(List.of(file), files());
    }

    @Test
    void replacingAFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("shared.study");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(file, "new".getBytes());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aNewFileIsNotOwnerOnlyButFollowsTheUmask() throws Exception {
        Path reference = Files.createFile(dir.resolve("reference.txt"));
        Path file = dir.resolve("report.html");
        AtomicFiles.write(file, "<html>".getBytes());
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(file));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().equals("not-a-folder") && !p.getFileName().toString().startsWith("reference")).sorted().toList();
        }
    }
}
