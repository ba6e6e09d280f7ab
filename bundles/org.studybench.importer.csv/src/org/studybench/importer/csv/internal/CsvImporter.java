package org.studybench.importer.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Progress;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * CSV files, including the multi-row-header exports of Qualtrics and SurveyMonkey. Encoding (BOM,
 * strict UTF-8, else Latin-1), delimiter and layout are detected unless given. Types are inferred over
 * the whole file: whole numbers, numbers (decimal comma accepted in ';'-separated files), true/false,
 * else text; empty cells are missing.
 */
@Component(service = Importer.class)
public class CsvImporter implements Importer {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV (also Qualtrics and SurveyMonkey exports)";
    }

    @Override
    public String description() {
        return "Comma-, semicolon- or tab-separated text; detects encoding, delimiter and the header rows of Qualtrics and SurveyMonkey exports.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv", "tsv", "txt");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.choice("delimiter", "auto", "field separator", "auto", ",", ";", "tab", "|"),
                ParameterSpec.choice("encoding", "auto", "text encoding", "auto", "UTF-8", "ISO-8859-1", "windows-1252", "UTF-16"),
                ParameterSpec.choice("layout", "auto", "header rows", "auto", "plain", "qualtrics", "surveymonkey", "none"));
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        Parsed parsed = parse(file, options);
        List<List<Object>> first = new ArrayList<>();
        ColumnTypes types = new ColumnTypes(parsed.header.names().size(), parsed.format.delimiter());
        List<List<String>> raw = new ArrayList<>();
        parsed.forEachRow(file, Math.max(rows, 1000), (line, fields) -> {
            types.add(fields);
            if (raw.size() < rows) {
                raw.add(fields);
            }
        });
        for (List<String> fields : raw) {
            first.add(types.convert(fields));
        }
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("encoding", parsed.format.charset().name());
        detected.put("delimiter", parsed.format.delimiter() == '\t' ? "tab" : String.valueOf(parsed.format.delimiter()));
        detected.put("layout", parsed.header.layout());
        detected.put("header rows", Integer.toString(parsed.header.rows()));
        List<Variable> dictionary = dictionary(parsed.header, types);
        return new Preview(dictionary, sets(parsed.header, dictionary), first, -1, detected);
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        Parsed parsed = parse(file, options);
        ColumnTypes types = new ColumnTypes(parsed.header.names().size(), parsed.format.delimiter());
        long[] count = { 0 };
        parsed.forEachRow(file, Long.MAX_VALUE, (line, fields) -> {
            types.add(fields);
            count[0]++;
        });
        List<Variable> dictionary = dictionary(parsed.header, types);
        sink.begin(dictionary, sets(parsed.header, dictionary));
        long[] done = { 0 };
        parsed.forEachRow(file, Long.MAX_VALUE, (line, fields) -> {
            if (progress.isCancelled()) {
                throw new Stop();
            }
            sink.row(types.convert(fields).toArray());
            if (++done[0] % 10_000 == 0) {
                progress.worked(done[0], count[0]);
            }
        });
        progress.worked(done[0], count[0]);
    }

    private static List<Variable> dictionary(Header header, ColumnTypes types) {
        List<Variable> out = new ArrayList<>();
        for (int c = 0; c < header.names().size(); c++) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(header.names().get(c));
            String label = c < header.labels().size() ? header.labels().get(c) : "";
            v.setLabel(label.isBlank() || label.equals(v.getName()) ? null : label);
            VariableType type = types.type(c);
            v.setType(type);
            v.setMeasureLevel(type == VariableType.INTEGER || type == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
            out.add(v);
        }
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

    /** Thrown inside the row loop to stop reading when the import is cancelled. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    private record Parsed(CsvFormat format, Header header) {

        void forEachRow(Path file, long limit, RowHandler handler) throws InputException {
            int width = header.names().size();
            try (Reader reader = reader(file, format); CsvReader<CsvRecord> csv = csv(reader, format)) {
                Iterator<CsvRecord> records = csv.iterator();
                for (int i = 0; i < header.rows() && records.hasNext(); i++) {
                    records.next();
                }
                long seen = 0;
                while (records.hasNext() && seen < limit) {
                    CsvRecord record = records.next();
                    List<String> fields = record.getFields();
                    if (fields.size() == 1 && fields.get(0).isEmpty()) {
                        continue;
                    }
                    if (fields.size() != width) {
                        throw new InputException(file + ": line " + record.getStartingLineNumber() + ": expected " + width + " fields as in the header, found "
                                + fields.size());
                    }
                    handler.row(record.getStartingLineNumber(), fields);
                    seen++;
                }
            } catch (Stop e) {
                // cancelled: the caller sees progress.isCancelled() and discards what it has
            } catch (CsvParseException | UncheckedIOException e) {
                throw new InputException(file + ": " + oneLine(e), e);
            } catch (IOException e) {
                throw new InputException(file + ": " + oneLine(e), e);
            }
        }
    }

    private static Parsed parse(Path file, Arguments options) throws InputException {
        CsvFormat format;
        try {
            format = CsvFormat.detect(file, options.text("encoding"), options.text("delimiter"));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (IOException e) {
            throw new InputException(file + ": " + oneLine(e), e);
        }
        List<List<String>> first = new ArrayList<>();
        try (Reader reader = reader(file, format); CsvReader<CsvRecord> csv = csv(reader, format)) {
            Iterator<CsvRecord> records = csv.iterator();
            while (records.hasNext() && first.size() < 3) {
                first.add(records.next().getFields());
            }
        } catch (CsvParseException | IOException | UncheckedIOException e) {
            throw new InputException(file + ": " + oneLine(e), e);
        }
        if (first.isEmpty()) {
            throw new InputException(file + ": the file is empty");
        }
        return new Parsed(format, Header.detect(first, options.text("layout")));
    }

    private static Reader reader(Path file, CsvFormat format) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(format.bomLength());
        // Strict decoding: a byte that is not valid in the encoding is an error, not a silent '?'.
        return new InputStreamReader(in, format.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static CsvReader<CsvRecord> csv(Reader reader, CsvFormat format) {
        return CsvReader.builder().fieldSeparator(format.delimiter()).allowExtraFields(true).allowMissingFields(true).skipEmptyLines(true)
                .ofCsvRecord(reader);
    }

    private static final Pattern TOO_MANY_FIELDS = Pattern.compile("line (\\d+) has surpassed the maximum limit of (\\d+) fields");

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof CharacterCodingException) {
            return "the text is not valid in the detected encoding; give --encoding (e.g. ISO-8859-1)";
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        Matcher tooWide = TOO_MANY_FIELDS.matcher(message);
        if (tooWide.find()) { // FastCSV's guard against runaway records
            return "line " + tooWide.group(1) + ": more than " + tooWide.group(2)
                    + " columns, the most StudyBench reads (as Excel); is the delimiter right? give --option delimiter=...";
        }
        return message.replaceAll("\\s+", " ").trim();
    }
}
