package org.studybench.importer.spss.internal;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

import com.bedatadriven.spss.SpssDataFileReader;
import com.bedatadriven.spss.SpssVariable;

/**
 * SPSS system files (.sav) with bedatadriven's spss-reader: long variable names, variable and value
 * labels, user-missing values and ranges (kept in the dictionary; the values themselves become
 * missing, as haven's default), measure levels, dates, and the text encoding (record 20, or the code
 * page of older files). Compressed .zsav files are refused with a clear message.
 */
@Component(service = Importer.class)
public class SavImporter implements Importer {

    /** SPSS dates count seconds from 14 October 1582. */
    private static final LocalDate SPSS_EPOCH = LocalDate.of(1582, 10, 14);

    private static final Charset SPSS_READER_DEFAULT = Charset.forName("windows-1252");

    @Override
    public String id() {
        return "sav";
    }

    @Override
    public String label() {
        return "SPSS system file";
    }

    @Override
    public String description() {
        return "SPSS .sav files (also written by PSPP, R haven, Stata, Qualtrics): labels, value labels, missing codes and measure levels.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("sav", "zsav");
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        List<List<Object>> first = new ArrayList<>();
        Opened opened = open(file);
        long cases = opened.reader.getNumCases();
        settleWholeNumbers(file, opened, Math.max(rows, 1000));
        read(file, open(file, opened), values -> {
            if (first.size() < rows) {
                first.add(java.util.Arrays.asList(values));
            }
            return first.size() < rows;
        }, Progress.NONE);
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("encoding", opened.records.encoding() != null ? opened.records.encoding()
                : opened.legacy != null ? opened.legacy.name() + " (code page " + opened.records.codePage() + ")" : "windows-1252");
        detected.put("compressed", Boolean.toString(opened.reader.isCompressed()));
        return new Preview(opened.dictionary, List.of(), first, cases, detected);
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        Opened opened = open(file);
        settleWholeNumbers(file, opened, Long.MAX_VALUE);
        sink.begin(opened.dictionary, List.of());
        read(file, open(file, opened), values -> {
            sink.row(values);
            return true;
        }, progress);
    }

    @FunctionalInterface
    private interface Rows {
        /** Takes one case; false stops reading. */
        boolean accept(Object[] values) throws InputException;
    }

    /** One imported variable; the type of whole-number formats may still become DOUBLE (see settleWholeNumbers). */
    private static final class Column {
        final SpssVariable variable;
        VariableType type;

        Column(SpssVariable variable, VariableType type) {
            this.variable = variable;
            this.type = type;
        }

        SpssVariable variable() {
            return variable;
        }

        VariableType type() {
            return type;
        }
    }

    private record Opened(SpssDataFileReader reader, SavDictionaryRecords records, Charset legacy, List<Variable> dictionary, List<Column> columns) {
    }

    private Opened open(Path file) throws InputException {
        SavDictionaryRecords records;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            records = SavDictionaryRecords.read(in);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file", e);
        } catch (SavDictionaryRecords.NotSav e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new InputException(file + ": the file ends inside its dictionary; it is truncated", e);
        } catch (IOException | ArithmeticException | IllegalArgumentException e) {
            throw new InputException(file + ": not a readable SPSS .sav file: " + e.getMessage(), e);
        }
        SpssDataFileReader reader;
        try {
            reader = new SpssDataFileReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not a readable SPSS .sav file: " + e.getMessage(), e);
        }
        Charset legacy = records.legacyCharset();
        List<Variable> dictionary = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        int measureIndex = 0;
        for (SpssVariable sv : reader.getVariables()) {
            int measure = measureIndex < records.measures().size() ? records.measures().get(measureIndex) : 0;
            measureIndex++;
            if (sv.isVeryLongStringSegment()) {
                continue;
            }
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(text(sv.getVariableName(), legacy));
            String label = sv.getVariableLabel();
            v.setLabel(label == null || label.isBlank() ? null : text(label, legacy).trim());
            VariableType type = type(sv);
            v.setType(type);
            v.setMeasureLevel(switch (measure) {
                case 2 -> MeasureLevel.ORDINAL;
                case 3 -> MeasureLevel.SCALE;
                case 1 -> MeasureLevel.NOMINAL;
                default -> type == VariableType.STRING || !sv.getValueLabels().isEmpty() ? MeasureLevel.NOMINAL : MeasureLevel.SCALE;
            });
            new TreeMap<>(sv.getValueLabels()).forEach((value, text) -> {
                ValueLabel vl = StudyFactory.eINSTANCE.createValueLabel();
                vl.setValue(number(value));
                vl.setLabel(text(text, legacy));
                v.getValueLabels().add(vl);
            });
            if (sv.isNumeric()) {
                sv.getMissing().forEach(m -> v.getMissingValues().add(number(m)));
                if (sv.isHasMissingRange()) {
                    v.getMissingValues().add(range(sv.getMissingMin(), sv.getMissingMax()));
                }
            } else {
                sv.getMissingStrings().forEach(m -> v.getMissingValues().add(text(m, legacy).stripTrailing()));
            }
            dictionary.add(v);
            columns.add(new Column(sv, type));
        }
        return new Opened(reader, records, legacy, dictionary, columns);
    }

    /** A fresh reader positioned before the first case, with the dictionary already worked out. */
    private static Opened open(Path file, Opened opened) throws InputException {
        try {
            return new Opened(new SpssDataFileReader(new BufferedInputStream(Files.newInputStream(file), 1 << 16)), opened.records, opened.legacy,
                    opened.dictionary, opened.columns);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": not a readable SPSS .sav file: " + e.getMessage(), e);
        }
    }

    /**
     * A format without decimals (F8.0) only hides decimals; such a variable is an integer only if the
     * first {@code limit} cases (all of them for an import) hold whole numbers.
     */
    private static void settleWholeNumbers(Path file, Opened opened, long limit) throws InputException {
        List<Integer> candidates = new ArrayList<>();
        for (int c = 0; c < opened.columns.size(); c++) {
            if (opened.columns.get(c).type == VariableType.INTEGER) {
                candidates.add(c);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        long[] seen = { 0 };
        read(file, opened, values -> true, Progress.NONE, (r, c) -> {
            for (java.util.Iterator<Integer> it = candidates.iterator(); it.hasNext();) {
                int col = it.next();
                int index = opened.columns.get(col).variable.getIndex();
                double d = r.getDoubleValue(index);
                if (!r.isSystemMissing(index) && !(d == Math.rint(d) && Math.abs(d) < 1e15)) {
                    opened.columns.get(col).type = VariableType.DOUBLE;
                    opened.dictionary.get(col).setType(VariableType.DOUBLE);
                    it.remove();
                }
            }
            return !candidates.isEmpty() && ++seen[0] < limit;
        });
    }

    @FunctionalInterface
    private interface CaseCheck {
        boolean next(SpssDataFileReader reader, long record);
    }

    private static void read(Path file, Opened opened, Rows rows, Progress progress) throws InputException {
        read(file, opened, rows, progress, null);
    }

    private static void read(Path file, Opened opened, Rows rows, Progress progress, CaseCheck check) throws InputException {
        SpssDataFileReader reader = opened.reader;
        long total = reader.getNumCases();
        long record = 0;
        try {
            while (reader.readNextCase()) {
                record++;
                if (progress.isCancelled()) {
                    return;
                }
                if (check != null) {
                    if (!check.next(reader, record)) {
                        return;
                    }
                    continue;
                }
                Object[] values = new Object[opened.columns.size()];
                for (int c = 0; c < values.length; c++) {
                    values[c] = value(reader, opened.columns.get(c), opened.legacy);
                }
                if (!rows.accept(values)) {
                    return;
                }
                if (record % 10_000 == 0) {
                    progress.worked(record, total);
                }
            }
        } catch (EOFException e) {
            throw new InputException(file + ": record " + (record + 1) + ": the file ends in the middle of a case; it is truncated", e);
        } catch (IOException | RuntimeException e) {
            throw new InputException(file + ": record " + (record + 1) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        if (total >= 0 && record < total) {
            throw new InputException(file + ": record " + (record + 1) + ": the file ends after " + record + " of the " + total
                    + " cases its header announces; it is truncated");
        }
        progress.worked(record, total);
    }

    private static Object value(SpssDataFileReader reader, Column column, Charset legacy) {
        SpssVariable v = column.variable();
        int index = v.getIndex();
        if (!v.isNumeric()) {
            String raw = v.isVeryLongString() ? reader.getVeryLongStringValue(index) : reader.getStringValue(index);
            if (raw == null) {
                return null;
            }
            String s = text(raw, legacy).stripTrailing();
            return s.isEmpty() || v.getMissingStrings().stream().anyMatch(m -> m.stripTrailing().equals(s)) ? null : s;
        }
        if (reader.isSystemMissing(index)) {
            return null;
        }
        double d = reader.getDoubleValue(index);
        if (v.isMissing(d) || (v.isHasMissingRange() && d >= v.getMissingMin() && d <= v.getMissingMax())) {
            return null; // user-missing: the code stays in the dictionary's missing values
        }
        return switch (column.type()) {
            case INTEGER -> (long) d;
            case DATE -> SPSS_EPOCH.plusDays((long) Math.floor(d / 86400));
            default -> d;
        };
    }

    /** Print format types of PSPP's "System File Format": F = 5; date formats become dates (DATETIME keeps its day). */
    private static VariableType type(SpssVariable v) {
        if (!v.isNumeric()) {
            return VariableType.STRING;
        }
        return switch (v.getPrintFormat().getType()) {
            case 20, 22, 23, 24, 28, 29, 30, 38, 39 -> VariableType.DATE;
            case 5, 17, 3, 4 -> v.getPrintFormat().getDecimalPlaces() == 0 ? VariableType.INTEGER : VariableType.DOUBLE; // F, E, COMMA, DOLLAR
            default -> VariableType.DOUBLE;
        };
    }

    private static String text(String s, Charset legacy) {
        return legacy == null ? s : new String(s.getBytes(SPSS_READER_DEFAULT), legacy);
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String range(double low, double high) {
        return (low == -Double.MAX_VALUE ? "LOWEST" : number(low)) + " THRU " + (high == Double.MAX_VALUE ? "HIGHEST" : number(high));
    }
}
