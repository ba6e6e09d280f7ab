package org.studybench.importer.xlsx.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.studybench.core.InputException;
import org.studybench.core.VariableNames;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * Where a sheet's table is (header row, width) and what each column holds, from one pass over every
 * row; preview and import both use it, so a file that previews imports with the same dictionary.
 */
final class Layout {

    /** Non-empty rows looked at to find the header row. */
    private static final int HEADER_LOOKAHEAD = 10;

    final String where;
    /** The header row (0-based), or -1 when the sheet has none. */
    final int headerRow;
    final boolean titleRowsSkipped;
    final List<Variable> dictionary;
    final long dataRows;
    /** Cells read as missing (error values, formulas without a result, numbers beyond doubles). */
    final long missing;
    final List<String> missingExamples;
    private final Kind[] kinds;
    private final boolean date1904;
    // Numbers in text columns appear as Excel shows them; Locale.ROOT so that the data do not depend on the machine's language.
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    private Layout(String where, int headerRow, boolean titleRowsSkipped, List<Variable> dictionary, Kind[] kinds, long dataRows, long missing,
            List<String> missingExamples, boolean date1904) {
        this.where = where;
        this.headerRow = headerRow;
        this.titleRowsSkipped = titleRowsSkipped;
        this.dictionary = dictionary;
        this.kinds = kinds;
        this.dataRows = dataRows;
        this.missing = missing;
        this.missingExamples = missingExamples;
        this.date1904 = date1904;
    }

    /**
     * Scans sheet {@code sheet}: {@code headerRow} is 1-based, 0 for none, or null to detect it (the
     * first non-empty row, below any one-cell title rows above a wider row).
     */
    static Layout scan(String where, Book book, int sheet, Integer headerRow) throws InputException {
        int header;
        boolean titles = false;
        if (headerRow == null) {
            List<List<Cell>> first = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            book.rows(sheet, (row, cells) -> {
                if (filled(cells) > 0) {
                    first.add(cells);
                    index.add(row);
                }
                return first.size() < HEADER_LOOKAHEAD;
            });
            if (first.isEmpty()) {
                throw new InputException(where + " is empty");
            }
            int h = 0;
            while (h < first.size() && filled(first.get(h)) == 1 && first.get(h).stream().anyMatch(c -> c.value() instanceof Cell.Text)) {
                h++;
            }
            titles = h > 0 && h < first.size() && filled(first.get(h)) > 1;
            header = index.get(titles ? h : 0);
        } else {
            header = headerRow - 1;
        }
        return new Scan(where, book, header).run(sheet, titles);
    }

    /** The pass over every row that finds the width, the header names and each column's kind. */
    private static final class Scan {
        final String where;
        final Book book;
        final int header;
        List<Cell> headerCells;
        Kind[] kinds = new Kind[16];
        int width;
        long dataRows;
        long missing;
        final List<String> examples = new ArrayList<>();
        boolean anyRow;

        Scan(String where, Book book, int header) {
            this.where = where;
            this.book = book;
            this.header = header;
        }

        Layout run(int sheet, boolean titles) throws InputException {
            book.rows(sheet, (row, cells) -> {
                int n = filled(cells);
                anyRow |= n > 0;
                if (row == header) {
                    headerCells = cells;
                    width = Math.max(width, lastFilled(cells) + 1);
                } else if (row > header && n > 0) {
                    dataRows++;
                    for (Cell cell : cells) {
                        Kind kind = kind(where, row, cell, book.date1904());
                        if (kind == null && cell.value() instanceof Cell.Missing m) {
                            if (++missing <= 3) {
                                examples.add(reference(row, cell) + " (" + m.why() + ")");
                            }
                        }
                        if (kind != null) {
                            if (cell.column() >= kinds.length) {
                                kinds = Arrays.copyOf(kinds, Math.max(kinds.length * 2, cell.column() + 1));
                            }
                            kinds[cell.column()] = Kind.merge(kinds[cell.column()], kind);
                        }
                    }
                    width = Math.max(width, lastFilled(cells) + 1);
                }
                return true;
            });
            if (!anyRow) {
                throw new InputException(where + " is empty");
            }
            if (header >= 0 && (headerCells == null || filled(headerCells) == 0)) {
                throw new InputException(where + ": row " + (header + 1) + " is empty; expected the variable names (give --header-row)");
            }
            DataFormatter names = new DataFormatter(Locale.ROOT);
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                headers.add("");
            }
            if (headerCells != null) {
                for (Cell cell : headerCells) {
                    if (cell.column() < width) {
                        headers.set(cell.column(), text(names, cell.value(), book.date1904()));
                    }
                }
            }
            List<String> unique = VariableNames.unique(headers);
            Kind[] columns = Arrays.copyOf(kinds, width);
            List<Variable> dictionary = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Variable v = StudyFactory.eINSTANCE.createVariable();
                v.setName(unique.get(c));
                VariableType type = columns[c] == null ? VariableType.STRING : columns[c].type;
                v.setType(type);
                v.setMeasureLevel(type == VariableType.INTEGER || type == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
                dictionary.add(v);
            }
            return new Layout(where, header, titles, dictionary, columns, dataRows, missing, List.copyOf(examples), book.date1904());
        }
    }

    /** The cells read as missing, e.g. "2 cells: C5 (#DIV/0!), D9 (#N/A)", or null when there are none. */
    String missingCells() {
        if (missing == 0) {
            return null;
        }
        return missing + (missing == 1 ? " cell: " : " cells: ") + String.join(", ", missingExamples) + (missing > missingExamples.size() ? ", ..." : "");
    }

    /** Whether row {@code row} is a data row of this table. */
    boolean isData(int row, List<Cell> cells) {
        return row > headerRow && filled(cells) > 0;
    }

    /** The row's values typed as the dictionary says; cells already passed {@link #kind} in the scan. */
    Object[] values(int row, List<Cell> cells) throws InputException {
        Object[] values = new Object[kinds.length];
        for (Cell cell : cells) {
            int c = cell.column();
            if (c >= kinds.length || kind(where, row, cell, date1904) == null) {
                continue;
            }
            Cell.Value value = cell.value();
            values[c] = switch (kinds[c]) {
                case INTEGER -> (long) ((Cell.Number) value).value();
                case DOUBLE -> ((Cell.Number) value).value();
                case DATE -> value instanceof Cell.IsoDate d ? d.value().toLocalDate()
                        : DateUtil.getLocalDateTime(((Cell.Number) value).value(), date1904).toLocalDate();
                case BOOLEAN -> ((Cell.Bool) value).value();
                case TEXT -> text(formatter, value, date1904);
            };
        }
        return values;
    }

    private static String text(DataFormatter formatter, Cell.Value value, boolean date1904) {
        return switch (value) {
            case Cell.Text t -> t.text();
            case Cell.Number n -> formatter.formatRawCellContents(n.value(), n.formatIndex(), n.format() == null ? "General" : n.format(), date1904);
            case Cell.Bool b -> b.value() ? "TRUE" : "FALSE";
            case Cell.IsoDate d -> d.value().getHour() == 0 && d.value().getMinute() == 0 && d.value().getSecond() == 0
                    ? d.value().toLocalDate().toString() : d.value().toString();
            case Cell.Missing m -> "";
        };
    }

    /** Whether a cell holds a value: a row of blank text and error values (formulas filled down past the data) is empty. */
    private static boolean holdsValue(Cell cell) {
        return cell.value() instanceof Cell.Text t ? !t.text().isBlank() : !(cell.value() instanceof Cell.Missing);
    }

    private static int filled(List<Cell> cells) {
        int n = 0;
        for (Cell cell : cells) {
            if (holdsValue(cell)) {
                n++;
            }
        }
        return n;
    }

    private static int lastFilled(List<Cell> cells) {
        int last = -1;
        for (Cell cell : cells) {
            if (holdsValue(cell)) {
                last = Math.max(last, cell.column());
            }
        }
        return last;
    }

    private static String reference(int row, Cell cell) {
        return CellReference.convertNumToColString(cell.column()) + (row + 1);
    }

    /** What a cell holds, or null when it holds nothing usable (blank text, missing). */
    private static Kind kind(String where, int row, Cell cell, boolean date1904) throws InputException {
        return switch (cell.value()) {
            case Cell.Text t -> t.text().isBlank() ? null : Kind.TEXT;
            case Cell.Bool b -> Kind.BOOLEAN;
            case Cell.IsoDate d -> Kind.DATE;
            case Cell.Missing m -> null;
            case Cell.Number n -> {
                if (n.date()) {
                    // Excel's dates end at 9999-12-31 (serial 2958465 counted from 1900); beyond, it shows ##### and we refuse.
                    java.time.LocalDateTime date = DateUtil.isValidExcelDate(n.value()) && n.value() < 3_000_000
                            ? DateUtil.getLocalDateTime(n.value(), date1904) : null;
                    if (date == null || date.getYear() > 9999) {
                        throw new InputException(where + " cell " + reference(row, cell) + ": " + n.value()
                                + " is formatted as a date but is no date Excel knows (1900 to 9999); format the cell as a number or correct it");
                    }
                    yield Kind.DATE;
                }
                double v = n.value();
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? Kind.INTEGER : Kind.DOUBLE;
            }
        };
    }

    /** What a column holds; merging two kinds gives the narrowest kind that holds both. */
    enum Kind {
        INTEGER(VariableType.INTEGER), DOUBLE(VariableType.DOUBLE), DATE(VariableType.DATE), BOOLEAN(VariableType.BOOLEAN), TEXT(VariableType.STRING);

        final VariableType type;

        Kind(VariableType type) {
            this.type = type;
        }

        static Kind merge(Kind a, Kind b) {
            if (a == null || a == b) {
                return b == null ? a : b;
            }
            if (b == null) {
                return a;
            }
            if ((a == INTEGER && b == DOUBLE) || (a == DOUBLE && b == INTEGER)) {
                return DOUBLE;
            }
            return TEXT;
        }
    }
}
