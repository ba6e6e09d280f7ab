package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Dataset;

/**
 * Several commands changing one study at once (batch servers, a script and the workbench): a command
 * that exits 0 has its change in the study, one that cannot make its change exits 1 saying the study
 * changed and leaves nothing behind — never a dataset lost or a data file orphaned.
 */
class ConcurrentWritersTest {

    @TempDir
    Path dir;

    @Test
    void concurrentImportsNeverLoseADatasetOrLeaveAnOrphanFile() throws Exception {
        Path study = dir.resolve("s.study");
        assertEquals(0, CliRunner.run("new", study.toString(), "--title", "Waves").exitCode());
        int writers = 6;
        List<Path> csvs = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            csvs.add(Files.writeString(dir.resolve("wave" + i + ".csv"), "q,w\n1,2\n3,4\n" + i + ",5\n"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Run>> runs = new ArrayList<>();
        for (Path csv : csvs) {
            runs.add(pool.submit(() -> CliRunner.run("import", csv.toString(), "--study", study.toString())));
        }
        Set<String> succeeded = new TreeSet<>();
        for (int i = 0; i < writers; i++) {
            Run run = runs.get(i).get();
            if (run.exitCode() == 0) {
                succeeded.add("wave" + i);
            } else {
                assertEquals(1, run.exitCode(), run.err());
                assertTrue(run.err().contains("the study changed since it was opened"), run.err());
            }
        }
        pool.shutdown();
        assertTrue(!succeeded.isEmpty(), "at least the first import gets through");
        Set<String> listed = new TreeSet<>(StudyResources.load(study).getDatasets().stream().map(Dataset::getName).toList());
        assertEquals(succeeded, listed, "every import that said it worked is in the study");
        Set<String> files = new TreeSet<>();
        try (Stream<Path> data = Files.list(dir.resolve("data"))) {
            data.forEach(f -> files.add(f.getFileName().toString()));
        }
        Set<String> expected = new TreeSet<>();
        succeeded.forEach(name -> expected.add(name + ".parquet"));
        assertEquals(expected, files, "no data file without its dataset, no temporary files");
    }
}
