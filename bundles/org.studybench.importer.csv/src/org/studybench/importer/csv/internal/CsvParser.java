package org.studybench.importer.csv.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 4180 reader that says where a file is broken instead of guessing: an opening quote never
 * closed, text after a closing quote, a byte that is not valid in the encoding. Each is reported with
 * its physical line and column (in characters, 1-based). FastCSV, used before, read an unclosed quote
 * as one field running to the end of the file, so the rest of the file vanished without a word.
 *
 * <p>Strict mode throws {@link Malformed}. Lenient mode returns the record with {@link Record#problem()}
 * set (invalid bytes become U+FFFD, text after a quote is kept) and lets the caller skip it; an
 * unclosed quote still throws, since the record's end is unknown: the caller restarts after its first
 * line with {@link #skipLines}. A quote inside an unquoted field is an ordinary character, as Excel
 * reads it. Lines end with LF, CRLF or CR.
 */
final class CsvParser implements Closeable {

    /** A quoted value longer than this is taken for an unclosed quote rather than held in memory. */
    static final int MAX_QUOTED = 16 * 1024 * 1024;
    /** As Excel: a line with more fields is taken for a wrong delimiter rather than held in memory. */
    static final int MAX_FIELDS = 16_384;

    /** A record: its first physical line, fields, the column where each field starts, and its problem in lenient mode (else null). */
    record Record(long line, List<String> fields, int[] columns, int endColumn, String problem) {
    }

    /** A place in the file where it cannot be read as CSV. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final long line;
        final int column;
        final boolean unclosedQuote;

        Malformed(long line, int column, String message, boolean unclosedQuote) {
            super("line " + line + ", column " + column + ": " + message, null, false, false);
            this.line = line;
            this.column = column;
            this.unclosedQuote = unclosedQuote;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final char delimiter;
    private final boolean lenient;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private final CharBuffer chars = CharBuffer.allocate(1 << 16);
    private boolean eof;
    /** The next character is a byte sequence invalid in the encoding (strict mode), described here. */
    private String invalid;
    /** An invalid byte was replaced since the current record began (lenient mode). */
    private String replaced;
    /** A CR was the last character: a following LF belongs to the same line break. */
    private boolean afterCr;

    /** Bytes taken from the file so far (for progress; up to 64 KB ahead of the record returned last). */
    private long bytesRead;

    private long line = 1;
    private int column = 0; // of the last character read
    private final StringBuilder field = new StringBuilder();

    /*
     * What the file looked like, for the importer to decide whether another reader (DuckDB's) reads it
     * exactly as this one does: line breaks by kind (quoted ones too), blank lines, the longest record,
     * and the leniencies that other readers may not share.
     */
    private long lf;
    private long crlf;
    private long cr;
    private long blankLines;
    private long longestRecord;
    private boolean spaceAfterQuote;
    private boolean quoteInUnquoted;

    CsvParser(InputStream in, java.nio.charset.Charset charset, char delimiter, boolean lenient) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        this.delimiter = delimiter;
        this.lenient = lenient;
        bytes.flip();
        chars.flip();
    }

    /** Skips the next {@code count} physical lines (the restart after an unclosed quote). */
    void skipLines(long count) throws IOException, Malformed {
        for (long breaks = 0; breaks < count;) {
            int c = read();
            if (c < 0) {
                return;
            }
            breaks += c == '\n' ? 1 : 0; // the next read() starts the following line
        }
        replaced = null;
    }

    long line() {
        return line;
    }

    /** Line breaks so far: LF alone, CR LF, CR alone. */
    long[] lineBreaks() {
        return new long[] { lf, crlf, cr - crlf };
    }

    /** Empty lines skipped so far. */
    long blankLines() {
        return blankLines;
    }

    /** The most characters one record has had so far (line breaks inside it included). */
    long longestRecord() {
        return longestRecord;
    }

    /** Whether a closing quote was followed by spaces or tabs before the delimiter, or a quote stood inside an unquoted value. */
    boolean tolerated() {
        return spaceAfterQuote || quoteInUnquoted;
    }

    /** The next record, or null at the end of the file. Blank lines are skipped. */
    Record next() throws IOException, Malformed {
        replaced = null;
        int c = read();
        while (c == '\n') { // blank lines (read() turns CR and CRLF into '\n')
            blankLines++;
            c = read();
        }
        if (c < 0) {
            return null;
        }
        long startChar = decodedBefore + chars.position() - 1;
        long start = line;
        List<String> fields = new ArrayList<>();
        int[] columns = new int[16];
        String problem = null;
        while (true) {
            field.setLength(0);
            int fieldColumn = column;
            if (c == '"') {
                long quoteLine = line;
                int quoteColumn = column;
                while (true) {
                    c = read();
                    if (c < 0) {
                        throw new Malformed(quoteLine, quoteColumn, "the quote that opens a value here is never closed", true);
                    }
                    if (c == '"') {
                        c = read();
                        if (c != '"') {
                            break;
                        }
                    }
                    if (field.length() >= MAX_QUOTED) {
                        throw new Malformed(quoteLine, quoteColumn,
                                "the quote that opens a value here is not closed within " + MAX_QUOTED / (1024 * 1024) + " M characters", true);
                    }
                    field.append((char) c); // CR and CRLF inside a value arrive as LF, as other readers give them
                    appendRun();
                }
                // After the closing quote only the delimiter or the end of the line may follow (spaces are let pass).
                while (c == ' ' || c == '\t' && delimiter != '\t') {
                    spaceAfterQuote = true;
                    c = read();
                }
                if (c >= 0 && c != delimiter && c != '\n' && quoteLine != line) {
                    // The "closing" quote is the opening one of a later value: the quote at quoteLine was never closed.
                    throw new Malformed(quoteLine, quoteColumn, "the quote that opens a value here is never closed: the next quote, on line " + line
                            + ", is followed by more text", true);
                }
                if (c >= 0 && c != delimiter && c != '\n') {
                    String what = "text after the closing quote of a value (" + quoted(c) + "); a quote inside a quoted value is written twice (\"\")";
                    if (!lenient) {
                        throw new Malformed(line, column, what, false);
                    }
                    problem = problem != null ? problem : "line " + line + ", column " + column + ": " + what;
                    while (c >= 0 && c != delimiter && c != '\n') {
                        field.append((char) c);
                        c = read();
                    }
                }
            } else {
                while (c >= 0 && c != delimiter && c != '\n') {
                    quoteInUnquoted |= c == '"';
                    field.append((char) c);
                    appendRun();
                    c = read();
                }
            }
            columns = add(columns, fields.size(), fieldColumn);
            fields.add(field.toString());
            if (fields.size() > MAX_FIELDS) {
                throw new Malformed(start, fieldColumn, "more than " + MAX_FIELDS
                        + " columns, the most StudyBench reads (as Excel); is the delimiter right? give --option delimiter=...", false);
            }
            if (c != delimiter) {
                break; // end of line or of file
            }
            c = read();
            if (c < 0 || c == '\n') { // a delimiter at the end of the line: one more, empty field
                columns = add(columns, fields.size(), column);
                fields.add("");
                break;
            }
        }
        if (replaced != null) {
            problem = problem != null ? problem : replaced;
        }
        longestRecord = Math.max(longestRecord, decodedBefore + chars.position() - startChar);
        return new Record(start, fields, Arrays.copyOf(columns, fields.size()), column, problem);
    }

    private static int[] add(int[] array, int index, int value) {
        int[] out = index < array.length ? array : Arrays.copyOf(array, array.length * 2);
        out[index] = value;
        return out;
    }

    private static String quoted(int c) {
        return c == '"' ? "a quote" : "'" + (char) c + "'";
    }

    /**
     * Appends the ordinary characters that follow in the buffer to the field at once (what read()
     * would do one by one): up to a delimiter, a quote, a control character or an invalid byte's
     * replacement. Most of a file goes this way, which keeps the reader about as fast as FastCSV was.
     */
    private void appendRun() {
        if (afterCr || pendingNewLine || replacement != null) {
            return;
        }
        char[] a = chars.array();
        int start = chars.position();
        int end = chars.limit();
        if (!replacements.isEmpty()) {
            end = (int) Math.min(end, replacements.peekFirst().index() - decodedBefore);
        }
        int p = start;
        while (p < end) {
            char ch = a[p];
            if (ch <= '\r' || ch == delimiter || ch == '"') {
                break;
            }
            p++;
        }
        field.append(a, start, p - start);
        column += p - start;
        chars.position(p);
    }

    /** The next character (CR and CRLF as '\n'), or -1 at the end; keeps line and column. */
    private int read() throws IOException, Malformed {
        int c = rawRead();
        if (c > '\r' && !afterCr && !pendingNewLine && replacement == null) { // the common case, kept short
            column++;
            return c;
        }
        if (c == '\n' && afterCr) { // the LF of a CRLF: the line was already counted
            crlf++;
            afterCr = false;
            c = rawRead();
        }
        afterCr = false;
        if (c == '\r') {
            cr++;
            afterCr = true;
            c = '\n';
        } else if (c == '\n') {
            lf++;
        }
        if (c < 0) {
            return c;
        }
        // A line break belongs to the line it ends; the character after it starts the next line.
        if (pendingNewLine) {
            line++;
            column = 0;
            pendingNewLine = false;
        }
        column++;
        if (c == '\n') {
            pendingNewLine = true;
        }
        if (replacement != null) {
            if (replaced == null) {
                replaced = "line " + line + ", column " + column + ": " + replacement;
            }
            replacement = null;
        }
        return c;
    }

    private boolean pendingNewLine;

    private int rawRead() throws IOException, Malformed {
        if (!chars.hasRemaining() && !fill()) {
            if (invalid != null) {
                String what = invalid;
                invalid = null;
                if (pendingNewLine) {
                    line++;
                    column = 0;
                    pendingNewLine = false;
                }
                throw new Malformed(line, column + 1, what, false);
            }
            return -1;
        }
        if (!replacements.isEmpty() && replacements.peekFirst().index() == decodedBefore + chars.position()) {
            replacement = replacements.pollFirst().what();
        }
        return chars.get();
    }

    /** Where lenient decoding put U+FFFD for invalid bytes (character index in the file) and why. */
    private record Replacement(long index, String what) {
    }

    private final java.util.ArrayDeque<Replacement> replacements = new java.util.ArrayDeque<>();
    /** Characters decoded into earlier fillings of {@link #chars}. */
    private long decodedBefore;
    /** The character just read replaced invalid bytes (lenient mode), described here. */
    private String replacement;
    private boolean flushed;

    /** Decodes more characters; false at the end of the file or before an invalid byte (strict mode). */
    /** Bytes taken from the file so far, for progress (the parser reads up to 64 KB ahead). */
    long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        decodedBefore += chars.limit();
        chars.clear();
        if (flushed) {
            chars.flip();
            return false;
        }
        try {
            while (chars.position() == 0) {
                if (invalid != null) {
                    return false;
                }
                if (!bytes.hasRemaining() || !eof && bytes.remaining() < 4) {
                    bytes.compact();
                    int n = eof ? -1 : in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytesRead += n;
                        bytes.position(bytes.position() + n);
                    }
                    bytes.flip();
                }
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (result.isError()) {
                    String what = describe(result.length());
                    if (!lenient) {
                        invalid = what;
                        break; // deliver what was decoded before the bad bytes; the next read throws
                    }
                    if (!chars.hasRemaining()) {
                        break; // no room for the replacement: the next filling decodes these bytes again
                    }
                    bytes.position(bytes.position() + result.length());
                    replacements.addLast(new Replacement(decodedBefore + chars.position(), what));
                    chars.put('\uFFFD');
                } else if (result.isUnderflow() && eof && !bytes.hasRemaining()) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private String describe(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xff));
        }
        return "the byte" + (length == 1 ? " " : "s ") + hex + (length == 1 ? " is" : " are") + " not valid " + decoder.charset().name()
                + " text; give the file's encoding, e.g. --option encoding=ISO-8859-1";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
