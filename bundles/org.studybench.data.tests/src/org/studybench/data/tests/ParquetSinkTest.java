package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** Embedded DuckDB inside the OSGi test runtime: rows in, one Parquet file out, queried back with a segment filter. */
class ParquetSinkTest {

    @TempDir
    Path dir;

    private static Variable variable(String name, VariableType type) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setType(type);
        return v;
    }

    @Test
    void rowsBecomeAParquetFileThatDuckDbQueriesWithAFilter() throws Exception {
        Path target = dir.resolve("data/respondents.parquet");
        ParquetSink.Written written;
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("id", VariableType.INTEGER), variable("size", VariableType.STRING), variable("w", VariableType.DOUBLE),
                    variable("member", VariableType.BOOLEAN)), List.of());
            sink.row(new Object[] { 1L, "SME", 1.5, true });
            sink.row(new Object[] { 2L, "large", 0.5, false });
            sink.row(new Object[] { 3L, "SME", 2.0, null });
            written = sink.commit(target);
        }
        assertEquals(3, written.rows());
        assertEquals(ParquetSink.sha256(target), written.sha256());
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary files are left");
        }
        SqlFilter sme = SegmentFilters.toSql("size = \"SME\"", null);
        try (Connection c = DuckDb.inMemory();
                PreparedStatement s = c.prepareStatement("SELECT count(*), sum(\"w\") FROM read_parquet('" + target + "') WHERE " + sme.sql())) {
            for (int i = 0; i < sme.parameters().size(); i++) {
                s.setObject(i + 1, sme.parameters().get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                assertEquals(2, r.getLong(1));
                assertEquals(3.5, r.getDouble(2));
            }
        }
    }

    /** Values that a CSV spool could mangle come back exactly: quotes, delimiters, line breaks, names with quotes, dates. */
    @Test
    void awkwardValuesAndNamesRoundTrip() throws Exception {
        Path target = dir.resolve("data/awkward.parquet");
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("say \"it\", 'twice'", VariableType.STRING), variable("when", VariableType.DATE), variable("x", VariableType.DOUBLE),
                    variable("n", VariableType.INTEGER)), List.of());
            sink.row(new Object[] { "a \"quoted\", comma\nand a line break", java.time.LocalDate.of(2013, 7, 1), 1e-300, Long.MAX_VALUE });
            sink.row(new Object[] { "Città ünïcödé", null, -0.5, -7L });
            sink.commit(target);
        }
        try (Connection c = DuckDb.inMemory(); PreparedStatement s = c.prepareStatement("SELECT * FROM read_parquet('" + target + "')");
                ResultSet r = s.executeQuery()) {
            assertEquals("say \"it\", 'twice'", r.getMetaData().getColumnName(1));
            r.next();
            assertEquals("a \"quoted\", comma\nand a line break", r.getString(1));
            assertEquals(java.time.LocalDate.of(2013, 7, 1), r.getObject(2, java.time.LocalDate.class));
            assertEquals(1e-300, r.getDouble(3));
            assertEquals(Long.MAX_VALUE, r.getLong(4));
            r.next();
            assertEquals("Città ünïcödé", r.getString(1));
            assertEquals(null, r.getObject(2));
            assertEquals(-7L, r.getLong(4));
        }
    }

    @Test
    void nothingIsWrittenUntilCommit() throws Exception {
        Path target = dir.resolve("data/none.parquet");
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("x", VariableType.INTEGER)), List.of());
            sink.row(new Object[] { 1L });
        }
        assertFalse(Files.exists(target.getParent()));
    }

    /** A failure injected half-way through an import: no data file, no temporary file, anywhere. */
    @Test
    void aFailureMidImportLeavesNoTrace() throws Exception {
        Path target = dir.resolve("study/data/broken.parquet");
        Path temp = org.studybench.data.store.Scratch.folder();
        List<Path> spoolsBefore = spools(temp);
        Importer failing = new Importer() {
            @Override
            public String id() {
                return "failing";
            }

            @Override
            public String label() {
                return "fails after 500 rows";
            }

            @Override
            public List<String> fileExtensions() {
                return List.of();
            }

            @Override
            public Preview preview(Path file, Arguments options, int rows) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
                sink.begin(List.of(variable("x", VariableType.INTEGER)), List.of());
                for (long i = 0; i < 1000; i++) {
                    if (i == 500) {
                        throw new InputException(file + ": line 502: injected failure");
                    }
                    sink.row(new Object[] { i });
                }
            }
        };
        InputException e = assertThrows(InputException.class, () -> {
            try (ParquetSink sink = new ParquetSink()) {
                failing.read(dir.resolve("in.csv"), Arguments.parse(List.of(), java.util.Map.of()), sink, Progress.NONE);
                sink.commit(target);
            }
        });
        assertEquals(dir.resolve("in.csv") + ": line 502: injected failure", e.getMessage());
        assertFalse(Files.exists(target.getParent()), "nothing in the study's folder");
        assertEquals(spoolsBefore, spools(temp), "no spool file left in the temporary folder");
    }

    private static List<Path> spools(Path temp) throws java.io.IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(f -> f.getFileName().toString().startsWith("import-")).sorted().toList();
        }
    }

    /** Java writes year 200000 as "+200000-01-01", which DuckDB refused at commit after a good preview; now the row is named at once. */
    @Test
    void aDateOutsideYears1To9999IsAnInputErrorNamingTheRow() throws Exception {
        for (java.time.LocalDate date : List.of(java.time.LocalDate.of(200_000, 1, 1), java.time.LocalDate.of(0, 12, 31))) {
            try (ParquetSink sink = new ParquetSink()) {
                sink.begin(List.of(variable("id", VariableType.INTEGER), variable("born", VariableType.DATE)), List.of());
                sink.row(new Object[] { 1L, java.time.LocalDate.of(9999, 12, 31) });
                InputException e = assertThrows(InputException.class, () -> sink.row(new Object[] { 2L, date }));
                assertEquals("row 2, variable 'born': the date " + date + " is outside the years 1 to 9999 that StudyBench stores", e.getMessage());
            }
        }
        Path target = dir.resolve("data/dates.parquet");
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("born", VariableType.DATE)), List.of());
            sink.row(new Object[] { java.time.LocalDate.of(1, 1, 1) });
            sink.row(new Object[] { java.time.LocalDate.of(9999, 12, 31) });
            assertEquals(2, sink.commit(target).rows());
        }
        try (Connection c = DuckDb.inMemory();
                PreparedStatement s = c.prepareStatement("SELECT min(born)::VARCHAR, max(born)::VARCHAR FROM read_parquet('" + target + "')");
                ResultSet r = s.executeQuery()) {
            r.next();
            assertEquals("0001-01-01", r.getString(1));
            assertEquals("9999-12-31", r.getString(2));
        }
    }

    /** ResponseId and ResponseID (one real Qualtrics export) are one column to DuckDB: every importer's names are made unique. */
    @Test
    void namesEqualIgnoringCaseAreRenamedForEveryImporter() throws Exception {
        Path target = dir.resolve("data/ids.parquet");
        Variable second = variable("ResponseID", VariableType.STRING);
        second.setLabel("Panel ID");
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("ResponseId", VariableType.STRING), second), List.of());
            sink.row(new Object[] { "R_1", "P-1" });
            sink.commit(target);
            assertEquals(List.of("ResponseId", "ResponseID_2"), sink.dictionary().stream().map(Variable::getName).toList());
        }
        assertEquals("Panel ID (renamed from ResponseID)", second.getLabel());
        try (Connection c = DuckDb.inMemory();
                PreparedStatement s = c.prepareStatement("SELECT \"ResponseId\", \"ResponseID_2\" FROM read_parquet('" + target + "')");
                ResultSet r = s.executeQuery()) {
            r.next();
            assertEquals("R_1", r.getString(1));
            assertEquals("P-1", r.getString(2));
        }
    }

    @Test
    void duckDbMessagesLoseTheirCategory() {
        assertEquals("Could not convert string 'x' to INT64", DuckDb.message(new java.sql.SQLException("Conversion Error: Could not convert string 'x' to INT64\nLINE 1: ...")));
        assertEquals("no variable named 'q'; check the variable names", DuckDb.message(new java.sql.SQLException("Binder Error: Referenced column \"q\" not found")),
                "a missing variable in the user's words (EngineMessagesTest)");
        assertEquals("CSV Error on Line: 2", DuckDb.message(new java.sql.SQLException("Invalid Input Error: CSV Error on Line: 2")));
        assertEquals("the data store could not run the query", DuckDb.message(new java.sql.SQLException((String) null)));
    }
}
