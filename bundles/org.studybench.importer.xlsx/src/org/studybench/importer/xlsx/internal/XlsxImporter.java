package org.studybench.importer.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.ss.util.CellReference;
import org.osgi.service.component.annotations.Component;
import org.studybench.core.Arguments;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.core.Progress;
import org.studybench.core.VariableNames;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/**
 * Excel workbooks (.xlsx, .xlsm and legacy .xls) with Apache POI: one sheet (the first unless
 * named), one header row (row 1 unless given; 0 for none), then one respondent per row. Cell types
 * decide variable types: numbers (whole → integer), dates (date-formatted numbers), booleans, text;
 * a column mixing text with other values is text, numbers shown as Excel shows them. Formula cells
 * count with their cached result. Error cells (#DIV/0!, #N/A, ...) are input errors naming the cell.
 */
@Component(service = Importer.class)
public class XlsxImporter implements Importer {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String label() {
        return "Excel workbook";
    }

    @Override
    public String description() {
        return "One sheet of an .xlsx/.xls workbook with a header row; cell types become variable types, dates stay dates.";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx", "xlsm", "xls");
    }

    @Override
    public List<ParameterSpec> options() {
        return List.of(ParameterSpec.optional("sheet", ParameterType.TEXT, "", "sheet name or number (default: the first sheet)"),
                ParameterSpec.optional("header-row", ParameterType.INTEGER, "1", "row of the variable names (1 = first; 0 = no header row)"));
    }

    @Override
    public Preview preview(Path file, Arguments options, int rows) throws InputException {
        try (Workbook workbook = open(file)) {
            Layout layout = layout(file, workbook, options);
            List<List<Object>> first = new ArrayList<>();
            for (int r = layout.firstDataRow(); r <= layout.sheet().getLastRowNum() && first.size() < rows; r++) {
                Row row = layout.sheet().getRow(r);
                if (!isEmpty(row)) {
                    first.add(java.util.Arrays.asList(layout.values(file, row)));
                }
            }
            Map<String, String> detected = new LinkedHashMap<>();
            detected.put("sheet", layout.sheet().getSheetName());
            detected.put("sheets", String.join(", ", sheetNames(workbook)));
            detected.put("header row", Integer.toString(layout.hasHeader() ? layout.firstDataRow() : 0));
            return new Preview(layout.dictionary(), List.of(), first, layout.dataRows(), detected);
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void read(Path file, Arguments options, RowSink sink, Progress progress) throws InputException {
        try (Workbook workbook = open(file)) {
            Layout layout = layout(file, workbook, options);
            sink.begin(layout.dictionary(), List.of());
            long total = layout.dataRows();
            long done = 0;
            for (int r = layout.firstDataRow(); r <= layout.sheet().getLastRowNum(); r++) {
                if (progress.isCancelled()) {
                    return;
                }
                Row row = layout.sheet().getRow(r);
                if (isEmpty(row)) {
                    continue;
                }
                sink.row(layout.values(file, row));
                if (++done % 10_000 == 0) {
                    progress.worked(done, total);
                }
            }
            progress.worked(done, total);
        } catch (IOException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }

    private static Workbook open(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file + ": no such file");
        }
        // POI finds its OOXML schema classes through the context class loader; in OSGi that must be
        // poi-ooxml's own. WorkbookFactory's ServiceLoader lookup fails in OSGi, so open by file magic.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XSSFWorkbook.class.getClassLoader());
        try {
            FileMagic magic;
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
            return switch (magic) {
                case OOXML -> new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
                case OLE2 -> new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true).getRoot(), true);
                default -> throw new InputException(file + ": not an Excel workbook (.xlsx or .xls)");
            };
        } catch (EmptyFileException e) {
            throw new InputException(file + ": the file is empty", e);
        } catch (NotOfficeXmlFileException | NotOLE2FileException e) {
            throw new InputException(file + ": not an Excel workbook (.xlsx or .xls)", e);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InputException(file + ": not a readable Excel workbook: " + message, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Layout layout(Path file, Workbook workbook, Arguments options) throws InputException {
        String sheetName = options.has("sheet") ? options.text("sheet") : "";
        Sheet sheet;
        if (sheetName.isEmpty()) {
            sheet = workbook.getSheetAt(0);
        } else if (sheetName.matches("\\d+")) {
            int index = Integer.parseInt(sheetName);
            if (index < 1 || index > workbook.getNumberOfSheets()) {
                throw new InputException(file + ": there is no sheet " + index + "; the workbook has " + workbook.getNumberOfSheets());
            }
            sheet = workbook.getSheetAt(index - 1);
        } else {
            sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new InputException(file + ": no sheet named '" + sheetName + "'; sheets are " + String.join(", ", sheetNames(workbook)));
            }
        }
        int headerRow = (int) options.integer("header-row");
        if (headerRow < 0) {
            throw new InputException("--header-row must be 0 or more, got " + headerRow);
        }
        String where = file + ": sheet '" + sheet.getSheetName() + "'";
        if (sheet.getPhysicalNumberOfRows() == 0) {
            throw new InputException(where + " is empty");
        }
        int width = 0;
        for (Row row : sheet) {
            width = Math.max(width, row.getLastCellNum());
        }
        List<String> headers = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        if (headerRow > 0) {
            Row header = sheet.getRow(headerRow - 1);
            if (isEmpty(header)) {
                throw new InputException(where + ": row " + headerRow + " is empty; expected the variable names (give --header-row)");
            }
            for (int c = 0; c < width; c++) {
                Cell cell = header.getCell(c);
                headers.add(cell == null ? "" : formatter.formatCellValue(cell));
            }
        } else {
            for (int c = 0; c < width; c++) {
                headers.add("");
            }
        }
        int first = headerRow; // 0-based index of the first data row
        CellKind[] kinds = new CellKind[width];
        long dataRows = 0;
        for (int r = first; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (isEmpty(row)) {
                continue;
            }
            dataRows++;
            for (int c = 0; c < width; c++) {
                CellKind kind = kind(where, row.getCell(c));
                kinds[c] = CellKind.merge(kinds[c], kind);
            }
        }
        List<String> names = VariableNames.unique(headers);
        List<Variable> dictionary = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Variable v = StudyFactory.eINSTANCE.createVariable();
            v.setName(names.get(c));
            VariableType type = kinds[c] == null ? VariableType.STRING : kinds[c].type;
            v.setType(type);
            v.setMeasureLevel(type == VariableType.INTEGER || type == VariableType.DOUBLE ? MeasureLevel.SCALE : MeasureLevel.NOMINAL);
            dictionary.add(v);
        }
        return new Layout(sheet, first, headerRow > 0, dictionary, kinds, dataRows, formatter);
    }

    private static boolean isEmpty(Row row) {
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    /** What a column holds; merging two kinds gives the narrowest kind that holds both. */
    private enum CellKind {
        INTEGER(VariableType.INTEGER), DOUBLE(VariableType.DOUBLE), DATE(VariableType.DATE), BOOLEAN(VariableType.BOOLEAN), TEXT(VariableType.STRING);

        final VariableType type;

        CellKind(VariableType type) {
            this.type = type;
        }

        static CellKind merge(CellKind a, CellKind b) {
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

    private static CellType resultType(Cell cell) {
        return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    }

    private static CellKind kind(String where, Cell cell) throws InputException {
        if (cell == null) {
            return null;
        }
        return switch (resultType(cell)) {
            case BLANK -> null;
            case STRING -> cell.getStringCellValue().isBlank() ? null : CellKind.TEXT;
            case BOOLEAN -> CellKind.BOOLEAN;
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    yield CellKind.DATE;
                }
                double v = cell.getNumericCellValue();
                yield v == Math.rint(v) && Math.abs(v) < 1e15 ? CellKind.INTEGER : CellKind.DOUBLE;
            }
            case ERROR -> throw new InputException(where + " cell " + new CellReference(cell).formatAsString(false) + ": the error value "
                    + org.apache.poi.ss.usermodel.FormulaError.forInt(cell.getErrorCellValue()).getString() + "; expected a value or an empty cell");
            default -> CellKind.TEXT;
        };
    }

    private record Layout(Sheet sheet, int firstDataRow, boolean hasHeader, List<Variable> dictionary, CellKind[] kinds, long dataRows,
            DataFormatter formatter) {

        Object[] values(Path file, Row row) throws InputException {
            Object[] values = new Object[kinds.length];
            String where = file + ": sheet '" + sheet.getSheetName() + "'";
            for (int c = 0; c < kinds.length; c++) {
                Cell cell = row.getCell(c);
                if (kind(where, cell) == null) {
                    continue;
                }
                values[c] = switch (kinds[c]) {
                    case INTEGER -> (long) cell.getNumericCellValue();
                    case DOUBLE -> cell.getNumericCellValue();
                    case DATE -> cell.getLocalDateTimeCellValue().toLocalDate();
                    case BOOLEAN -> cell.getBooleanCellValue();
                    case TEXT -> resultType(cell) == CellType.STRING ? cell.getStringCellValue() : formatter.formatCellValue(cell);
                };
            }
            return values;
        }
    }
}
