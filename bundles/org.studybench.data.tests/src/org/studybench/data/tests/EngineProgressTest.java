package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Progress;
import org.studybench.data.store.DuckDb;

/**
 * The engine's long statements (an import's pass from the file into the store) report their progress
 * and stop when the user cancels (issue 16: the import's DuckDB pass had neither).
 */
class EngineProgressTest {

    @TempDir
    Path dir;

    @Test
    void aCancelledStatementStopsAndSaysSo() throws Exception {
        List<Long> reports = new ArrayList<>();
        try (Connection c = DuckDb.inMemory()) {
            // 10^12 pairs: hours of work, so only the cancel can end it
            boolean finished = DuckDb.executeWithProgress(c, "SELECT count(*) FROM range(1000000) a, range(1000000) b WHERE a.range + b.range = -1",
                    new Progress() {
                        @Override
                        public void worked(long done, long total) {
                            reports.add(done);
                        }

                        @Override
                        public boolean isCancelled() {
                            return true;
                        }
                    });
            assertFalse(finished, "the statement was cancelled");
        }
        assertTrue(reports.isEmpty(), "a cancelled statement reports nothing as done: " + reports);
    }

    @Test
    void aFinishedStatementReportsAGrowingShareEndingInTheWhole() throws Exception {
        Path out = dir.resolve("numbers.parquet");
        List<long[]> reports = new ArrayList<>();
        try (Connection c = DuckDb.inMemory()) {
            boolean finished = DuckDb.executeWithProgress(c, "COPY (SELECT range AS n, range % 7 AS k FROM range(20000000)) TO '" + out + "' (FORMAT PARQUET)",
                    new Progress() {
                        @Override
                        public void worked(long done, long total) {
                            reports.add(new long[] { done, total });
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
            assertTrue(finished);
        }
        assertTrue(Files.size(out) > 0);
        long before = -1;
        for (long[] r : reports) {
            assertEquals(1000, r[1], "per mille");
            assertTrue(r[0] >= before && r[0] <= 1000, "only grows: " + r[0] + " after " + before);
            before = r[0];
        }
        assertEquals(1000, before, "ends with the whole");
    }
}
