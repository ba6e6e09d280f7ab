package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.data.store.DigestCache;
import org.studybench.data.store.ParquetSink;

/**
 * A data file's digest is reused by a later process only while the file is the very same: rewritten with
 * the same bytes, or edited with its modification time set back (as {@code touch -d} does), it is read
 * again, because its change time moved.
 */
class DigestCacheTest {

    @TempDir
    Path dir;

    @Test
    void aDigestHoldsOnlyForTheVeryFileItWasComputedOf() throws Exception {
        String before = System.setProperty("studybench.tableCache", dir.resolve("cache/tables").toString());
        try {
            Path file = Files.writeString(dir.resolve("data.parquet"), "respondents");
            String stamp = DigestCache.stamp(file);
            assertNotNull(stamp, "this file system tells inode and change time");
            DigestCache.keep(file, stamp, ParquetSink.sha256(file));
            assertEquals(ParquetSink.sha256(file), DigestCache.digest(file, DigestCache.stamp(file)));

            FileTime modified = Files.getLastModifiedTime(file);
            Thread.sleep(20);
            Files.writeString(file, "respondentz"); // same size
            Files.setLastModifiedTime(file, modified); // and the modification time set back
            assertNull(DigestCache.digest(file, DigestCache.stamp(file)), "an edited file is read again");

            DigestCache.keep(file, DigestCache.stamp(file), ParquetSink.sha256(file));
            Path moved = Files.move(file, dir.resolve("other.parquet"));
            assertNull(DigestCache.digest(moved, DigestCache.stamp(moved)), "a digest belongs to the file's place as well");
        } finally {
            if (before == null) {
                System.clearProperty("studybench.tableCache");
            } else {
                System.setProperty("studybench.tableCache", before);
            }
        }
    }
}
