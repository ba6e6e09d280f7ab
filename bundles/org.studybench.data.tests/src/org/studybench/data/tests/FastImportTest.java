package org.studybench.data.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.DelimitedText;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.data.store.DuckDb;
import org.studybench.data.store.ParquetSink;
import org.studybench.importer.csv.internal.CsvImporter;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * The fast import (issue 16: DuckDB reads a checked CSV file itself) stores exactly what the row path
 * stores: every CSV file of the repository and files made to be awkward, imported both ways, give the
 * same dictionary, warnings, Parquet schema and values (doubles compared bit for bit, in row order).
 */
class FastImportTest {

    private static final Path REPO = Path.of(System.getProperty("studybench.repo", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();

    /** Delegates to a ParquetSink but, not overriding acceptsDelimitedText, gets rows: the row path. */
    private static class RowsOnly implements Importer.RowSink {
        final ParquetSink sink;

        RowsOnly(ParquetSink sink) {
            this.sink = sink;
        }

        @Override
        public void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) throws InputException {
            sink.begin(dictionary, sets);
        }

        @Override
        public void row(Object[] values) throws InputException {
            sink.row(values);
        }

        @Override
        public void warning(String message) {
            sink.warning(message);
        }
    }

    /** The sink itself, recording whether the importer handed the file over. */
    private static final class Watched extends RowsOnly {
        boolean handedOver;

        Watched(ParquetSink sink) {
            super(sink);
        }

        @Override
        public boolean acceptsDelimitedText(DelimitedText text) {
            return sink.acceptsDelimitedText(text);
        }

        @Override
        public void delimitedText(DelimitedText text) throws InputException {
            handedOver = true;
            sink.delimitedText(text);
        }
    }

    private record Result(List<String> dictionary, List<String> warnings, long rows, String failure, boolean handedOver) {
    }

    private Result importBothWays(Path file, Map<String, String> given, Path fast, Path slow) throws Exception {
        Arguments options = Arguments.parse(importer.options(), given);
        Result a = run(file, options, fast, true);
        Result b = run(file, options, slow, false);
        assertEquals(b.failure(), a.failure(), file + ": refused alike");
        assertEquals(b.dictionary(), a.dictionary(), file + ": dictionary");
        assertEquals(b.warnings(), a.warnings(), file + ": warnings");
        assertEquals(b.rows(), a.rows(), file + ": rows");
        if (a.failure() == null) {
            assertSameParquet(file, fast, slow);
        } else {
            assertFalse(Files.exists(fast), file + ": nothing written when refused");
        }
        return a;
    }

    private Result run(Path file, Arguments options, Path target, boolean fast) throws Exception {
        try (ParquetSink sink = new ParquetSink()) {
            Watched watched = new Watched(sink);
            try {
                importer.read(file, options, fast ? watched : new RowsOnly(sink), Progress.NONE);
                ParquetSink.Written written = sink.commit(target);
                List<String> dictionary = sink.dictionary().stream()
                        .map(v -> v.getName() + ":" + v.getType() + ":" + v.getMeasureLevel() + ":" + v.getLabel()).toList();
                List<String> sets = sink.sets().stream().map(s -> s.getName() + s.getVariables().stream().map(Variable::getName).toList()).toList();
                List<String> all = new ArrayList<>(dictionary);
                all.addAll(sets);
                return new Result(all, sink.warnings(), written.rows(), null, watched.handedOver);
            } catch (InputException e) {
                return new Result(List.of(), List.of(), 0, e.getMessage(), watched.handedOver);
            }
        }
    }

    /** Same column names and types, and the same values row by row (doubles by their bits, so -0.0 is not 0.0). */
    private static void assertSameParquet(Path file, Path fast, Path slow) throws Exception {
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement()) {
            assertEquals(schema(s, slow), schema(s, fast), file + ": Parquet schema");
            for (String[] ab : new String[][] { { DuckDb.literal(fast), DuckDb.literal(slow) }, { DuckDb.literal(slow), DuckDb.literal(fast) } }) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM (SELECT * FROM read_parquet(" + ab[0] + ") EXCEPT ALL SELECT * FROM read_parquet("
                        + ab[1] + "))")) {
                    r.next();
                    assertEquals(0, r.getLong(1), file + ": rows of one not in the other");
                }
            }
            List<List<Object>> a = rows(s, fast);
            List<List<Object>> b = rows(s, slow);
            assertEquals(b.size(), a.size(), file + ": row count");
            for (int i = 0; i < a.size(); i++) {
                assertEquals(b.get(i), a.get(i), file + ": row " + (i + 1));
            }
        }
    }

    private static List<String> schema(Statement s, Path parquet) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet(" + DuckDb.literal(parquet) + ")")) {
            while (r.next()) {
                out.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return out;
    }

    private static List<List<Object>> rows(Statement s, Path parquet) throws Exception {
        List<List<Object>> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery("SELECT * FROM read_parquet(" + DuckDb.literal(parquet) + ")")) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object o = r.getObject(i);
                    row.add(o instanceof Double d ? "double:" + Long.toHexString(Double.doubleToRawLongBits(d)) : o);
                }
                out.add(row);
            }
        }
        return out;
    }

    private static List<Path> repositoryFiles() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("testdata", "bundles", "examples")) {
            try (Stream<Path> all = Files.walk(REPO.resolve(folder))) {
                all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/target/"))
                        .filter(p -> p.getFileName().toString().matches(".*\\.(csv|tsv)")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    Stream<DynamicTest> everyCsvFileOfTheRepositoryImportsAlikeBothWays() throws Exception {
        List<Path> files = repositoryFiles();
        assertTrue(files.size() >= 16, "found only " + files);
        List<DynamicTest> tests = new ArrayList<>();
        int[] handedOver = { 0 };
        for (Path file : files) {
            String name = REPO.relativize(file).toString();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Path out = Files.createDirectories(dir.resolve(name));
                handedOver[0] += importBothWays(file, Map.of(), out.resolve("fast.parquet"), out.resolve("rows.parquet")).handedOver() ? 1 : 0;
                if (name.contains("latin1")) {
                    Path again = Files.createDirectories(dir.resolve(name + "-given"));
                    importBothWays(file, Map.of("encoding", "ISO-8859-1"), again.resolve("fast.parquet"), again.resolve("rows.parquet"));
                }
            }));
        }
        // The comparison above means nothing if DuckDB never read a file: most of them must go the fast way.
        tests.add(DynamicTest.dynamicTest("most files went the fast way", () -> assertTrue(handedOver[0] >= files.size() / 2,
                handedOver[0] + " of " + files.size() + " files were handed to the data store")));
        return tests.stream();
    }

    /** A file with the given content; cases that must go the fast way are checked to do so. */
    private void check(String name, String content, java.nio.charset.Charset charset, Map<String, String> options, boolean mustHandOver)
            throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(charset));
        Result result = importBothWays(file, options, dir.resolve(name + ".fast.parquet"), dir.resolve(name + ".rows.parquet"));
        if (mustHandOver) {
            assertNull(result.failure(), name);
            assertTrue(result.handedOver(), name + ": went the fast way");
        }
    }

    @Test
    void awkwardFilesImportAlikeBothWays() throws Exception {
        var utf8 = StandardCharsets.UTF_8;
        // line breaks: CR LF with CR LF and CR inside quoted values, CR alone, LF with a quoted CR
        check("crlf.csv", "id,text,n\r\n1,\"two\r\nlines\",1.5\r\n2,\"a\r\n\r\nb\",2\r\n3,,\r\n", utf8, Map.of(), true);
        check("crlf-and-cr.csv", "id,text,n\r\n1,\"two\r\nlines\",1.5\r\n2,\"a\rb\",2\r\n3,,\r\n", utf8, Map.of(), false);
        check("cr.csv", "id,text\r1,\"x\ry\"\r2,z\r", utf8, Map.of(), true);
        check("mixed.csv", "id,text\n1,\"x\r\ny\"\n2,z\r\n", utf8, Map.of(), false);
        // blank lines among the data, at the end, before the header, in a one-column file; lines of spaces
        check("blank-lines.csv", "a,b\n1,2\n\n3,4\n\n\n", utf8, Map.of(), true);
        check("blank-first.csv", "\n\na,b\n1,2\n", utf8, Map.of(), false);
        check("one-column.csv", "a\n1\n\n2\n", utf8, Map.of(), false);
        check("space-line.csv", "a,b\n1,2\n   \n3,4\n", utf8, Map.of(), false);
        // extra empty fields, spaces after a closing quote, a quote inside an unquoted value
        check("extra.csv", "a,b\n1,2,\n3,4\n", utf8, Map.of(), false);
        check("space-after-quote.csv", "a,b\n\"x\"  ,2\n", utf8, Map.of(), false);
        check("inner-quote.csv", "a,b\nx\"y,2\n", utf8, Map.of(), false);
        // byte order mark, a header without data, names that differ only in case, a Qualtrics export
        check("bom.csv", "\uFEFFa,b\n1,x\n", utf8, Map.of(), true);
        check("header-only.csv", "a,b\n", utf8, Map.of(), true);
        check("names.csv", "q,Q,q,\"multi\nline\"\n1,2,3,4\n", utf8, Map.of(), true);
        check("qualtrics.csv", "StartDate,Q1,Q2_1,Q2_2\nStart Date,\"How old?\",\"Which? - A\",\"Which? - B\"\n"
                + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_1\"\"}\",\"{\"\"ImportId\"\":\"\"QID2_2\"\"}\"\n"
                + "2024-01-01,34,1,\n2024-01-02,,,1\n", utf8, Map.of(), true);
        // whitespace: kept in text, trimmed (like String.trim: control characters too) in numbers and booleans; blank is missing
        check("spaces.csv", "t,i,d,b\n  x  , 7 ,\u0001 1.5\u0007,\t TRUE \n\" \",\" -08 \",\" .5\",False\n\u0002,\u001f,,\n", utf8, Map.of(), true);
        // booleans in any case; text with commas, quotes and non-ASCII; tabs and pipes as delimiters
        check("words.csv", "b,t\ntrue,\"a, \"\"b\"\"\"\nFALSE,éß€😀\nTrue,\n", utf8, Map.of(), true);
        check("tabs.tsv", "a\tb\n1\t\"x\ty\"\n2\t\n", utf8, Map.of(), true);
        check("pipes.csv", "a|b|c\n1|x|2.5\n2|y|3\n", utf8, Map.of(), true);
        // Latin-1 and windows-1252 (DuckDB does not read the latter: rows)
        check("latin1.csv", "name;city\nJosé;Zürich\nRené;Besançon\n", StandardCharsets.ISO_8859_1, Map.of(), true);
        check("latin1-c1.csv", "name;city\nJosé;Zürich\u0085\n", StandardCharsets.ISO_8859_1, Map.of(), false);
        check("cp1252.csv", "name;price\nA;5 €\n", java.nio.charset.Charset.forName("windows-1252"), Map.of("encoding", "windows-1252"), false);
        // lenient with a row skipped goes the row way; lenient without goes fast
        check("lenient-skip.csv", "a,b\n1,2\n3\n4,5\n", utf8, Map.of("lenient", "true"), false);
        check("lenient-clean.csv", "a,b\n1,2\n4,5\n", utf8, Map.of("lenient", "true"), true);
        // refused before anything is written, with the same message both ways
        check("ragged.csv", "a,b\n1,2\n3\n", utf8, Map.of(), false);
        check("unclosed.csv", "a,b\n1,\"2\n3,4\n", utf8, Map.of(), false);
    }

    private static final String[] NUMBERS = { "1e308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "-1e309",
            "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400", "-1e-400", "0.1", "0.30000000000000004", "+5", "+.5", ".5",
            "5.", "-.5", "-0", "-0.0", "00012.5e-3", "1E+05", "1e-05", "12345678901234567", "9007199254740993", "123456789012345678901234567890",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126",
            "1" + "0".repeat(400), "0." + "0".repeat(330) + "1", "8.41e21", "1e23", "NaN", "nan", "Inf", "-inf", "+Infinity", "-Infinity",
            "infinity", " 7 ", "" };

    /** Numbers whose text is easy to read wrongly: each stored value is Double.parseDouble's, bit for bit, or missing when not finite. */
    @Test
    void trickyNumbersAreReadAsJavaReadsThem() throws Exception {
        StringBuilder csv = new StringBuilder("row,x\n");
        for (int i = 0; i < NUMBERS.length; i++) {
            csv.append(i).append(',').append(NUMBERS[i]).append('\n');
        }
        check("numbers.csv", csv.toString(), StandardCharsets.UTF_8, Map.of(), true);
        // without words, overflow and spaces the column is plain: DuckDB's read_csv parses the doubles itself
        StringBuilder plain = new StringBuilder("row,x\n");
        for (int i = 0; i < NUMBERS.length; i++) {
            String text = NUMBERS[i];
            boolean finite = !text.isBlank() && !text.matches("(?i)[-+]?(inf|infinity|nan)") && Double.isFinite(Double.parseDouble(text));
            plain.append(i).append(',').append(finite && text.equals(text.trim()) ? text : "").append('\n');
        }
        check("numbers-plain.csv", plain.toString(), StandardCharsets.UTF_8, Map.of(), true);
        assertPlain(dir.resolve("numbers-plain.csv"), List.of(true, true));
        assertPlain(dir.resolve("numbers.csv"), List.of(true, false));
        // decimal comma (';'-separated files): as the importer reads it, comma as the point
        StringBuilder semicolon = new StringBuilder("row;x\n");
        for (int i = 0; i < NUMBERS.length; i++) {
            semicolon.append(i).append(';').append(NUMBERS[i].matches("-?\\d+\\.\\d+") ? NUMBERS[i].replace('.', ',') : NUMBERS[i]).append('\n');
        }
        check("numbers-comma.csv", semicolon.toString(), StandardCharsets.UTF_8, Map.of(), true);
        try (Connection c = DuckDb.inMemory(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT \"row\", x FROM read_parquet(" + DuckDb.literal(dir.resolve("numbers.csv.fast.parquet")) + ")")) {
            int seen = 0;
            while (r.next()) {
                String text = NUMBERS[r.getInt(1)].trim();
                double stored = r.getDouble(2);
                boolean missing = r.wasNull();
                Double expected = text.isEmpty() || text.matches("(?i)[-+]?(inf|infinity|nan)") ? null : Double.parseDouble(text);
                expected = expected != null && Double.isFinite(expected) ? expected : null;
                if (expected == null) {
                    assertTrue(missing, text + " is missing");
                } else {
                    assertFalse(missing, text);
                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(stored), text + ": " + expected + " vs " + stored);
                }
                seen++;
            }
            assertEquals(NUMBERS.length, seen);
        }
    }

    /** The columns as the importer hands them over: whether each is plain. */
    private void assertPlain(Path file, List<Boolean> plain) throws Exception {
        List<Boolean> seen = new ArrayList<>();
        importer.read(file, Arguments.parse(importer.options(), Map.of()), new Importer.RowSink() {
            @Override
            public void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) {
            }

            @Override
            public void row(Object[] values) {
            }

            @Override
            public boolean acceptsDelimitedText(DelimitedText text) {
                text.columns().forEach(c -> seen.add(c.plain()));
                return false;
            }
        }, Progress.NONE);
        assertEquals(plain, seen, file.toString());
    }

    /** A description that does not fit its file (never made by the CSV importer) fails at commit in one line and leaves nothing. */
    @Test
    void aFileThatDoesNotReadAsDescribedLeavesNothing() throws Exception {
        Path file = dir.resolve("three.csv");
        Files.writeString(file, "a,b,c\n1,2,3\n4,5,6\n");
        var whole = new DelimitedText.Column(DelimitedText.Conversion.WHOLE_NUMBER, true);
        var lf = DelimitedText.LineBreak.LF;
        // two columns for rows of three fields: DuckDB refuses; three columns but five rows counted: the count refuses
        DelimitedText wrongWidth = new DelimitedText(file, StandardCharsets.UTF_8, ',', '"', '"', lf, 1, List.of(whole, whole), 2);
        DelimitedText wrongCount = new DelimitedText(file, StandardCharsets.UTF_8, ',', '"', '"', lf, 1, List.of(whole, whole, whole), 5);
        for (DelimitedText text : List.of(wrongWidth, wrongCount)) {
            Path target = Files.createDirectories(dir.resolve("data" + text.columns().size())).resolve("d.parquet");
            try (ParquetSink sink = new ParquetSink()) {
                List<Variable> dictionary = new ArrayList<>();
                for (int i = 0; i < text.columns().size(); i++) {
                    Variable v = org.studybench.model.study.StudyFactory.eINSTANCE.createVariable();
                    v.setName("v" + i);
                    v.setType(org.studybench.model.study.VariableType.INTEGER);
                    dictionary.add(v);
                }
                sink.begin(dictionary, List.of());
                assertTrue(sink.acceptsDelimitedText(text));
                sink.delimitedText(text);
                InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> sink.commit(target));
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                assertTrue(e.getMessage().startsWith(text == wrongWidth ? target + ": the data could not be written: " : file + ": read as 2 rows"),
                        e.getMessage());
            }
            try (Stream<Path> left = Files.list(target.getParent())) {
                assertEquals(List.of(), left.toList(), "nothing left in the data folder");
            }
        }
    }

    /** Many rows with quoted line breaks, so that DuckDB's parallel reader splits the file between quotes. */
    @Test
    void aLargerFileWithQuotedLineBreaksImportsAlike() throws Exception {
        StringBuilder csv = new StringBuilder("id,note,x,flag\n");
        java.util.Random random = new java.util.Random(16);
        for (int i = 0; i < 400_000; i++) {
            String note = switch (random.nextInt(4)) {
                case 0 -> "\"line one\nline two, \"\"quoted\"\"\"";
                case 1 -> "plain " + i;
                case 2 -> "";
                default -> "\"a,b\"";
            };
            csv.append(i).append(',').append(note).append(',').append(random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20)).append(',')
                    .append(random.nextBoolean()).append('\n');
        }
        check("large.csv", csv.toString(), StandardCharsets.UTF_8, Map.of(), true);
        assertTrue(Files.size(dir.resolve("large.csv")) > 12_000_000, "large enough to be read in parallel");
    }
}
