package org.studybench.data.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * This process's private scratch folder: import spool files and the engine's spill files. It is
 * {@code <base>/work-<pid>}, base being {@value #TEMP_ENV} (or the system property
 * {@value #TEMP_PROPERTY}) when set, else {@code ${java.io.tmpdir}/studybench-<user>}. The folder goes
 * when the process ends; a killed process cannot remove it, so the next process removes every
 * {@code work-<pid>} folder whose process is gone (or whose pid now belongs to a later process).
 */
public final class Scratch {

    static final String TEMP_ENV = "STUDYBENCH_DATA_TEMP";
    static final String TEMP_PROPERTY = "studybench.data.temp";
    private static final String PREFIX = "work-";

    private static Path folder;
    private static final AtomicLong ENGINES = new AtomicLong();

    private Scratch() {
    }

    /**
     * The process's folder, created (owner-only) on first use. Every call first removes the leftovers
     * of killed processes (one listing of a folder that holds a few entries: cheap next to starting
     * the engine), so a long-running workbench cleans up after a killed command too.
     */
    public static synchronized Path folder() throws IOException {
        Path base = base();
        createPrivate(base);
        removeLeftovers(base);
        if (folder != null && Files.isDirectory(folder)) {
            return folder;
        }
        Path mine = base.resolve(PREFIX + ProcessHandle.current().pid());
        if (Files.isDirectory(mine) && madeBeforeThisProcess(mine)) {
            deleteTree(mine); // an earlier process's with this pid (the launcher makes it for this one: then it is kept)
        }
        createPrivate(mine);
        if (folder == null) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    deleteTree(mine);
                } catch (IOException e) {
                    // the next process removes it
                }
            }, "studybench-scratch-cleanup"));
        }
        folder = mine;
        return mine;
    }

    /** A new folder name for one engine instance's spill files (instances must not share one: their file names collide). */
    static Path engineFolder() throws IOException {
        return folder().resolve("engine-" + ENGINES.incrementAndGet());
    }

    static Path base() {
        String given = Settings.get(TEMP_PROPERTY, TEMP_ENV);
        if (given != null) {
            return Path.of(given).toAbsolutePath();
        }
        return Path.of(System.getProperty("java.io.tmpdir", "/tmp"), "studybench-" + System.getProperty("user.name", "user")).toAbsolutePath();
    }

    private static void createPrivate(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
            Files.createDirectories(dir);
        }
    }

    private static void removeLeftovers(Path base) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path entry : entries) {
                if (isLeftOver(entry)) {
                    deleteTree(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // another process removing the same leftovers, or a folder of someone else's: not ours to clean
        }
    }

    private static boolean isLeftOver(Path entry) throws IOException {
        long pid;
        try {
            pid = Long.parseLong(entry.getFileName().toString().substring(PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Instant created = Files.readAttributes(entry, BasicFileAttributes.class).creationTime().toInstant();
        Optional<Instant> started = process.get().info().startInstant();
        // the pid was reused: the process that made the folder ended before this one started
        return started.isPresent() && started.get().isAfter(created.plusSeconds(1));
    }

    private static boolean madeBeforeThisProcess(Path dir) throws IOException {
        Instant created = Files.readAttributes(dir, BasicFileAttributes.class).creationTime().toInstant();
        Optional<Instant> started = ProcessHandle.current().info().startInstant();
        return started.isPresent() && created.isBefore(started.get().minusSeconds(1));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
