package org.studybench.importer.spss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studybench.core.CollectedRows;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * The same data written by PSPP 1.6.2 and by R haven 2.5.1 (ReadStat) — uncompressed, bytecode and
 * zlib (.zsav) — read back cell by cell against the source table the generator scripts gave the tools
 * (testdata/corpus/generate/source/*.tsv; testdata/corpus/README.md says how each file was made).
 */
class SavWritersTest {

    private static final Path CORPUS = Sav.CORPUS;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "pspp-survey-uncompressed.sav", "pspp-survey-bytecode.sav", "pspp-survey.zsav" })
    void psppFilesHoldEveryCellOfTheirSource(String name) throws Exception {
        CollectedRows rows = Sav.read(CORPUS.resolve("sav").resolve(name));
        assertSameAsSource(rows, CORPUS.resolve("generate/source/survey.tsv"));
        // the compression bias edges (codes 1..251 stand for -99..151) and values just outside them
        assertEquals(Arrays.asList(-100L, -99L, -101L, -1L, 0L, 1L, 99L, 100L, 150L, 151L, 152L, 250L, 251L, 252L, 1000000L, -1000000L),
                rows.rows().stream().limit(16).map(r -> r.get(6)).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { "haven-uncompressed.sav", "haven-bytecode.sav", "haven.zsav" })
    void havenFilesHoldEveryCellOfTheirSource(String name) throws Exception {
        // ReadStat pads compressed cases with command code 0, which older readers took for a value and
        // then shifted every later case: the last row shows that no shift happens.
        CollectedRows rows = Sav.read(CORPUS.resolve("sav").resolve(name));
        assertSameAsSource(rows, CORPUS.resolve("generate/source/haven.tsv"));
        assertEquals(Arrays.asList(3600L, 5L, "F", 4L, 45.25, 77L, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29), "Москва", "the last row", 99.5, 3L),
                rows.rows().get(35));
    }

    @Test
    void psppDictionaryWithStringLabelsRangesLevelsAndResponseSets() throws Exception {
        Importer.Preview preview = Sav.preview(CORPUS.resolve("sav/pspp-survey-bytecode.sav"), 5);
        List<Variable> d = preview.dictionary();
        assertEquals(List.of("RespondentID", "CompanySize", "sex", "SatisfactionWithService", "HouseholdIncome", "YearsEmployed", "BiasInt", "BiasFrac",
                "NotWholeF0", "Weight", "InterviewDate", "SubmittedAt", "Duration", "Code8", "OpenComment", "ch_web", "ch_phone", "ch_store", "ch_app",
                "brand1", "brand2", "brand3"), d.stream().map(Variable::getName).toList());
        Variable sex = d.get(2);
        assertEquals(VariableType.STRING, sex.getType());
        // PSPP pads string value-label keys with NULs: they must come out as the bare value
        assertEquals(List.of("F=Female", "M=Male", "X=Not stated"), labels(sex));
        assertEquals(List.of("X"), sex.getMissingValues());
        Variable satisfaction = d.get(3);
        assertEquals(List.of("97 THRU 99", "-1"), satisfaction.getMissingValues());
        assertEquals(MeasureLevel.ORDINAL, satisfaction.getMeasureLevel());
        assertEquals(List.of("LOWEST THRU -1"), d.get(4).getMissingValues());
        assertEquals(List.of("50 THRU HIGHEST"), d.get(5).getMissingValues());
        assertEquals(VariableType.DOUBLE, d.get(8).getType()); // F3.0 holding one value 2.5
        assertEquals(List.of(VariableType.DATE, VariableType.DATE, VariableType.DOUBLE), d.subList(10, 13).stream().map(Variable::getType).toList());
        assertEquals("Household income (EUR)", d.get(4).getLabel());
        List<MultipleResponseSet> sets = preview.sets();
        assertEquals(2, sets.size());
        assertEquals("channels", sets.get(0).getName());
        assertEquals("Channels used", sets.get(0).getLabel());
        assertEquals("1", sets.get(0).getCountedValue());
        assertEquals(List.of("ch_web", "ch_phone", "ch_store", "ch_app"), sets.get(0).getVariables().stream().map(Variable::getName).toList());
        assertEquals("brands", sets.get(1).getName());
        assertNull(sets.get(1).getCountedValue());
        assertEquals(List.of("brand1", "brand2", "brand3"), sets.get(1).getVariables().stream().map(Variable::getName).toList());
        assertEquals("2", preview.detected().get("multiple-response sets"));
        assertEquals("bytecode", preview.detected().get("compression"));
        assertEquals("Weight (import with --weight Weight to use it)", preview.detected().get("weighted by"));
        assertEquals(40, preview.estimatedRows());
    }

    @Test
    void havenDictionaryWithStringLabelsAndMissingRanges() throws Exception {
        Importer.Preview preview = Sav.preview(CORPUS.resolve("sav/haven.zsav"), 5);
        List<Variable> d = preview.dictionary();
        assertEquals(List.of("id", "satisfaction_with_service", "gender", "region", "hours_per_week", "income_thousands", "visit_date", "created_at",
                "city", "long_comment", "score", "n_children"), d.stream().map(Variable::getName).toList());
        assertEquals(List.of("M=Male", "F=Female", "U=Unknown"), labels(d.get(2)));
        assertEquals(List.of("U"), d.get(2).getMissingValues());
        assertEquals(List.of("8", "9"), d.get(1).getMissingValues());
        assertEquals(List.of("LOWEST THRU -1", "999"), d.get(4).getMissingValues());
        assertEquals(List.of("900 THRU HIGHEST"), d.get(5).getMissingValues());
        assertEquals("How satisfied are you with our service?", d.get(1).getLabel());
        assertEquals("zlib (.zsav)", preview.detected().get("compression"));
        assertEquals("https://github.com/WizardMac/ReadStat", preview.detected().get("written by"));
    }

    @Test
    void encodingsFromTheEncodingRecord() throws Exception {
        CollectedRows latin = Sav.read(CORPUS.resolve("sav/pspp-latin1.sav"));
        assertEquals("Ville de résidence", latin.dictionary().get(1).getLabel());
        assertEquals(List.of("1=Zone française", "2=Österreich/Deutschland", "3=Ålborg-Øresund"), labels(latin.dictionary().get(2)));
        assertEquals(List.of(6L, "Ærøskøbing", 3L), latin.rows().get(5));
        CollectedRows utf8 = Sav.read(CORPUS.resolve("sav/pspp-utf8.sav"));
        assertEquals("Город проживания", utf8.dictionary().get(1).getLabel());
        assertEquals(List.of(6L, "Санкт-Петербург", 3L), utf8.rows().get(5));
    }

    @Test
    void datesBeyondYear9999BecomeMissingAndPreviewSaysSo() throws Exception {
        Path file = CORPUS.resolve("sav/pspp-year200000.sav");
        Importer.Preview preview = Sav.preview(file, 5);
        assertEquals("1 in the first 3 cases are after 9999-12-31 or before 1582-10-14 and become missing (first: record 2, variable visit)",
                preview.detected().get("dates out of range"));
        CollectedRows rows = Sav.read(file);
        assertEquals(Arrays.asList(Arrays.asList(1L, LocalDate.of(2024, 6, 15)), Arrays.asList(2L, null), Arrays.asList(3L, LocalDate.of(1999, 12, 31))),
                rows.rows());
        assertEquals(List.of(file + ": 1 date is after 9999-12-31 or before 1582-10-14 and became missing (first: record 2, variable visit)"), rows.warnings());
    }

    @Test
    void portableFilesAreRefusedWithAWayOut() {
        Path por = CORPUS.resolve("sav/pspp-survey.por");
        assertEquals(por + ": an SPSS portable file (.por) is not supported; open it in SPSS or PSPP and save it as .sav",
                assertThrows(InputException.class, () -> Sav.preview(por, 5)).getMessage());
    }

    /** Headers and records that claim more than the file holds are refused before anything is allocated. */
    @Test
    void hostileCountsAreRefusedCleanly() throws Exception {
        byte[] whole = Files.readAllBytes(CORPUS.resolve("sav/pspp-survey-bytecode.sav"));
        // the first extension record (type 7) after the variables: its count becomes 2^31 - 1
        int at = indexOfRecord(whole, 7);
        byte[] huge = whole.clone();
        ByteBuffer.wrap(huge).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 12, Integer.MAX_VALUE);
        Path file = Files.write(dir.resolve("huge.sav"), huge);
        assertEquals(file + ": extension record 3 claims 8589934588 bytes, more than the file holds; it is damaged or truncated",
                assertThrows(InputException.class, () -> Sav.read(file)).getMessage());
        byte[] negative = whole.clone();
        ByteBuffer.wrap(negative).order(ByteOrder.LITTLE_ENDIAN).putInt(at + 8, -8);
        Path file2 = Files.write(dir.resolve("negative.sav"), negative);
        assertTrue(assertThrows(InputException.class, () -> Sav.read(file2)).getMessage().startsWith(file2 + ": extension record "));
        byte[] compression = whole.clone();
        ByteBuffer.wrap(compression).order(ByteOrder.LITTLE_ENDIAN).putInt(72, 7);
        Path file3 = Files.write(dir.resolve("compression.sav"), compression);
        assertEquals(file3 + ": the header names an unknown compression (7); the file is damaged",
                assertThrows(InputException.class, () -> Sav.read(file3)).getMessage());
    }

    @Test
    void damagedZlibDataNameTheCase() throws Exception {
        byte[] whole = Files.readAllBytes(CORPUS.resolve("sav/pspp-survey.zsav"));
        int data = indexOfRecord(whole, 999) + 8 + 24; // record 999, its filler, the zlib header
        byte[] damaged = whole.clone();
        for (int i = data + 10; i < data + 40; i++) {
            damaged[i] = (byte) 0xA5;
        }
        Path file = Files.write(dir.resolve("damaged.zsav"), damaged);
        assertEquals(file + ": record 1: the compressed data are damaged", assertThrows(InputException.class, () -> Sav.read(file)).getMessage());
    }

    /** The position of the first dictionary record of {@code type} (records start after the 176-byte header). */
    private static int indexOfRecord(byte[] file, int type) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        int at = 176;
        while (true) {
            int t = b.getInt(at);
            if (t == type) {
                return at;
            }
            switch (t) {
                case 2 -> {
                    int missing = Math.abs(b.getInt(at + 12));
                    int next = at + 32;
                    if (b.getInt(at + 8) == 1) {
                        next += 4 + (b.getInt(next) + 3) / 4 * 4;
                    }
                    at = next + 8 * missing;
                }
                case 3 -> {
                    int n = b.getInt(at + 4);
                    int p = at + 8;
                    for (int i = 0; i < n; i++) {
                        p += 8 + ((file[p + 8] & 0xff) + 1 + 7) / 8 * 8;
                    }
                    at = p + 8 + 4 * b.getInt(p + 4);
                }
                case 6 -> at += 8 + 80 * b.getInt(at + 4);
                case 7 -> at += 16 + b.getInt(at + 8) * b.getInt(at + 12);
                default -> throw new AssertionError("record type " + t + " at " + at);
            }
        }
    }

    private static List<String> labels(Variable v) {
        return v.getValueLabels().stream().map(l -> l.getValue() + "=" + l.getLabel()).toList();
    }

    /**
     * Every cell against the source table: typed as the dictionary says, null where the source is empty
     * or holds one of the variable's user-missing codes.
     */
    private static void assertSameAsSource(CollectedRows rows, Path tsv) throws Exception {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<Variable> d = rows.dictionary();
        assertEquals(header, d.stream().map(Variable::getName).toList());
        List<List<String>> source = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isEmpty()) {
                source.add(List.of(line.split("\t", -1)));
            }
        }
        assertEquals(source.size(), rows.rows().size());
        for (int r = 0; r < source.size(); r++) {
            for (int c = 0; c < header.size(); c++) {
                Object expected = expected(d.get(c), source.get(r).get(c));
                assertEquals(expected, rows.rows().get(r).get(c), tsv.getFileName() + " row " + (r + 1) + " " + header.get(c));
            }
        }
    }

    private static Object expected(Variable v, String cell) {
        if (v.getType() == VariableType.STRING) {
            cell = cell.stripTrailing(); // a system file pads strings with blanks, so trailing blanks cannot be told apart from padding
        }
        if (cell.isEmpty() || isMissing(v, cell)) {
            return null;
        }
        return switch (v.getType()) {
            case INTEGER -> Long.parseLong(cell.replaceAll("\\.0+$", ""));
            case DOUBLE -> Double.parseDouble(cell);
            case DATE -> LocalDate.parse(cell.substring(0, 10));
            default -> cell;
        };
    }

    private static boolean isMissing(Variable v, String cell) {
        for (String m : v.getMissingValues()) {
            if (v.getType() == VariableType.STRING) {
                if (m.equals(cell)) {
                    return true;
                }
                continue;
            }
            double x = Double.parseDouble(cell);
            String[] range = m.split(" THRU ");
            if (range.length == 2) {
                double low = range[0].equals("LOWEST") ? Double.NEGATIVE_INFINITY : Double.parseDouble(range[0]);
                double high = range[1].equals("HIGHEST") ? Double.POSITIVE_INFINITY : Double.parseDouble(range[1]);
                if (x >= low && x <= high) {
                    return true;
                }
            } else if (Double.parseDouble(m) == x) {
                return true;
            }
        }
        return false;
    }
}
