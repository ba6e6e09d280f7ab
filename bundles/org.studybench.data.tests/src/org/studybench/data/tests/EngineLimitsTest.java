package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.store.ParquetSink;
import org.studybench.data.store.Scratch;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * The embedded engine's resources follow the product's settings (docs/server-install.md): its memory
 * limit, the widest import, and a scratch folder of the process's own whose leftovers from killed
 * processes are removed. The settings are read as system properties here (the environment variables
 * STUDYBENCH_DATA_MEMORY and STUDYBENCH_MAX_COLUMNS mean the same and cannot be set in a running JVM).
 */
class EngineLimitsTest {

    @TempDir
    Path dir;

    @AfterEach
    void clearSettings() {
        System.clearProperty("studybench.data.memory");
        System.clearProperty("studybench.import.maxColumns");
    }

    /** 8,000 columns of five rows (95 KB of CSV) ran out of the import's fixed 512 MB engine memory. */
    @Test
    void eightThousandColumnsImportAndATooSmallLimitIsNamedWithItsSetting() throws Exception {
        Path wide = write("wide.parquet", 8000);
        assertTrue(Files.size(wide) > 0);
        System.setProperty("studybench.data.memory", "64MB");
        InputException tooSmall = assertThrows(InputException.class, () -> write("small.parquet", 8000));
        assertTrue(tooSmall.getMessage().contains("the data engine needs more memory than its limit allows")
                && tooSmall.getMessage().endsWith("raise the limit with STUDYBENCH_DATA_MEMORY (e.g. STUDYBENCH_DATA_MEMORY=8GB)"), tooSmall.getMessage());
        assertFalse(Files.exists(dir.resolve("small.parquet")), "a failed import leaves no data file");
        System.setProperty("studybench.data.memory", "lots");
        InputException notASize = assertThrows(InputException.class, () -> CrossTab.of(wide, "c0", "c1", new CrossTab.Design(null, null, null), null));
        assertTrue(notASize.getMessage().endsWith("STUDYBENCH_DATA_MEMORY=lots is not a memory size; write it as e.g. 512MB, 8GB or 1.5TB"),
                notASize.getMessage());
    }

    @Test
    void theWidestImportIsASettingNamedInTheRefusal() throws Exception {
        System.setProperty("studybench.import.maxColumns", "100");
        write("hundred.parquet", 100);
        InputException tooWide = assertThrows(InputException.class, () -> write("wider.parquet", 101));
        assertEquals("the data has 101 columns; StudyBench imports at most 100 (raise the limit with STUDYBENCH_MAX_COLUMNS=101)", tooWide.getMessage());
        for (String malformed : new String[] { "lots", "0", "-5", "2147483648" }) { // (the last is above Java's largest int)
            System.setProperty("studybench.import.maxColumns", malformed);
            InputException refused = assertThrows(InputException.class, () -> write("any.parquet", 3), malformed);
            assertEquals("STUDYBENCH_MAX_COLUMNS=" + malformed + " is not a number of columns; write a whole number above 0, e.g. STUDYBENCH_MAX_COLUMNS=50000",
                    refused.getMessage());
        }
    }

    /** A killed process's scratch folder (its pid gone: above Linux's largest pid, 2^22) is removed by the next use of the engine. */
    @Test
    void aKilledProcesssScratchFolderIsRemovedAndNoSpoolStays() throws Exception {
        Path base = Scratch.folder().getParent();
        Path leftover = base.resolve("work-4194305");
        Files.createDirectories(leftover.resolve("engine-1"));
        Files.writeString(leftover.resolve("import-1.csv"), "1,2\n");
        Files.writeString(leftover.resolve("engine-1").resolve("duckdb_temp_storage-0.tmp"), "x");
        Path data = write("after.parquet", 3);
        assertFalse(Files.exists(leftover), "the killed process's scratch folder is gone");
        CrossTab.of(data, "c0", "c1", new CrossTab.Design(null, null, null), null);
        try (var files = Files.walk(Scratch.folder())) {
            assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "no spool or spill file stays in the scratch folder");
        }
    }

    /** {@code columns} integer columns c0, c1, ... of five rows, values 0–4 in turn. */
    private Path write(String name, int columns) throws Exception {
        List<Variable> dictionary = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName("c" + c);
            v.setType(VariableType.INTEGER);
            dictionary.add(v);
        }
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(dictionary, List.of());
            for (int r = 0; r < 5; r++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = (long) ((r + c) % 5);
                }
                sink.row(row);
            }
            sink.commit(dir.resolve(name));
        }
        return dir.resolve(name);
    }
}
