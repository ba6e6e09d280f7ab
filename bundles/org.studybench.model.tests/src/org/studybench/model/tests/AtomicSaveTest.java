package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /**
     * A writer killed half-way (kill -9) leaves its temporary file: the next write of the same file
     * removes it, but never one that a running writer holds (locked) or that was made a moment ago.
     */
    @Test
    void temporaryFilesOfKilledWritersAreRemovedByTheNextWrite() throws Exception {
        Path file = dir.resolve("study.study");
        Path killed = Files.writeString(dir.resolve(".study.study.killed1.tmp"), "<half a study");
        Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path running = Files.writeString(dir.resolve(".study.study.running.tmp"), "<being written");
        Files.setLastModifiedTime(running, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        Path fresh = Files.writeString(dir.resolve(".study.study.fresh.tmp"), "<just begun");
        Path other = Files.writeString(dir.resolve(".other.study.old.tmp"), "<another file's");
        Files.setLastModifiedTime(other, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(3600)));
        // a running writer holds a lock on its file (here in this JVM; another process's lock counts the same)
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(running, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = channel.lock()) {
            StudyResources.save(SampleStudies.full(), file);
            assertTrue(Files.notExists(killed), "the killed writer's file is gone");
            assertTrue(Files.exists(running), "a locked one stays");
        }
        assertTrue(Files.exists(fresh), "one made a moment ago stays");
        assertTrue(Files.exists(other), "other files' are not this write's business");
    }

    /** A study saved by someone else since it was read is not overwritten: the save is refused, the other change kept. */
    @Test
    void aSaveNeverReplacesAChangeMadeSinceTheStudyWasRead() throws Exception {
        Path file = dir.resolve("study.study");
        StudyResources.save(SampleStudies.full(), file);
        Study mine = StudyResources.load(file);
        Study theirs = StudyResources.load(file);
        theirs.setTitle("Theirs");
        StudyResources.save(theirs, file);
        mine.setTitle("Mine");
        org.studybench.model.io.StudyChangedException refused = assertThrows(org.studybench.model.io.StudyChangedException.class,
                () -> StudyResources.save(mine, file));
        assertEquals(file + ": the study changed since it was opened (saved by another program or command); nothing was saved: open it again and "
                + "redo the change", refused.getMessage());
        assertEquals("Theirs", StudyResources.load(file).getTitle());
        StudyResources.save(theirs, file); // the writer that saved last goes on saving
        org.studybench.model.io.StudyResources.forgetOpenedContent(mine); // "Overwrite" in the workbench
        StudyResources.save(mine, file);
        assertEquals("Mine", StudyResources.load(file).getTitle());
    }

    /**
     * Two writers that make the same change (two reports of one study recomputing the same results at
     * once) both succeed: the second save finds its very content in the file, so nothing would be lost,
     * and it stays the file's writer afterwards.
     */
    @Test
    void aSaveOfExactlyWhatAnotherWriterSavedCountsAsDone() throws Exception {
        Path file = dir.resolve("study.study");
        StudyResources.save(SampleStudies.full(), file);
        Study first = StudyResources.load(file);
        Study second = StudyResources.load(file);
        first.setTitle("Recomputed");
        second.setTitle("Recomputed");
        StudyResources.save(first, file);
        byte[] saved = java.nio.file.Files.readAllBytes(file);
        StudyResources.save(second, file);
        org.junit.jupiter.api.Assertions.assertArrayEquals(saved, java.nio.file.Files.readAllBytes(file));
        second.setDescription("then more");
        StudyResources.save(second, file);
        assertEquals("then more", StudyResources.load(file).getDescription());
        first.setTitle("Stale");
        assertThrows(org.studybench.model.io.StudyChangedException.class, () -> StudyResources.save(first, file));
    }

    /** What the workbench asks before saving: has the file changed since this study read or wrote it? Its own saves do not count. */
    @Test
    void aStudyTellsWhetherItsFileChangedSinceItWasReadOrWritten() throws Exception {
        Path file = dir.resolve("study.study");
        assertFalse(StudyResources.changedOnDisk(SampleStudies.full()), "never read nor written: nothing to compare with");
        StudyResources.save(SampleStudies.full(), file);
        Study mine = StudyResources.load(file);
        assertFalse(StudyResources.changedOnDisk(mine));
        mine.setTitle("Mine");
        StudyResources.save(mine, file);
        assertFalse(StudyResources.changedOnDisk(mine), "its own save");
        Study theirs = StudyResources.load(file);
        theirs.setTitle("Theirs");
        StudyResources.save(theirs, file);
        assertTrue(StudyResources.changedOnDisk(mine));
        assertFalse(StudyResources.changedOnDisk(theirs));
        Files.delete(file);
        assertTrue(StudyResources.changedOnDisk(theirs), "gone");
    }

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
            // (a study's save lock, ".NAME.lock", is kept on purpose: see StudyResources.save)
            return s.filter(p -> !p.getFileName().toString().equals("not-a-folder") && !p.getFileName().toString().startsWith("reference")
                    && !p.getFileName().toString().endsWith(".lock")).sorted().toList();
        }
    }
}
