package org.studybench.data.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The SHA-256 digests of data files that this user's StudyBench computed before, kept in the table
 * cache's folder ({@code .../studybench/tables/digests}, off with it): a data file is checked against its
 * study's record before every use, and reading a 35 MB file for that costs a short command 0.2 s. A
 * digest is reused only for the very file it was computed of, unchanged since: the same device and
 * inode, size, modification time and change time (to the nanosecond). Every write to a file moves its
 * change time, which no ordinary program can set back, so an edited or replaced file is read again.
 */
public final class DigestCache {

    private DigestCache() {
    }

    private static Path folder() {
        Path tables = TableCache.folder();
        return tables == null ? null : tables.resolve("digests");
    }

    /**
     * What identifies {@code file}'s current content short of reading it, or null where the file system
     * does not tell (then digests are not kept).
     */
    public static String stamp(Path file) {
        try {
            Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino,dev");
            return a.get("dev") + " " + a.get("ino") + " " + a.get("size") + " " + ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS) + " "
                    + ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The digest kept for {@code file} with {@code stamp}, or null. */
    public static String digest(Path file, String stamp) {
        Path folder = folder();
        if (folder == null || stamp == null) {
            return null;
        }
        try {
            List<String> lines = Files.readAllLines(folder.resolve(name(file)), StandardCharsets.UTF_8);
            return lines.size() == 2 && lines.get(0).equals(stamp) && lines.get(1).matches("[0-9a-f]{64}") ? lines.get(1) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code sha256} as the digest of {@code file} as {@code stamp} described it before it was read (atomically; nothing when it cannot). */
    public static void keep(Path file, String stamp, String sha256) {
        Path folder = folder();
        if (folder == null || stamp == null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, "digest", ".tmp");
            try {
                Files.writeString(temp, stamp + "\n" + sha256.toLowerCase(java.util.Locale.ROOT) + "\n", StandardCharsets.UTF_8);
                Files.move(temp, folder.resolve(name(file)), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException | RuntimeException e) {
            // not kept: the file is read again next time
        }
    }

    /** One entry per file (its absolute path), of fixed length. */
    private static String name(Path file) {
        return TableCache.sha256(file.toAbsolutePath().normalize().toString());
    }
}
