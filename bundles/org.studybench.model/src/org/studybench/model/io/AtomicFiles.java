package org.studybench.model.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Writes a file so that readers see either the old or the complete new content, never a torn one:
 * the content goes to a temporary file in the same folder, is flushed to disk, and then renamed over
 * the target in one atomic step. A failure at any point leaves the target as it was.
 */
public final class AtomicFiles {

    /** Writes content into the stream it is given; may throw to abort the write. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    /** An existing file keeps its permissions when it is replaced. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        if (Files.exists(from) && Files.getFileStore(to).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        }
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    /**
     * Deletes what killed writers of {@code target} left beside it: their temporary files
     * ({@code .NAME.*.tmp}) that no running writer holds (a writer keeps a lock on its temporary file
     * while it writes; the system drops the lock of a killed process) and that are older than
     * {@code minimumAge} (for writers that do not lock, such as the data store's engine).
     */
    public static void deleteLeftovers(Path target, java.time.Duration minimumAge) {
        Path absolute = target.toAbsolutePath();
        String prefix = "." + absolute.getFileName() + ".";
        deleteLeftovers(absolute.getParent(), name -> name.startsWith(prefix) && name.endsWith(".tmp"), minimumAge);
    }

    /** As {@link #deleteLeftovers(Path, java.time.Duration)} for the temporary files in {@code folder} whose names {@code leftover} accepts. */
    public static void deleteLeftovers(Path folder, java.util.function.Predicate<String> leftover, java.time.Duration minimumAge) {
        java.time.Instant before = java.time.Instant.now().minus(minimumAge);
        try (java.nio.file.DirectoryStream<Path> found = Files.newDirectoryStream(folder, p -> leftover.test(p.getFileName().toString()))) {
            for (Path file : found) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                    java.nio.channels.FileLock lock = channel.tryLock();
                    if (lock != null && Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
                        Files.deleteIfExists(file); // unlocked and old: its writer is gone
                    }
                } catch (java.nio.channels.OverlappingFileLockException | IOException e) {
                    // held by a writer in this process, or not ours to delete: leave it
                }
            }
        } catch (IOException e) {
            // no folder, or not readable: nothing to clean
        }
    }

    public static void write(Path target, ContentWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        deleteLeftovers(absolute, java.time.Duration.ofMinutes(1)); // (a minute: a writer starting right now has not locked its file yet)
        // Not Files.createTempFile: that makes the file owner-only, and the rename would carry that
        // over to a report or study that should get the user's usual permissions (umask).
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
        Files.createFile(temp);
        boolean moved = false;
        try {
            copyPermissions(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = Channels.newOutputStream(channel);
                    java.nio.channels.FileLock lock = channel.lock()) { // tells deleteLeftovers this file is being written (released first)
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
