package org.studybench.importer.csv.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.DelimitedText;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.core.Progress;
import org.studybench.core.VariableNames;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * CSV files, including the exports of Qualtrics (current and legacy), SurveyMonkey, Google Forms,
 * Alchemer and LimeSurvey (see {@link Header}). Encoding (BOM, strict UTF-8, else Latin-1), delimiter
 * and layout are detected unless given. Types are inferred over the whole file: whole numbers, numbers
 * (decimal comma accepted in ';'-separated files), true/false, else text; empty cells are missing.
 * Names are made unique ignoring case, a renamed variable noting its header in its label.
 *
 * <p>Strict by default: an unclosed quote, a row with another number of fields than the header (extra
 * empty fields at the end excepted) or a byte invalid in the encoding is an error naming line and
 * column. With {@code lenient=true} such rows are skipped and counted in a warning. Preview reads the
 * whole file as import does, so a file that previews imports.
 */
@Component(service = Importer.class)
public class CsvImporter implements Importer {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (also Qualtrics, SurveyMonkey, Google Forms, Alchemer and LimeSurvey exports)";
    }

    @Override
    public String description() {
        return "Comma-, semicolon- or tab-separated text; detects encoding, delimiter and the header rows of survey tools' exports "
                + "(Qualtrics, SurveyMonkey, Google Forms, Alchemer, LimeSurvey).";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.choice("delimiter", "auto", "field separator", "auto", ",", ";", "tab", "|"),
                ParameterSpec.choice("encoding", "auto", "text encoding", "auto", "UTF-8", "ISO-8859-1", "windows-1252", "UTF-16"),
                ParameterSpec.choice("layout", "auto", "header rows", Header.LAYOUTS.toArray(String[]::new)),
                ParameterSpec.optional("lenient", ParameterType.BOOLEAN, "false",
                        "skip malformed rows (unclosed quote, wrong number of fields, invalid bytes) and count them in a warning, instead of stopping at the first"));
    }

    /**
     * Checks the whole file as import's pass 1 does (so that preview refuses what import would refuse, and
     * infers the same types), but keeps only the first rows: a plain file is checked on its bytes
     * ({@link PlainScan}) and only its first rows are parsed into values.
     */
    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        Parsed parsed = parse(file, options);
        int width = parsed.header.names().size();
        ColumnTypes scanned = new ColumnTypes(width, parsed.format.delimiter());
        PlainScan.Result plain = PlainScan.scan(file, parsed.format, parsed.header.rows(), scanned, width, Progress.NONE);
        ColumnTypes types = plain != null ? scanned : new ColumnTypes(width, parsed.format.delimiter());
        List<List<String>> raw = new ArrayList<>();
        Skipped skipped = new Skipped();
        // a file the byte scan checked is read only until the first rows are there; any other file is checked here
        Progress firstRowsOnly = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return plain != null && raw.size() >= rows;
            }
        };
        long read = parsed.forEachRow(file, skipped, new Observed(), (line, fields) -> {
            if (plain == null) {
                types.add(fields, line);
            }
            if (raw.size() < rows) {
                raw.add(fields);
            }
        }, firstRowsOnly);
        long count = plain != null ? plain.rows() : read;
        List<Variable> dictionary = dictionary(parsed.header, types);
        List<List<Object>> first = new ArrayList<>();
        for (List<String> fields : raw) {
            first.add(types.convert(fields));
        }
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("encoding", parsed.format.charset().name());
        detected.put("delimiter", parsed.format.delimiter() == '\t' ? "tab" : String.valueOf(parsed.format.delimiter()));
        detected.put("layout", parsed.header.layout());
        detected.put("header rows", Integer.toString(parsed.header.rows()));
        if (skipped.count > 0) {
            detected.put("skipped rows", skipped.summary());
        }
        String nonFinite = types.nonFiniteWarning(dictionary.stream().map(Variable::getName).toList());
        if (nonFinite != null) {
            detected.put("not finite", nonFinite);
        }
        return new Preview(dictionary, sets(parsed.header, dictionary), first, count, detected);
    }

    /**
     * Pass 1 checks the whole file and infers the types: on bytes and on all cores for a plain file
     * ({@link PlainScan}), else with {@link CsvParser}, which names what is wrong or reads the file with its
     * leniencies. Then, if the sink reads delimited text itself
     * (the data store: DuckDB, in parallel) and this file reads there exactly as here, the sink gets the
     * file; otherwise pass 2 parses it again and hands over every row.
     */
    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        Parsed parsed = parse(file, options);
        int width = parsed.header.names().size();
        ColumnTypes types = new ColumnTypes(width, parsed.format.delimiter(), unused(parsed.header, sink.variablesUsed()));
        Skipped malformed = new Skipped();
        Observed seen = new Observed();
        // pass 1 is the first half of the importer's work; the fast path has no second pass, the row path reads the file again
        Progress pass1 = Progress.share(progress, 0, 0.5);
        PlainScan.Result plain = PlainScan.scan(file, parsed.format, parsed.header.rows(), types, width, pass1);
        long count;
        if (plain != null) {
            count = plain.rows();
            seen.lineBreaks = plain.lineBreaks();
            seen.blankBeforeData = 0;
            seen.longestRecord = plain.longestRecord();
        } else { // not a plain file: the character reader checks it, names what is wrong or reads it with its leniencies
            ColumnTypes fresh = types.sibling();
            count = parsed.forEachRow(file, malformed, seen, (line, fields) -> fresh.add(fields, line), pass1);
            types = fresh;
        }
        if (progress.isCancelled()) {
            return;
        }
        List<Variable> dictionary = dictionary(parsed.header, types);
        DelimitedText text = malformed.count == 0 ? parsed.asDelimitedText(file, types, seen, count) : null;
        if (text != null && sink.acceptsDelimitedText(text)) {
            sink.begin(dictionary, sets(parsed.header, dictionary));
            sink.delimitedText(text);
            progress.worked(1, 1);
        } else {
            rows(file, parsed, types, dictionary, sink, Progress.share(progress, 0.5, 1));
        }
        String nonFinite = types.nonFiniteWarning(dictionary.stream().map(Variable::getName).toList());
        if (nonFinite != null) {
            sink.warning(file + ": " + nonFinite);
        }
    }

    /** Pass 2 of the row path: every row parsed again, converted and handed to the sink. */
    private static void rows(Path file, Parsed parsed, ColumnTypes types, List<Variable> dictionary, RowSink sink, Progress progress)
            throws InputException {
        sink.begin(dictionary, sets(parsed.header, dictionary));
        Skipped skipped = new Skipped();
        parsed.forEachRow(file, skipped, new Observed(), (line, fields) -> sink.row(types.convert(fields).toArray()), progress);
        if (skipped.count > 0) {
            sink.warning(file + ": skipped " + skipped.summary());
        }
    }

    /**
     * The columns a sink that uses only {@code used} variables (null: all) does not need typed: the
     * variables' names as the dictionary will have them (made unique), checked against the set.
     */
    private static boolean[] unused(Header header, Set<String> used) {
        if (used == null) {
            return null;
        }
        // names are matched as the data engine matches them, without regard to case (the dictionary's differ in more than case)
        Set<String> wanted = new HashSet<>();
        used.forEach(name -> wanted.add(name.toLowerCase(Locale.ROOT)));
        List<Variable> named = dictionary(header, new ColumnTypes(header.names().size(), ','));
        boolean[] unused = new boolean[named.size()];
        for (int c = 0; c < unused.length; c++) {
            unused[c] = !wanted.contains(named.get(c).getName().toLowerCase(Locale.ROOT));
        }
        return unused;
    }

    private static List<Variable> dictionary(Header header, ColumnTypes types) {
        List<Variable> out = new ArrayList<>();
        for (int c = 0; c < header.names().size(); c++) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(header.names().get(c));
            String label = c < header.labels().size() ? header.labels().get(c).trim() : "";
            v.setLabel(label.isEmpty() ? null : label); // the header or question text, also when it equals the name
            VariableType type = types.type(c);
            v.setType(type);
            v.setMeasureLevel(type == VariableType.INTEGER || type == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
            out.add(v);
        }
        VariableNames.makeUnique(out);
        return out;
    }

    private static List<MultipleResponseSet> sets(Header header, List<Variable> dictionary) {
        List<MultipleResponseSet> out = new ArrayList<>();
        header.multipleResponse().forEach((name, columns) -> {
            MultipleResponseSet set = StudyFactory.eINSTANCE.createMultipleResponseSet();
            set.setName(name);
            String first = header.labels().get(columns.get(0));
            int dash = first.indexOf(" — ");
            set.setLabel(dash > 0 ? first.substring(0, dash) : first);
            columns.forEach(c -> set.getVariables().add(dictionary.get(c)));
            out.add(set);
        });
        return out;
    }

    // ---- parsing ---------------------------------------------------------------------------

    @FunctionalInterface
    interface RowHandler {
        void row(long line, List<String> fields) throws InputException;
    }

    /** Progress is reported, and cancelling checked, once per this many rows. */
    private static final int PROGRESS_ROWS = 4096;

    /** The file's size for progress; 0 (no progress) when it cannot be read, which reading it then reports. */
    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Rows skipped in lenient mode: how many, and where the first ones were. */
    private static final class Skipped {
        long count;
        final List<String> first = new ArrayList<>();

        void add(String where) {
            if (count++ < 3) {
                first.add(where);
            }
        }

        String summary() {
            return count + " malformed row" + (count == 1 ? "" : "s") + " (lenient): " + String.join("; ", first) + (count > first.size() ? "; ..." : "");
        }
    }

    /**
     * What pass 1 saw beyond the rows, for {@link Parsed#asDelimitedText}: the reader's statistics at
     * the end, blank lines before the first data row, lines of spaces, rows with extra empty fields.
     */
    private static final class Observed {
        long[] lineBreaks = new long[3];
        long blankLines;
        long blankBeforeData = -1;
        long longestRecord;
        boolean tolerated;
        long spaceLines;
        long extraFields;

        void end(CsvParser csv) {
            lineBreaks = csv.lineBreaks();
            blankLines = csv.blankLines();
            blankBeforeData = blankBeforeData < 0 ? blankLines : blankBeforeData;
            longestRecord = csv.longestRecord();
            tolerated = csv.tolerated();
        }
    }

    /** DuckDB's read_csv refuses longer lines (max_line_size, 2 MB); UTF-8 takes at most 3 bytes a character. */
    private static final long LONGEST_FOR_OTHER_READERS = 2_000_000 / 3;

    private record Parsed(CsvFormat format, Header header, boolean lenient) {

        /**
         * The file as delimited text that a reader with RFC 4180 rules (DuckDB's) reads into exactly the
         * rows and values of this importer, or null when this file uses a leniency of CsvParser such a
         * reader may not share: mixed line breaks, blank lines among the header rows or in a one-column
         * file, lines of spaces, extra empty fields, spaces after a closing quote, a quote inside an
         * unquoted value, or a very long record.
         */
        DelimitedText asDelimitedText(Path file, ColumnTypes types, Observed seen, long rows) {
            long lf = seen.lineBreaks[0];
            long crlf = seen.lineBreaks[1];
            long cr = seen.lineBreaks[2];
            DelimitedText.LineBreak lineBreak;
            if (crlf == 0 && cr == 0) {
                lineBreak = DelimitedText.LineBreak.LF;
            } else if (lf == 0 && cr == 0) {
                lineBreak = DelimitedText.LineBreak.CRLF;
            } else if (lf == 0 && crlf == 0) {
                lineBreak = DelimitedText.LineBreak.CR;
            } else {
                return null;
            }
            int width = header.names().size();
            if (seen.blankBeforeData > 0 || width == 1 && seen.blankLines > 0 || seen.spaceLines > 0 || seen.extraFields > 0 || seen.tolerated
                    || seen.longestRecord > LONGEST_FOR_OTHER_READERS) {
                return null;
            }
            List<DelimitedText.Column> columns = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                columns.add(types.column(c));
            }
            return new DelimitedText(file, format.charset(), format.delimiter(), '"', '"', lineBreak, header.rows(), columns, rows);
        }

        long forEachRow(Path file, Skipped skipped, RowHandler handler) throws InputException {
            return forEachRow(file, skipped, new Observed(), handler, Progress.NONE);
        }

        /**
         * Calls {@code handler} with every data row (exactly as many fields as the header) and returns
         * how many there were. A malformed row is an error naming its line and column, or, lenient,
         * skipped and counted; after an unclosed quote reading goes on at the next line. Reports the bytes
         * read of the file's size to {@code progress} and stops early when it is cancelled (the caller
         * then sees {@link Progress#isCancelled()} and discards what it has).
         */
        long forEachRow(Path file, Skipped skipped, Observed seen, RowHandler handler, Progress progress) throws InputException {
            int width = header.names().size();
            long rows = 0;
            long size = fileSize(file);
            long resume = 0; // after an unclosed quote (lenient): the physical line to go on from
            while (true) {
                try (CsvParser csv = open(file, format, lenient)) {
                    if (resume > 0) {
                        csv.skipLines(resume - 1);
                    } else {
                        for (int i = 0; i < header.rows(); i++) {
                            CsvParser.Record record = csv.next();
                            if (record != null && record.problem() != null) {
                                throw new InputException(file + ": " + record.problem() + " (in the header rows)");
                            }
                        }
                    }
                    for (CsvParser.Record record; (record = csv.next()) != null;) {
                        List<String> fields = record.fields();
                        if (fields.size() == 1 && fields.get(0).isBlank()) {
                            seen.spaceLines++;
                            continue; // a line of spaces
                        }
                        String problem = record.problem() != null ? record.problem() : shape(record, width);
                        if (problem != null) {
                            if (!lenient) {
                                throw new InputException(file + ": " + problem + "; --option lenient=true skips such rows");
                            }
                            skipped.add(problem);
                            continue;
                        }
                        if (seen.blankBeforeData < 0) {
                            seen.blankBeforeData = csv.blankLines();
                        }
                        seen.extraFields += fields.size() > width ? 1 : 0;
                        handler.row(record.line(), fields.size() == width ? fields : fields.subList(0, width));
                        if (++rows % PROGRESS_ROWS == 0) {
                            if (progress.isCancelled()) {
                                return rows;
                            }
                            progress.worked(csv.bytesRead(), size);
                        }
                    }
                    progress.worked(size, size);
                    seen.end(csv);
                    return rows;
                } catch (CsvParser.Malformed e) {
                    if (!lenient || !e.unclosedQuote || resume == 0 && e.line <= header.rows()) {
                        throw malformed(file, e);
                    }
                    // The record's end is unknown: skip the line with the quote and read on from the next one.
                    skipped.add(e.getMessage() + " (skipped up to the end of that line)");
                    resume = e.line + 1;
                } catch (IOException e) {
                    throw new InputException(file + ": " + ioMessage(e), e);
                }
            }
        }

        /** Null when the record has the header's number of fields (or more, all empty), else what is wrong. */
        private static String shape(CsvParser.Record record, int width) {
            List<String> fields = record.fields();
            if (fields.size() < width) {
                return "line " + record.line() + ", column " + record.endColumn() + ": the row ends after " + fields.size() + " field"
                        + (fields.size() == 1 ? "" : "s") + " where the header has " + width;
            }
            for (int c = width; c < fields.size(); c++) {
                if (!fields.get(c).isBlank()) {
                    return "line " + record.line() + ", column " + record.columns()[c] + ": field " + (c + 1) + " where the header has " + width;
                }
            }
            return null;
        }
    }

    private static Parsed parse(Path file, Arguments options) throws InputException {
        CsvFormat format;
        try {
            format = CsvFormat.detect(file, options.text("encoding"), options.text("delimiter"));
        } catch (IOException e) {
            throw new InputException(file + ": " + ioMessage(e), e);
        }
        boolean lenient = options.bool("lenient");
        List<List<String>> first = new ArrayList<>();
        try (CsvParser csv = open(file, format, lenient)) {
            for (CsvParser.Record record; first.size() < 3 && (record = csv.next()) != null;) {
                first.add(record.fields());
            }
        } catch (CsvParser.Malformed e) {
            if (!lenient || first.isEmpty()) {
                throw malformed(file, e);
            }
            // lenient: the rows read so far decide the layout; the row loop deals with the rest
        } catch (IOException e) {
            throw new InputException(file + ": " + ioMessage(e), e);
        }
        if (first.isEmpty()) {
            throw new InputException(file + ": the file is empty");
        }
        return new Parsed(format, Header.detect(first, options.text("layout")), lenient);
    }

    private static InputException malformed(Path file, CsvParser.Malformed e) {
        return new InputException(file + ": " + e.getMessage() + (e.unclosedQuote ? "; is a quote missing or one too many?" : ""), e);
    }

    private static CsvParser open(Path file, CsvFormat format, boolean lenient) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(format.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new CsvParser(new BufferedInputStream(in, 1 << 16), format.charset(), format.delimiter(), lenient);
    }

    /** An I/O failure in words: the JDK's exception names and messages are for programmers. */
    static String ioMessage(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? "could not be read" : e.getMessage().replaceAll("\\s+", " ").trim();
    }
}
