package org.studybench.importer.xlsx.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.studybench.core.InputException;

/**
 * A legacy .xls workbook (BIFF8, Excel 97-2003) through POI's HSSF user model; the format holds at
 * most 65,536 rows, so the whole workbook in memory is bounded.
 */
final class BiffBook implements Book {

    private final Path file;
    private final HSSFWorkbook workbook;
    private final List<String> names = new ArrayList<>();

    private BiffBook(Path file, HSSFWorkbook workbook) {
        this.file = file;
        this.workbook = workbook;
        workbook.forEach(s -> names.add(s.getSheetName()));
    }

    static BiffBook open(Path file) throws InputException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            if (fs.getRoot().hasEntry("EncryptedPackage")) { // an .xlsx encrypted with a password is an OLE2 container
                throw new InputException(file + ": the workbook is protected with a password; save a copy without the password and import that");
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("WORKBOOK") && !fs.getRoot().hasEntry("Book")) {
                throw new InputException(file + ": not an Excel workbook but another Office document (Word, PowerPoint, ...)");
            }
            return new BiffBook(file, new HSSFWorkbook(fs.getRoot(), true));
        } catch (OldExcelFormatException e) {
            close(fs);
            throw new InputException(file + ": a workbook from Excel 5.0/95, which StudyBench cannot read; save it as .xlsx", e);
        } catch (InputException e) {
            close(fs);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(fs);
            throw Books.unreadable(file, "", e);
        }
    }

    private static void close(POIFSFileSystem fs) {
        try {
            if (fs != null) {
                fs.close();
            }
        } catch (IOException e) {
            // only read from; nothing to lose
        }
    }

    @Override
    public List<String> sheetNames() {
        return names;
    }

    @Override
    public boolean date1904() {
        return workbook.getInternalWorkbook().isUsing1904DateWindowing();
    }

    @Override
    public void rows(int sheet, RowVisitor visitor) throws InputException {
        try {
            for (Row row : workbook.getSheetAt(sheet)) {
                List<Cell> cells = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell cell : row) {
                    Cell.Value value = value(cell);
                    if (value != null) {
                        cells.add(new Cell(cell.getColumnIndex(), value));
                    }
                }
                if (!visitor.row(row.getRowNum(), cells)) {
                    return;
                }
            }
        } catch (RuntimeException e) { // POI's view of a damaged file (a cell style that is not there, ...)
            throw Books.unreadable(file, file + ": sheet '" + names.get(sheet) + "'", e);
        }
    }

    private static Cell.Value value(org.apache.poi.ss.usermodel.Cell cell) {
        boolean formula = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA;
        return switch (formula ? cell.getCachedFormulaResultType() : cell.getCellType()) {
            case STRING -> new Cell.Text(cell.getStringCellValue());
            case BOOLEAN -> new Cell.Bool(cell.getBooleanCellValue());
            case ERROR -> new Cell.Missing(FormulaError.forInt(cell.getErrorCellValue()).getString());
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                CellStyle style = cell.getCellStyle();
                yield Double.isFinite(v) ? new Cell.Number(v, style.getDataFormat(), style.getDataFormatString(),
                        Cell.isDateFormat(style.getDataFormat(), style.getDataFormatString())) : new Cell.Missing(v + ", not a number");
            }
            default -> null;
        };
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            // only read from; nothing to lose
        }
    }
}
