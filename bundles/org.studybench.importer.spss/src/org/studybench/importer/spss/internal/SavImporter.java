package org.studybench.importer.spss.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.importer.spss.internal.SavDictionary.ResponseSet;
import org.studybench.importer.spss.internal.SavDictionary.SavVariable;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * SPSS system files, .sav and .zsav, as SPSS, PSPP, ReadStat (R haven, pyreadstat) and Stata/Stat
 * Transfer write them: long names, variable and value labels (numbers and strings), user-missing
 * values and ranges (kept in the dictionary; the values themselves become missing, as haven's default),
 * measure levels, multiple-response sets, long and very long strings, dates, and the text encoding
 * (record 20, else the code page). Read by StudyBench's own reader (SavDictionary, SavCases).
 */
@Component(service = Importer.class)
public class SavImporter implements Importer {

    /** SPSS dates count seconds from 14 October 1582, the first day of the Gregorian calendar. */
    private static final LocalDate SPSS_EPOCH = LocalDate.of(1582, 10, 14);

    /** The dataset store (and every tool a dataset goes to) keeps four-digit years. */
    private static final double LAST_DATE_SECONDS = (LocalDate.of(9999, 12, 31).toEpochDay() - SPSS_EPOCH.toEpochDay()) * 86400.0 + 86399;

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
        return "SPSS .sav and .zsav files (also written by PSPP, R haven, pyreadstat, Stata, Qualtrics): labels, value labels, missing codes, "
                + "measure levels and multiple-response sets.";
    }

    /** .por too, though portable files are not read: so that a user who has one is told what to do with it. */
    @Override
    public List<String> fileExtensions() {
        return List.of("sav", "zsav", "por");
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        Layout layout = layout(file, Math.max(rows, 1000));
        List<List<Object>> first = new ArrayList<>();
        if (rows > 0) {
            scan(file, layout, values -> {
                first.add(Arrays.asList(values));
                return first.size() < rows;
            }, Progress.NONE);
        }
        SavDictionary d = layout.dictionary;
        Map<String, String> detected = new LinkedHashMap<>();
        detected.put("encoding", d.encodingSource);
        detected.put("compression", switch (d.compression) {
            case NONE -> "none";
            case BYTECODE -> "bytecode";
            case ZLIB -> "zlib (.zsav)";
        });
        if (!d.product.isEmpty()) {
            detected.put("written by", d.product);
        }
        d.variables.stream().filter(v -> v.segments.get(0)[0] == d.weightUnit).findFirst()
                .ifPresent(w -> detected.put("weighted by", w.name + " (import with --weight " + w.name + " to use it)"));
        if (!layout.sets.isEmpty()) {
            detected.put("multiple-response sets", Integer.toString(layout.sets.size()));
        }
        if (!layout.skippedSets.isEmpty()) {
            detected.put("multiple-response sets left out", String.join(", ", layout.skippedSets) + " (they name variables the file does not have)");
        }
        if (layout.datesOutOfRange > 0) {
            detected.put("dates out of range", layout.datesOutOfRange + " in the first " + layout.scanned
                    + " cases are after 9999-12-31 or before 1582-10-14 and become missing (first: " + layout.firstDateOutOfRange + ")");
        }
        return new Preview(layout.dictionaryModel, layout.sets, first, d.caseCount, detected);
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        Layout layout = layout(file, Long.MAX_VALUE);
        sink.begin(layout.dictionaryModel, layout.sets);
        scan(file, layout, values -> {
            sink.row(values);
            return true;
        }, progress);
        if (layout.datesOutOfRange > 0) {
            sink.warning(file + ": " + layout.datesOutOfRange + (layout.datesOutOfRange == 1 ? " date is" : " dates are")
                    + " after 9999-12-31 or before 1582-10-14 and became missing (first: " + layout.firstDateOutOfRange + ")");
        }
    }

    @FunctionalInterface
    private interface Rows {
        /** Takes one case; false stops reading. */
        boolean accept(Object[] values) throws InputException;
    }

    /** The file's variables as StudyBench variables, with their types settled by a first pass over the cases. */
    private static final class Layout {
        SavDictionary dictionary;
        final List<SavVariable> variables = new ArrayList<>();
        final List<VariableType> types = new ArrayList<>();
        final List<Variable> dictionaryModel = new ArrayList<>();
        final List<MultipleResponseSet> sets = new ArrayList<>();
        final List<String> skippedSets = new ArrayList<>();
        long datesOutOfRange;
        /** Where the first such date is, e.g. "record 2, variable visit". */
        String firstDateOutOfRange;
        long scanned;
    }

    private static Layout layout(Path file, long scanLimit) throws InputException {
        Layout layout = new Layout();
        try (SavCases cases = open(file)) {
            SavDictionary d = cases.dictionary();
            layout.dictionary = d;
            for (SavVariable sv : d.variables) {
                layout.variables.add(sv);
                layout.types.add(type(sv));
            }
            settle(file, cases, layout, scanLimit);
        } catch (IOException e) {
            throw new InputException(file + ": " + reason(e), e);
        }
        for (int c = 0; c < layout.variables.size(); c++) {
            layout.dictionaryModel.add(variable(layout.variables.get(c), layout.types.get(c)));
        }
        for (ResponseSet rs : layout.dictionary.responseSets) {
            MultipleResponseSet set = StudyFactory.eINSTANCE.createMultipleResponseSet();
            set.setName(rs.name());
            set.setLabel(rs.label());
            set.setCountedValue(rs.countedValue());
            boolean complete = true;
            for (String name : rs.variables()) {
                SavVariable sv = layout.dictionary.byName(name);
                if (sv == null) {
                    complete = false;
                    break;
                }
                set.getVariables().add(layout.dictionaryModel.get(layout.variables.indexOf(sv)));
            }
            if (complete && !set.getVariables().isEmpty()) {
                layout.sets.add(set);
            } else {
                layout.skippedSets.add(rs.name());
            }
        }
        return layout;
    }

    /**
     * A format without decimals (F8.0) only hides decimals: such a variable is an integer only if the
     * first {@code limit} cases (all of them for an import) hold whole numbers. The same pass counts
     * dates the dataset cannot hold.
     */
    private static void settle(Path file, SavCases cases, Layout layout, long limit) throws InputException, IOException {
        List<Integer> candidates = new ArrayList<>();
        List<Integer> dates = new ArrayList<>();
        for (int c = 0; c < layout.types.size(); c++) {
            if (layout.types.get(c) == VariableType.INTEGER) {
                candidates.add(c);
            } else if (layout.types.get(c) == VariableType.DATE) {
                dates.add(c);
            }
        }
        if (candidates.isEmpty() && dates.isEmpty()) {
            return;
        }
        long record = 0;
        try {
            while (record < limit && cases.next()) {
                record++;
                for (var it = candidates.iterator(); it.hasNext();) {
                    int col = it.next();
                    SavVariable sv = layout.variables.get(col);
                    double d = cases.number(sv);
                    if (!cases.isSystemMissing(d) && !sv.isUserMissing(d) && !(d == Math.rint(d) && Math.abs(d) < 1e15)) {
                        layout.types.set(col, VariableType.DOUBLE);
                        it.remove();
                    }
                }
                for (int col : dates) {
                    SavVariable sv = layout.variables.get(col);
                    double d = cases.number(sv);
                    if (!cases.isSystemMissing(d) && !sv.isUserMissing(d) && date(d) == null && layout.datesOutOfRange++ == 0) {
                        layout.firstDateOutOfRange = "record " + record + ", variable " + sv.name;
                    }
                }
                if (candidates.isEmpty() && dates.isEmpty()) {
                    break;
                }
            }
        } catch (SavFormatException | EOFException | SavCases.CompressedDataException e) {
            throw new InputException(file + ": record " + (record + 1) + ": " + caseReason(e, record, layout.dictionary), e);
        }
        layout.scanned = record;
    }

    private static void scan(Path file, Layout layout, Rows rows, Progress progress) throws InputException {
        SavDictionary d = layout.dictionary;
        long total = d.caseCount;
        long record = 0;
        try (SavCases cases = open(file)) {
            int n = layout.variables.size();
            while (cases.next()) {
                record++;
                if (progress.isCancelled()) {
                    return;
                }
                Object[] values = new Object[n];
                for (int c = 0; c < n; c++) {
                    values[c] = value(cases, layout.variables.get(c), layout.types.get(c));
                }
                if (!rows.accept(values)) {
                    return;
                }
                if (record % 10_000 == 0) {
                    progress.worked(record, total);
                }
            }
        } catch (SavFormatException | EOFException | SavCases.CompressedDataException e) {
            throw new InputException(file + ": record " + (record + 1) + ": " + caseReason(e, record, d), e);
        } catch (IOException e) {
            throw new InputException(file + ": " + reason(e), e);
        }
        if (total >= 0 && record < total) {
            throw new InputException(file + ": record " + (record + 1) + ": the file ends after " + record + " of the " + total
                    + " cases its header announces; it is truncated");
        }
        progress.worked(record, total);
    }

    private static SavCases open(Path file) throws InputException {
        try {
            return SavCases.open(file);
        } catch (SavFormatException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new InputException(file + ": the file ends inside its dictionary; it is truncated or damaged", e);
        } catch (IOException e) {
            throw new InputException(file + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot be read (permission denied)";
        }
        return "cannot be read (" + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ")";
    }

    private static String caseReason(Exception e, long record, SavDictionary d) {
        if (e instanceof SavFormatException) {
            return e.getMessage();
        }
        if (e instanceof SavCases.CompressedDataException) {
            return "the compressed data are damaged";
        }
        return d.caseCount >= 0 ? "the file ends after " + record + " of the " + d.caseCount + " cases its header announces; it is truncated"
                : "the file ends in the middle of a case; it is truncated";
    }

    private static Object value(SavCases cases, SavVariable v, VariableType type) {
        if (!v.isNumeric()) {
            String s = cases.text(v);
            return s.isEmpty() || v.missingStrings.contains(s) ? null : s;
        }
        double d = cases.number(v);
        if (cases.isSystemMissing(d) || v.isUserMissing(d)) {
            return null; // user-missing: the code stays in the dictionary's missing values
        }
        return switch (type) {
            case INTEGER -> (long) d;
            case DATE -> date(d);
            default -> d;
        };
    }

    /** The day of an SPSS date or date-time (its time of day dropped), or null outside the years a dataset holds. */
    private static LocalDate date(double seconds) {
        if (!(seconds >= 0 && seconds <= LAST_DATE_SECONDS)) {
            return null;
        }
        return SPSS_EPOCH.plusDays((long) Math.floor(seconds / 86400));
    }

    private static Variable variable(SavVariable sv, VariableType type) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(sv.name);
        v.setLabel(sv.label);
        v.setType(type);
        boolean labelled = !sv.numberLabels.isEmpty() || !sv.stringLabels.isEmpty();
        v.setMeasureLevel(switch (sv.measure) {
            case 1 -> MeasureLevel.NOMINAL;
            case 2 -> MeasureLevel.ORDINAL;
            case 3 -> MeasureLevel.SCALE;
            default -> type == VariableType.STRING || labelled ? MeasureLevel.NOMINAL : MeasureLevel.SCALE;
        });
        sv.numberLabels.forEach((value, text) -> v.getValueLabels().add(valueLabel(number(value), text)));
        sv.stringLabels.forEach((value, text) -> v.getValueLabels().add(valueLabel(value, text)));
        if (sv.isNumeric()) {
            if (sv.missingRange) { // first, as SPSS stores and shows it: 97 THRU 99, -1
                v.getMissingValues().add(range(sv.missingLow, sv.missingHigh));
            }
            sv.missingNumbers.forEach(m -> v.getMissingValues().add(number(m)));
        } else {
            v.getMissingValues().addAll(sv.missingStrings);
        }
        return v;
    }

    private static ValueLabel valueLabel(String value, String label) {
        ValueLabel vl = StudyFactory.eINSTANCE.createValueLabel();
        vl.setValue(value);
        vl.setLabel(label);
        return vl;
    }

    /**
     * Print format types of PSPP's "System File Format": dates (DATE, DATETIME, ADATE, JDATE, MOYR, QYR,
     * WKYR, EDATE, SDATE, YMDHMS) become dates keeping their day; number formats without decimals
     * (F, COMMA, DOLLAR, Z, N, E, WKDAY, MONTH, PCT, DOT, CCA–CCE) are integers if every value is whole;
     * durations (TIME, DTIME, MTIME) stay numbers of seconds.
     */
    private static VariableType type(SavVariable v) {
        if (!v.isNumeric()) {
            return VariableType.STRING;
        }
        return switch (v.formatType) {
            case 20, 22, 23, 24, 28, 29, 30, 38, 39, 41 -> VariableType.DATE;
            case 3, 4, 5, 15, 16, 17, 26, 27, 31, 32, 33, 34, 35, 36, 37 -> v.formatDecimals == 0 ? VariableType.INTEGER : VariableType.DOUBLE;
            default -> VariableType.DOUBLE;
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** SPSS writes LOWEST as the second-lowest double (the lowest is system-missing) and HIGHEST as the highest. */
    private static String range(double low, double high) {
        return (low <= Math.nextUp(-Double.MAX_VALUE) ? "LOWEST" : number(low)) + " THRU " + (high >= Double.MAX_VALUE ? "HIGHEST" : number(high));
    }
}
