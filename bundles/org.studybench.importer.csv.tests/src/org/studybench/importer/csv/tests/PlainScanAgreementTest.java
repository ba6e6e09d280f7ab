package org.studybench.importer.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.core.Arguments;
import org.studybench.core.DelimitedText;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.csv.internal.CsvImporter;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * The byte scan that checks a plain file and infers its types (PlainScan) must give exactly what the
 * character reader (CsvParser) gives, and leave every file it cannot judge to that reader. Each of
 * many generated files — quotes, escaped quotes, line breaks inside values, CRLF and CR, padding,
 * decimal commas, exponents, words for infinity, 19-digit numbers, true/false, accents and emoji,
 * Latin-1, and damage (invalid bytes, blank lines, short and long rows, unclosed quotes, quotes in
 * unquoted values) — is imported twice: as it is, and with a blank line added at its end, which the
 * byte scan always leaves to the character reader and which changes nothing else. Both imports must
 * give the same dictionary and the same delimited text for the data store (or the same rows), or be
 * refused with the same message. Files of 1–3 MB put records across the scan's 1 MB buffer.
 */
class PlainScanAgreementTest {

    private final CsvImporter importer = new CsvImporter();

    @TempDir
    Path dir;

    /** What an import produced, in comparable words. */
    private String outcome(Path file, String encoding) throws InputException {
        // the encoding is given: detected, it could differ between the two files (a sequence cut at the end of a sample)
        Arguments options = Arguments.parse(importer.options(), Map.of("encoding", encoding));
        List<String> out = new ArrayList<>();
        try {
            importer.read(file, options, new org.studybench.core.Importer.RowSink() {
                @Override
                public void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) {
                    for (Variable v : dictionary) {
                        out.add(v.getName() + ":" + v.getType() + ":" + v.getLabel());
                    }
                }

                @Override
                public void row(Object[] values) {
                    out.add(java.util.Arrays.toString(values));
                }

                @Override
                public boolean acceptsDelimitedText(DelimitedText text) {
                    return true;
                }

                @Override
                public void delimitedText(DelimitedText text) {
                    out.add("text " + text.charset() + " " + (int) text.delimiter() + " " + text.lineBreak() + " " + text.skipRecords() + " "
                            + text.columns() + " " + text.rows());
                }

                @Override
                public void warning(String message) {
                    out.add("warning " + message.replace(file.toString(), "FILE"));
                }
            }, Progress.NONE);
        } catch (InputException e) {
            return "refused " + e.getMessage().replace(file.toString(), "FILE");
        }
        return String.join("\n", out);
    }

    /** What a preview showed: the dictionary, the count and the first rows (the byte scan's or the character reader's). */
    private String previewOutcome(Path file, String encoding) {
        try {
            org.studybench.core.Importer.Preview p = importer.preview(file, Arguments.parse(importer.options(), Map.of("encoding", encoding)), 5);
            List<String> out = new ArrayList<>();
            p.dictionary().forEach(v -> out.add(v.getName() + ":" + v.getType() + ":" + v.getLabel()));
            out.add(p.estimatedRows() + " rows");
            p.rows().forEach(r -> out.add(r.toString()));
            return String.join("\n", out);
        } catch (InputException e) {
            return "refused " + e.getMessage().replace(file.toString(), "FILE");
        }
    }

    @Test
    void theByteScanAgreesWithTheCharacterReaderOnGeneratedFiles() throws Exception {
        Random random = new Random(20261202);
        int handedOver = 0;
        for (int i = 0; i < 400; i++) {
            int rows = i % 40 == 0 ? 20_000 + random.nextInt(30_000) : 1 + random.nextInt(40);
            boolean latin1 = random.nextInt(8) == 0;
            byte[] content = generate(random, rows, i % 5 == 0, latin1);
            String encoding = latin1 ? "ISO-8859-1" : "UTF-8";
            check(content, encoding, "file " + i);
            handedOver += outcome(dir.resolve("a.csv"), encoding).contains("\ntext ") ? 1 : 0;
        }
        assertTrue(handedOver > 100, "only " + handedOver + " of 400 files were plain enough for the data store to read");
    }

    /**
     * Files over 16 MB are scanned in parts in parallel, each part after a line break near its share of
     * the file. In the first file every record is plain; in the second most line breaks are inside
     * quoted values, so a part almost surely starts inside one and the scan must find the records again.
     */
    @Test
    void largeFilesScannedInPartsAgreeAlsoWhenAPartStartsInsideAQuotedValue() throws Exception {
        StringBuilder plain = new StringBuilder("id;score;answer;flag\r\n");
        StringBuilder quoted = new StringBuilder("id,note,score\n");
        for (int r = 0; plain.length() < 17_500_000; r++) {
            plain.append(r).append(';').append(r % 97).append(',').append(r % 10).append(';').append(r % 5 == 0 ? "très" : "ok").append(';')
                    .append(r % 2 == 0 ? "TRUE" : "false").append("\r\n");
        }
        for (int r = 0; quoted.length() < 17_500_000; r++) {
            quoted.append(r).append(",\"first line\nsecond, \"\"quoted\"\"\nthird\nfourth\nfifth\nsixth\",").append(r % 13).append(".5\n");
        }
        check(plain.toString().getBytes(StandardCharsets.UTF_8), "UTF-8", "a large plain file");
        assertTrue(outcome(dir.resolve("a.csv"), "UTF-8").contains("NUMBER_DECIMAL_COMMA"), "the decimal commas of the large file were seen");
        check(quoted.toString().getBytes(StandardCharsets.UTF_8), "UTF-8", "a large file with line breaks in quoted values");
        assertTrue(outcome(dir.resolve("a.csv"), "UTF-8").contains("\ntext "), "the large quoted file is read by the data store");
        // Progress that only grows shows that the byte scan read the file to its end: had it declined, the
        // character reader would have started again from the beginning.
        ProgressReports reports = new ProgressReports();
        importer.read(dir.resolve("a.csv"), Arguments.parse(importer.options(), Map.of()), new org.studybench.core.CollectedRows(), reports);
        assertTrue(reports.fractions.size() > 10, "progress was reported " + reports.fractions.size() + " times");
        assertEquals(-1, reports.firstStepBack(), "progress went back");
    }

    /**
     * A sink that uses only some variables (a one-off command's, named in any case) gets those typed exactly
     * as a full import types them and the others as text, by the byte scan (also in parts, on a large file) and by the
     * character reader; a file refused in full is refused so too.
     */
    @Test
    void onlyTheVariablesTheSinkUsesAreTyped() throws Exception {
        Random random = new Random(20261203);
        Set<String> used = Set.of("V0", "v2", "v4"); // matched without regard to case, as the data engine matches names
        Set<String> typed = Set.of("v0", "v2", "v4");
        int typedOthers = 0;
        for (int i = 0; i < 120; i++) {
            boolean latin1 = random.nextInt(8) == 0;
            check(generate(random, 1 + random.nextInt(60), i % 6 == 0, latin1), latin1 ? "ISO-8859-1" : "UTF-8", "file " + i);
            for (Path file : List.of(dir.resolve("a.csv"), dir.resolve("b.csv"))) {
                List<String> all = dictionary(file, latin1 ? "ISO-8859-1" : "UTF-8", null);
                List<String> some = dictionary(file, latin1 ? "ISO-8859-1" : "UTF-8", used);
                assertEquals(all.size(), some.size(), "file " + i + ": " + all + " / " + some);
                for (int k = 0; k < all.size(); k++) {
                    String name = all.get(k).split(":")[0];
                    boolean refused = all.get(k).startsWith("refused");
                    assertEquals(refused || typed.contains(name) ? all.get(k) : name + ":STRING", some.get(k), "file " + i + ", " + file.getFileName());
                    typedOthers += !refused && !typed.contains(name) && !all.get(k).endsWith(":STRING") ? 1 : 0;
                }
            }
        }
        assertTrue(typedOthers > 50, "the files had only " + typedOthers + " typed columns that the sink does not use");
        StringBuilder large = new StringBuilder("v0;v1;v2;v3\r\n");
        for (int r = 0; large.length() < 17_500_000; r++) {
            large.append(r).append(';').append(r % 97).append(',').append(r % 10).append(';').append(r % 5 == 0 ? "très" : "ok").append(';')
                    .append(r % 2 == 0 ? "TRUE" : "false").append("\r\n");
        }
        Files.writeString(dir.resolve("large.csv"), large);
        assertEquals(List.of("v0:INTEGER", "v1:DOUBLE", "v2:STRING", "v3:BOOLEAN"), dictionary(dir.resolve("large.csv"), "UTF-8", null));
        assertEquals(List.of("v0:INTEGER", "v1:STRING", "v2:STRING", "v3:STRING"), dictionary(dir.resolve("large.csv"), "UTF-8", Set.of("v0")));
    }

    /** The variables' names and types an import gives a sink that uses {@code used} (null: all), or its refusal. */
    private List<String> dictionary(Path file, String encoding, Set<String> used) {
        List<String> out = new ArrayList<>();
        try {
            importer.read(file, Arguments.parse(importer.options(), Map.of("encoding", encoding)), new org.studybench.core.Importer.RowSink() {
                @Override
                public void begin(List<Variable> dictionary, List<MultipleResponseSet> sets) {
                    dictionary.forEach(v -> out.add(v.getName() + ":" + v.getType().name()));
                }

                @Override
                public void row(Object[] values) {
                }

                @Override
                public Set<String> variablesUsed() {
                    return used;
                }
            }, Progress.NONE);
            return out;
        } catch (InputException e) {
            return List.of("refused " + e.getMessage());
        }
    }

    private void check(byte[] content, String encoding, String what) throws Exception {
        Path plain = dir.resolve("a.csv");
        Path forced = dir.resolve("b.csv");
        Files.write(plain, content);
        ByteArrayOutputStream more = new ByteArrayOutputStream();
        more.write(content);
        String text = new String(content, StandardCharsets.ISO_8859_1);
        String lineBreak = text.contains("\r\n") ? "\r\n" : text.contains("\r") ? "\r" : "\n";
        boolean endsWithBreak = text.endsWith("\n") || text.endsWith("\r");
        more.write((endsWithBreak ? lineBreak : lineBreak + lineBreak).getBytes(StandardCharsets.ISO_8859_1));
        Files.write(forced, more.toByteArray());
        assertEquals(outcome(forced, encoding), outcome(plain, encoding), what + ":\n" + text.substring(0, Math.min(text.length(), 2000)));
        // the preview checks the file as the import does and shows the same first rows
        assertEquals(previewOutcome(forced, encoding), previewOutcome(plain, encoding), what + ", preview:\n" + text.substring(0, Math.min(text.length(), 2000)));
    }

    private static final String[] TEXTS = { "yes", "no", "Ja, sicher", "très bien", "😀 ok", "line\nbreak", "say \"hi\"", "a;b", "tab\there", " x ",
            "naïve", "NaN", "inf", "-Infinity", "TRUE", "false", "1e5", "2E-3", "1,5", "-0,25", "007", "1234567890123456789", ".5", "5.", "+3",
            "1e400", "\u0085", "ſ" };

    /** A random small survey export in one of the shapes above; {@code damage} adds one defect somewhere. */
    private static byte[] generate(Random random, int rows, boolean damage, boolean latin1) {
        int width = 2 + random.nextInt(5); // one-column files are the character reader's (blank lines are values there)
        char delimiter = new char[] { ',', ';', '\t' }[random.nextInt(3)];
        String lineBreak = new String[] { "\n", "\r\n", "\r" }[random.nextInt(3)];
        int[] kind = new int[width];
        for (int c = 0; c < width; c++) {
            kind[c] = random.nextInt(6);
        }
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < width; c++) {
            sb.append(c == 0 ? "" : String.valueOf(delimiter)).append("v").append(c);
        }
        sb.append(lineBreak);
        int damagedRow = damage ? random.nextInt(rows) : -1;
        List<Integer> ends = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    sb.append(delimiter);
                }
                sb.append(cell(random, kind[c], delimiter, lineBreak));
            }
            if (r == damagedRow) {
                sb.append(switch (random.nextInt(8)) {
                    case 0 -> String.valueOf(delimiter); // an extra empty field
                    case 1 -> delimiter + "extra";
                    case 2 -> lineBreak; // a blank line
                    case 3 -> delimiter + "\"unclosed";
                    case 4 -> delimiter == '\t' ? "" : "\"q\" ";
                    case 5 -> "\uFFFF\u0000";
                    case 6 -> lineBreak.equals("\n") ? "\r\n" : "\n"; // a second kind of line break
                    default -> "x\"y";
                });
            }
            ends.add(sb.length());
            if (r < rows - 1 || random.nextBoolean()) {
                sb.append(lineBreak);
            }
        }
        if (damage && random.nextInt(4) == 0 && !latin1) {
            // a byte that is not UTF-8, somewhere in the data
            byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
            bytes[bytes.length / 2 + random.nextInt(bytes.length / 2)] = (byte) 0xC0;
            return bytes;
        }
        return sb.toString().getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static String cell(Random random, int kind, char delimiter, String lineBreak) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return "";
        }
        String value = switch (kind) {
            case 0 -> Integer.toString(random.nextInt(2000) - 100);
            case 1 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 100);
            case 2 -> delimiter == ';' ? String.format(java.util.Locale.GERMANY, "%.1f", random.nextDouble() * 10) : "1.5";
            case 3 -> random.nextBoolean() ? "true" : "False";
            case 4 -> TEXTS[random.nextInt(TEXTS.length)];
            default -> roll < 50 ? Integer.toString(random.nextInt(9)) : TEXTS[random.nextInt(TEXTS.length)];
        };
        if (roll < 12) {
            value = TEXTS[random.nextInt(TEXTS.length)]; // now and then a surprise in any column
        }
        if (roll >= 12 && roll < 16) {
            value = " " + value + "\t";
        }
        boolean mustQuote = value.indexOf(delimiter) >= 0 || value.contains("\n") || value.contains("\r") || value.contains("\"");
        if (mustQuote || roll > 85) {
            return "\"" + value.replace("\"", "\"\"").replace("\n", lineBreak) + "\"";
        }
        return value;
    }
}
