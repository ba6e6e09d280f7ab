package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.internal.ParquetImporter;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Variable;

/** Parquet files imported as they are (copied, dictionary from the schema) or, when the store would change them, through rows. */
class ParquetImporterTest {

    private static final Path REPO = Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final ParquetImporter importer = new ParquetImporter();

    private ParquetSink read(Path file, Path target) throws Exception {
        ParquetSink sink = new ParquetSink();
        try {
            importer.read(file, Arguments.parse(importer.options(), Map.of()), sink, Progress.NONE);
            sink.commit(target);
            return sink;
        } catch (Exception e) {
            sink.close();
            throw e;
        }
    }

    private static void sql(String sql) throws Exception {
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void aFileAsTheStoreWritesItIsCopiedUnchangedWithItsSchemaAsDictionary() throws Exception {
        Path source = REPO.resolve("examples/studies/ipsos-2013/data/respondents.parquet");
        Path target = dir.resolve("data/respondents.parquet");
        try (ParquetSink sink = read(source, target)) {
            assertArrayEquals(Files.readAllBytes(source), Files.readAllBytes(target), "the same bytes: not rewritten");
            assertTrue(sink.warnings().isEmpty());
            try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(source) + ")")) {
                for (Variable v : sink.dictionary()) {
                    assertTrue(r.next());
                    assertEquals(r.getString(1), v.getName());
                    assertEquals(switch (r.getString(2)) {
                        case "BIGINT" -> "INTEGER";
                        case "VARCHAR" -> "STRING";
                        default -> r.getString(2);
                    }, v.getType().getName());
                }
                assertFalse(r.next());
            }
        }
    }

    @Test
    void otherTypesEmptyTextAndNonFiniteNumbersGoThroughRows() throws Exception {
        Path source = dir.resolve("other.parquet");
        sql("COPY (SELECT i::INTEGER AS small, (i / 4)::FLOAT AS f, (i * 1.25)::DECIMAL(6,2) AS dec, CASE i WHEN 1 THEN '' WHEN 2 THEN NULL ELSE 'x' || i END AS t,"
                + " CASE i WHEN 3 THEN 'NaN'::DOUBLE WHEN 4 THEN 'inf'::DOUBLE ELSE i END AS d, DATE '2024-01-01' + i::INTEGER AS day, i % 2 = 0 AS even"
                + " FROM range(6) t(i)) TO " + DuckDb.literal(source) + " (FORMAT PARQUET)");
        Path target = dir.resolve("data/other.parquet");
        try (ParquetSink sink = read(source, target)) {
            assertEquals(List.of("small:INTEGER", "f:DOUBLE", "dec:DOUBLE", "t:STRING", "d:DOUBLE", "day:DATE", "even:BOOLEAN"),
                    sink.dictionary().stream().map(v -> v.getName() + ":" + v.getType().name()).toList());
            assertEquals(1, sink.warnings().size(), sink.warnings().toString());
            assertTrue(sink.warnings().get(0).startsWith(source + ": 2 values are not a finite number"), sink.warnings().get(0));
        }
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT typeof(small), typeof(f), typeof(dec), f, dec, t, d FROM read_parquet(" + DuckDb.literal(target)
                        + ") ORDER BY small")) {
            for (int i = 0; r.next(); i++) {
                assertEquals("BIGINT", r.getString(1));
                assertEquals("DOUBLE", r.getString(2));
                assertEquals("DOUBLE", r.getString(3));
                assertEquals(i / 4f, r.getDouble(4), 0.0);
                assertEquals(i * 1.25, r.getDouble(5), 0.0);
                if (i == 1 || i == 2) {
                    assertNull(r.getString(6), "empty text is missing");
                }
                r.getDouble(7);
                assertEquals(i == 3 || i == 4, r.wasNull(), "NaN and infinity are missing");
            }
        }
    }

    @Test
    void unsupportedTypesAndBrokenFilesAreRefusedInOneLine() throws Exception {
        Path stamps = dir.resolve("stamps.parquet");
        sql("COPY (SELECT 1 AS id, TIMESTAMP '2024-01-01 10:00' AS seen) TO " + DuckDb.literal(stamps) + " (FORMAT PARQUET)");
        InputException e = assertThrows(InputException.class, () -> read(stamps, dir.resolve("data/stamps.parquet")));
        assertTrue(e.getMessage().startsWith(stamps + ": column 'seen' is of type TIMESTAMP"), e.getMessage());
        Path broken = dir.resolve("broken.parquet");
        Files.writeString(broken, "id,name\n1,x\n");
        e = assertThrows(InputException.class, () -> read(broken, dir.resolve("data/broken.parquet")));
        assertTrue(e.getMessage().startsWith(broken + ": is not a readable Parquet file") && !e.getMessage().contains("\n"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("data/stamps.parquet")) || Files.exists(dir.resolve("data/broken.parquet")));
        Importer.Preview preview = importer.preview(REPO.resolve("examples/studies/ipsos-2013/data/respondents.parquet"),
                Arguments.parse(importer.options(), Map.of()), 3);
        assertEquals(3, preview.rows().size());
        assertTrue(preview.estimatedRows() >= 3);
    }
}
