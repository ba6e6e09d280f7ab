package org.studybench.data.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.studybench.core.DelimitedText;
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Progress;
import org.studybench.core.VariableNames;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

/**
 * Receives an import's rows and, on {@link #commit}, writes them as one Parquet file atomically
 * (temporary file in the target folder, then rename). Until then nothing exists at the target, so a
 * failed or cancelled import leaves the data folder as it was.
 *
 * <p>Rows stream to a typed spool file (CSV: text always quoted, missing values empty) in the
 * temporary folder; at commit DuckDB reads it with the declared column types and writes Parquet in
 * one parallel pass. Memory therefore stays flat however large the file (DuckDB's appender into an
 * in-memory table held every row and was 2–3× slower). Empty text is stored as missing, as every
 * importer treats empty cells.
 *
 * <p>Delimited text that the importer has checked and described ({@link DelimitedText}) skips the
 * spool: at commit DuckDB reads the file itself and converts each column in SQL as the description
 * says, again in one parallel pass, and the rows it read are counted against the importer's count.
 */
public final class ParquetSink implements Importer.RowSink, AutoCloseable {

    /** What was written: rows and the SHA-256 of the file, recorded in the study to detect changed data. */
    public record Written(long rows, String sha256) {
    }

    /** The setting for the most columns an import may have (environment; the system property {@value #MAX_COLUMNS_PROPERTY} wins). */
    public static final String MAX_COLUMNS_ENV = "STUDYBENCH_MAX_COLUMNS";
    static final String MAX_COLUMNS_PROPERTY = "studybench.import.maxColumns";
    /** Twice Excel's 16,384 columns; wider files are far more often broken (a header without line breaks) than real. */
    static final int DEFAULT_MAX_COLUMNS = 32_768;

    private List<Variable> dictionary;
    private List<MultipleResponseSet> sets = List.of();
    private Path spool;
    private CsvWriter writer;
    private String[] record;
    private long rows;
    /** The file that DuckDB reads instead of the spool, when the importer handed it over. */
    private DelimitedText text;
    /** A Parquet file stored as it is, instead of the spool. */
    private Path adopted;
    private final List<String> warnings = new ArrayList<>();

    /** The variables the rows are read for (null: all). */
    private final Set<String> variablesUsed;

    /** A sink for one import; the data engine starts loading now, while the importer reads the file (see {@link DuckDb#startLoading()}). */
    public ParquetSink() {
        this(null);
    }

    /**
     * A sink for rows that will be used only for {@code variablesUsed} (null: all): an importer may leave
     * the other variables untyped ({@link Importer.RowSink#variablesUsed()}).
     */
    public ParquetSink(Set<String> variablesUsed) {
        this.variablesUsed = variablesUsed == null ? null : Set.copyOf(variablesUsed);
        DuckDb.startLoading();
    }

    @Override
    public Set<String> variablesUsed() {
        return variablesUsed;
    }

    /**
     * Names that differ only in case are one column to DuckDB, so they are made unique here for every
     * importer (plug-ins too), the renamed variables noting their original name in their label.
     */
    @Override
    public void begin(List<Variable> variables, List<MultipleResponseSet> multipleResponseSets) throws InputException {
        int limit = maxColumns();
        if (variables.size() > limit) {
            throw new InputException("the data has " + variables.size() + " columns; StudyBench imports at most " + limit + " (raise the limit with "
                    + MAX_COLUMNS_ENV + "=" + variables.size() + ")");
        }
        VariableNames.makeUnique(variables);
        this.dictionary = List.copyOf(variables);
        this.sets = List.copyOf(multipleResponseSets);
        try {
            spool = Files.createTempFile(Scratch.folder(), "import-", ".csv");
            writer = CsvWriter.builder().quoteStrategy(QuoteStrategies.NON_EMPTY).lineDelimiter(LineDelimiter.LF).build(spool, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("the data store could not create its temporary file in " + Scratch.base() + " (" + e.getMessage()
                    + "); name another folder with " + Scratch.TEMP_ENV, e);
        }
        record = new String[variables.size()];
    }

    /**
     * Text in UTF-8 (or ASCII) or Latin-1, the encodings DuckDB's read_csv reads; line breaks must not be
     * delimiters or quotes; and a path without the characters that make read_csv's argument a glob pattern.
     */
    @Override
    public boolean acceptsDelimitedText(DelimitedText text) {
        String charset = text.charset().name();
        boolean readable = charset.equals("UTF-8") || charset.equals("US-ASCII") || charset.equals("ISO-8859-1");
        boolean plainPath = !text.file().toAbsolutePath().toString().matches(".*[*?\\[\\]{}].*");
        boolean separators = !"\r\n".contains(String.valueOf(text.delimiter())) && !"\r\n".contains(String.valueOf(text.quote()))
                && !"\r\n".contains(String.valueOf(text.escape()));
        return readable && plainPath && separators && (!charset.equals("ISO-8859-1") || withoutC1Controls(text.file()));
    }

    /** DuckDB's latin-1 refuses the bytes 0x80 to 0x9F (C1 controls, in files mostly windows-1252's € and quotes). */
    private static boolean withoutC1Controls(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                for (int i = 0; i < n; i++) {
                    if ((buffer[i] & 0xE0) == 0x80) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false; // the importer's rows then say what is wrong
        }
    }

    @Override
    public void delimitedText(DelimitedText text) throws InputException {
        if (writer == null || rows > 0 || this.text != null) {
            throw new IllegalStateException("delimited text comes once, after begin() and instead of rows");
        }
        if (text.columns().size() != dictionary.size()) {
            throw new IllegalArgumentException(text.file() + ": " + text.columns().size() + " columns for " + dictionary.size() + " variables");
        }
        for (int i = 0; i < dictionary.size(); i++) {
            if (sqlType(dictionary.get(i).getType()) != sqlType(text.columns().get(i).conversion())) {
                throw new IllegalArgumentException(text.file() + ": column " + (i + 1) + " is " + text.columns().get(i).conversion() + " but variable '"
                        + dictionary.get(i).getName() + "' is " + dictionary.get(i).getType());
            }
        }
        this.text = text;
        closeSpoolWriter();
    }

    /** No rows come: the spool stays empty and goes in close(). */
    private void closeSpoolWriter() {
        try {
            writer.close();
        } catch (IOException e) {
            // the spool is removed in close() either way
        }
        writer = null;
    }

    /**
     * The rows are those of {@code parquet}, which is stored as it is (copied, not rewritten): for an
     * importer that has checked that the file has exactly the columns of the dictionary given to
     * {@link #begin}, as BIGINT, DOUBLE, BOOLEAN, VARCHAR and DATE, without empty text or non-finite
     * numbers (what rows written here would have). Called once, after begin and instead of rows.
     *
     * @since 0.2
     */
    public void adopt(Path parquet) {
        if (writer == null || rows > 0 || text != null || adopted != null) {
            throw new IllegalStateException("a Parquet file comes once, after begin() and instead of rows");
        }
        adopted = parquet;
        closeSpoolWriter();
    }

    @Override
    public void row(Object[] values) throws InputException {
        if (text != null || adopted != null) {
            throw new IllegalStateException("rows after delimited text");
        }
        if (values.length != record.length) {
            throw new InputException("row " + (rows + 1) + " has " + values.length + " values for " + record.length + " variables");
        }
        for (int i = 0; i < values.length; i++) {
            record[i] = switch (values[i]) {
                case null -> "";
                case Double d -> Double.isFinite(d) ? d.toString() : "";
                case LocalDate date -> date(date, i);
                default -> values[i].toString(); // Long, Boolean and text as DuckDB reads them back
            };
        }
        try {
            writer.writeRecord(record);
        } catch (java.io.UncheckedIOException e) {
            throw new InputException("row " + (rows + 1) + " could not be stored in the temporary folder " + Scratch.base() + " (" + e.getCause().getMessage()
                    + "); is the disk full? Name another folder with " + Scratch.TEMP_ENV, e);
        }
        rows++;
    }

    /** The setting, or the default when it is not set; a setting that is not a positive whole number is refused (as a memory limit that is not a size). */
    static int maxColumns() throws InputException {
        String given = Settings.get(MAX_COLUMNS_PROPERTY, MAX_COLUMNS_ENV);
        if (given == null) {
            return DEFAULT_MAX_COLUMNS;
        }
        try {
            int limit = Integer.parseInt(given.strip());
            if (limit > 0) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InputException(MAX_COLUMNS_ENV + "=" + given + " is not a number of columns; write a whole number above 0, e.g. " + MAX_COLUMNS_ENV + "=50000");
    }

    /**
     * A date as ISO text. Years outside 1–9999 have no such form (Java writes "+123456-01-01", which
     * DuckDB refuses at commit, long after a good preview), so they are an input error naming the row.
     */
    private String date(LocalDate date, int column) throws InputException {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InputException("row " + (rows + 1) + ", variable '" + dictionary.get(column).getName() + "': the date " + date
                    + " is outside the years 1 to 9999 that StudyBench stores");
        }
        return date.toString();
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }

    /** The importer's warnings (rows skipped at the user's request, ...), in order. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public List<Variable> dictionary() {
        return dictionary;
    }

    public List<MultipleResponseSet> sets() {
        return sets;
    }

    /**
     * The query that reads the importer's delimited text file where it lies, with the columns converted
     * and named as {@link #commit} would store them; null when the importer handed over rows or a
     * Parquet file instead. For one-off commands on a data file, which need no stored copy.
     *
     * @since 0.2
     */
    public String delimitedTextQuery() {
        return text == null ? null : fromText(text);
    }

    /** Writes the rows to {@code target} (Parquet, zstd) atomically and returns the row count and file hash. */
    public Written commit(Path target) throws IOException, InputException {
        return commit(target, Progress.NONE);
    }

    /**
     * {@link #commit(Path)} reporting the engine's pass to {@code progress}; cancelling it stops the pass
     * and writes nothing (an {@link InputException} saying so).
     *
     * @since 0.2
     */
    public Written commit(Path target, Progress progress) throws IOException, InputException {
        if (writer == null && text == null && adopted == null) {
            throw new InputException(target + ": nothing to write; the import delivered no variables");
        }
        if (writer != null) {
            writer.close();
            writer = null; // closed once: a second close flushes into the closed file, fails, and used to skip removing the spool
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // a killed import's temporary file: the engine does not lock it, so only one an hour old counts as left over
        org.studybench.model.io.AtomicFiles.deleteLeftovers(target, java.time.Duration.ofHours(1));
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
        String select = text != null ? fromText(text) : adopted != null ? null : fromSpool();
        try {
            Files.createFile(target); // claims the name at once: two imports of one name at the same time never replace each other's file
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new InputException(target + ": exists already; remove it or choose another --name", e);
        }
        boolean written = false;
        try (Connection connection = DuckDb.inMemory(); Statement s = connection.createStatement()) {
            // Row groups stream from the spool to the file; cap DuckDB's buffers so memory stays flat
            // (unless the product's setting says otherwise). The engine reserves about 64 KB per column
            // and buffer (8,000 columns needed ~700 MB), so wide data get room by their width.
            if (DuckDb.memoryLimit().isEmpty()) {
                s.execute("SET memory_limit = '" + Math.max(512, dictionary.size() / 8) + "MB'");
            }
            s.execute("SET preserve_insertion_order = true");
            if (adopted != null) {
                Files.copy(adopted, temp, StandardCopyOption.REPLACE_EXISTING);
                rows = countRows(s, temp);
            } else {
                if (!DuckDb.executeWithProgress(connection, "COPY (" + select + ") TO " + DuckDb.literal(temp) + " (FORMAT PARQUET, COMPRESSION ZSTD)",
                        progress)) {
                    throw new InputException((text != null ? text.file() : target) + ": import cancelled; nothing was changed");
                }
            }
            if (text != null) {
                rows = countRows(s, temp);
                if (rows != text.rows()) { // never seen; a guard against a file that two readers would read differently
                    throw new InputException(text.file() + ": read as " + rows + " rows by the data store but as " + text.rows()
                            + " by the importer; nothing was imported");
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written = true;
        } catch (SQLException e) {
            throw new InputException(target + ": the data could not be written: " + DuckDb.message(e), e);
        } finally {
            Files.deleteIfExists(temp);
            if (!written) {
                Files.deleteIfExists(target); // the claim goes with the failed import
            }
        }
        return new Written(rows, sha256(target));
    }

    private String fromSpool() {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < dictionary.size(); i++) {
            Variable v = dictionary.get(i);
            columns.append(i == 0 ? "" : ", ").append(DuckDb.stringLiteral(v.getName())).append(": '").append(sqlType(v.getType())).append('\'');
        }
        return "SELECT * FROM read_csv(" + DuckDb.literal(spool) + ", header = false, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
                + "new_line = '\\n', nullstr = '', columns = {" + columns + "})";
    }

    private static String sqlType(VariableType type) {
        return switch (type) {
            case INTEGER -> "BIGINT";
            case DOUBLE -> "DOUBLE";
            case BOOLEAN -> "BOOLEAN";
            case DATE -> "DATE";
            default -> "VARCHAR";
        };
    }

    private static String sqlType(DelimitedText.Conversion conversion) {
        return switch (conversion) {
            case WHOLE_NUMBER -> "BIGINT";
            case NUMBER, NUMBER_DECIMAL_COMMA -> "DOUBLE";
            case TRUE_FALSE -> "BOOLEAN";
            case TEXT -> "VARCHAR";
        };
    }

    /** The characters String.trim() removes: U+0000 to U+0020. */
    private static final String TRIMMED;
    static {
        StringBuilder chars = new StringBuilder();
        for (int c = 0; c <= 0x20; c++) {
            chars.append(c == 0 ? "" : " || ").append("chr(").append(c).append(')');
        }
        TRIMMED = chars.toString();
    }

    /**
     * The importer's file read by DuckDB, each column converted as its {@link DelimitedText.Column} says.
     * Plain whole numbers, numbers and booleans are parsed by read_csv itself as BIGINT, DOUBLE and
     * BOOLEAN (the fast way); other columns are read as text (c0, c1, ...), trimmed as String.trim()
     * trims (t0, ...), converted (v0, ...), and in numeric columns infinite or NaN made missing. DuckDB's
     * double parser rounds as Double.parseDouble does (checked on 550,000 values, also in read_csv), and
     * the row path stores each double as Double.toString, which DuckDB reads back to the same bits, so
     * both paths store the same values.
     */
    private String fromText(DelimitedText text) {
        StringBuilder columns = new StringBuilder();
        StringBuilder trimmed = new StringBuilder();
        StringBuilder converted = new StringBuilder();
        StringBuilder named = new StringBuilder();
        // The importer reads any line break inside a quoted value as LF.
        String lf = switch (text.lineBreak()) {
            case LF -> "";
            case CRLF -> "chr(13) || chr(10)";
            case CR -> "chr(13)";
        };
        for (int i = 0; i < dictionary.size(); i++) {
            String sep = i == 0 ? "" : ", ";
            String c = "c" + i;
            String t = "t" + i;
            String v = "v" + i;
            DelimitedText.Column column = text.columns().get(i);
            DelimitedText.Conversion conversion = column.conversion();
            boolean parsed = column.plain() && conversion != DelimitedText.Conversion.TEXT && conversion != DelimitedText.Conversion.NUMBER_DECIMAL_COMMA;
            columns.append(sep).append('\'').append(c).append("': '").append(parsed ? sqlType(conversion) : "VARCHAR").append('\'');
            trimmed.append(sep).append(c);
            if (!parsed) {
                trimmed.append(", ").append(column.plain() ? "NULLIF(" + c + ", '')" : "NULLIF(trim(" + c + ", " + TRIMMED + "), '')").append(" AS ").append(t);
            }
            converted.append(sep).append(parsed ? c : switch (conversion) {
                case TEXT -> "CASE WHEN " + t + " IS NULL THEN NULL ELSE " + (lf.isEmpty() ? c : "replace(" + c + ", " + lf + ", chr(10))") + " END";
                case WHOLE_NUMBER -> "CAST(" + t + " AS BIGINT)";
                case NUMBER -> "TRY_CAST(" + t + " AS DOUBLE)"; // the words for infinity and NaN: null or not finite
                case NUMBER_DECIMAL_COMMA -> "TRY_CAST(CASE WHEN NOT contains(" + t + ", ',') THEN " + t + " WHEN regexp_full_match(" + t
                        + ", '-?[0-9]+,[0-9]+') THEN replace(" + t + ", ',', '.') END AS DOUBLE)";
                case TRUE_FALSE -> "lower(" + t + ") = 'true'";
            }).append(" AS ").append(v);
            boolean mayBeNonFinite = !column.plain() && (conversion == DelimitedText.Conversion.NUMBER || conversion == DelimitedText.Conversion.NUMBER_DECIMAL_COMMA);
            named.append(sep).append(mayBeNonFinite ? "CASE WHEN isfinite(" + v + ") THEN " + v + " END" : v).append(" AS ")
                    .append(DuckDb.identifier(dictionary.get(i).getName()));
        }
        String encoding = text.charset().name().equals("ISO-8859-1") ? "latin-1" : "utf-8";
        String newLine = switch (text.lineBreak()) {
            case LF -> ", new_line = '\\n'";
            case CR -> ", new_line = '\\r'";
            case CRLF -> ""; // DuckDB 1.5 reads no rows at all with new_line = '\r\n', but detects CR LF itself
        };
        String read = "read_csv(" + DuckDb.literal(text.file()) + ", header = false, auto_detect = false, skip = " + text.skipRecords() + ", delim = "
                + DuckDb.stringLiteral(String.valueOf(text.delimiter())) + ", quote = " + DuckDb.stringLiteral(String.valueOf(text.quote())) + ", escape = "
                + DuckDb.stringLiteral(String.valueOf(text.escape())) + newLine + ", encoding = '" + encoding
                + "', strict_mode = true, null_padding = false, columns = {" + columns + "})";
        return "SELECT " + named + " FROM (SELECT " + converted + " FROM (SELECT " + trimmed + " FROM " + read + "))";
    }

    private static long countRows(Statement s, Path parquet) throws SQLException {
        try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM read_parquet(" + DuckDb.literal(parquet) + ")")) {
            r.next();
            return r.getLong(1);
        }
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public void close() {
        try {
            if (writer != null) {
                writer.close();
            }
        } catch (IOException e) {
            // the spool is removed below either way
        }
        try {
            if (spool != null) {
                Files.deleteIfExists(spool);
            }
        } catch (IOException e) {
            // in this process's scratch folder, which goes when the process ends
        }
    }
}
