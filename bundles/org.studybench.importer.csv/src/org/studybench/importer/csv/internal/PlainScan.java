package org.studybench.importer.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.studybench.core.Progress;

/**
 * Pass 1 of an import — check the whole file and infer the column types — on bytes, for the common
 * file: UTF-8 or Latin-1, one kind of line break, no blank lines, every data record exactly as wide
 * as the header, quotes only around whole values. It makes no String of a field (a million-row file
 * has sixty million), which makes it several times faster than {@link CsvParser}.
 *
 * <p>It declines (returns null) on anything else: a malformed record, a byte invalid in the encoding,
 * a blank line, a number that is not finite, a very long record, a leniency CsvParser allows. The
 * importer then runs CsvParser's pass as before, which names the problem or reads the file its way,
 * so declining is never an error and a file this scan accepts gives exactly CsvParser's types.
 */
final class PlainScan {

    /**
     * What the scan saw: data rows, line breaks by kind (LF alone, CR LF, CR alone; inside quoted values
     * too) and the longest record in bytes (at least its characters).
     */
    record Result(long rows, long[] lineBreaks, long longestRecord) {
    }

    /** Longer records are left to CsvParser, which measures them in characters (see CsvImporter). */
    private static final int LONGEST = 600_000;
    private static final int BUFFER = 1 << 20;
    private static final int END = -1;
    private static final int DECLINE = -2;
    private static final int NEED_MORE = -3;
    private static final int PROGRESS_ROWS = 4096;

    private final InputStream in;
    private final boolean utf8;
    private final Charset charset;
    private final byte delimiter;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** Bytes of the file before buf[0]. */
    private long before;
    private final int[] starts;
    private final int[] ends;
    private long lf;
    private long crlf;
    private long cr;
    private long longest;

    private PlainScan(InputStream in, Charset charset, char delimiter, int width) {
        this.in = in;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.delimiter = (byte) delimiter;
        this.starts = new int[width];
        this.ends = new int[width];
    }

    /**
     * Scans {@code file} after its byte order mark and {@code headerRows} header records, adding every
     * data field to {@code types}; null when the file is not plain (then {@code types} is spoilt and
     * CsvParser's pass must start afresh). Stops early when {@code progress} is cancelled.
     */
    static Result scan(Path file, CsvFormat format, int headerRows, ColumnTypes types, int width, Progress progress) {
        Charset charset = format.charset();
        boolean ascii = format.delimiter() < 0x80;
        if (width < 2 || !ascii || !(charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1))) {
            return null; // one-column files have lines of spaces to tell from values; other encodings need a decoder
        }
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            in.skipNBytes(format.bomLength());
            return new PlainScan(in, charset, format.delimiter(), width).run(headerRows, types, width, progress, size);
        } catch (IOException e) {
            return null; // CsvParser's pass meets the same failure and says it in words
        }
    }

    private Result run(int headerRows, ColumnTypes types, int width, Progress progress, long size) throws IOException {
        for (int i = 0; i < headerRows; i++) {
            int fields = record(false);
            if (fields == DECLINE) {
                return null;
            }
            if (fields == END) {
                break;
            }
        }
        long rows = 0;
        while (true) {
            int fields = record(true);
            if (fields == END) {
                break;
            }
            if (fields != width) {
                return null;
            }
            for (int c = 0; c < width; c++) {
                if (!types.add(c, buf, starts[c], ends[c], charset)) {
                    return null;
                }
            }
            if (++rows % PROGRESS_ROWS == 0) {
                if (progress.isCancelled()) {
                    return new Result(rows, new long[] { lf, crlf, cr }, longest); // the caller sees the cancel and keeps nothing
                }
                progress.worked(before + pos, size);
            }
        }
        progress.worked(size, size);
        return new Result(rows, new long[] { lf, crlf, cr }, longest);
    }

    /** The next record's number of fields (their places in starts/ends when {@code keep}), END or DECLINE. */
    private int record(boolean keep) throws IOException {
        while (true) {
            int fields = tryRecord(keep);
            if (fields != NEED_MORE) {
                return fields;
            }
            if (!fill()) {
                return DECLINE; // a record longer than the buffer
            }
        }
    }

    /** More bytes behind the current record; false when the record already fills the buffer. */
    private boolean fill() throws IOException {
        if (pos == 0 && limit == buf.length) {
            return false;
        }
        System.arraycopy(buf, pos, buf, 0, limit - pos);
        before += pos;
        limit -= pos;
        pos = 0;
        while (limit < buf.length) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
                break;
            }
            limit += n;
        }
        return true;
    }

    /**
     * One record from {@code pos}: its number of fields, END at the end of the file, DECLINE, or
     * NEED_MORE when the buffer ends inside it (nothing is counted then; it is read again after fill()).
     */
    private int tryRecord(boolean keep) {
        byte[] b = buf;
        int end = limit;
        int i = pos;
        if (i >= end) {
            return eof ? END : NEED_MORE;
        }
        if (b[i] == '\n' || b[i] == '\r') {
            return DECLINE; // a blank line
        }
        long quotedLf = 0;
        long quotedCrlf = 0;
        long quotedCr = 0;
        int f = 0;
        while (true) {
            int start;
            int stop;
            if (i < end && b[i] == '"') {
                start = ++i;
                while (true) {
                    if (i >= end) {
                        return eof ? DECLINE : NEED_MORE; // an unclosed quote: CsvParser names it
                    }
                    byte x = b[i];
                    if (x == '"') {
                        if (i + 1 >= end && !eof) {
                            return NEED_MORE;
                        }
                        if (i + 1 < end && b[i + 1] == '"') {
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (x == '\n') {
                        quotedLf++;
                        i++;
                    } else if (x == '\r') {
                        if (i + 1 >= end && !eof) {
                            return NEED_MORE;
                        }
                        if (i + 1 < end && b[i + 1] == '\n') {
                            quotedCrlf++;
                            i += 2;
                        } else {
                            quotedCr++;
                            i++;
                        }
                    } else if (x < 0) {
                        int n = character(i, end);
                        if (n <= 0) {
                            return n;
                        }
                        i += n;
                    } else {
                        i++;
                    }
                }
                stop = i++; // past the closing quote: only a delimiter, a line break or the end may follow
                if (i >= end && !eof) {
                    return NEED_MORE;
                }
                if (i < end && b[i] != delimiter && b[i] != '\n' && b[i] != '\r') {
                    return DECLINE;
                }
            } else {
                start = i;
                while (i < end) {
                    byte x = b[i];
                    if (x == delimiter || x == '\n' || x == '\r') {
                        break;
                    }
                    if (x == '"') {
                        return DECLINE; // a quote inside an unquoted value: a leniency of CsvParser
                    }
                    if (x < 0) {
                        int n = character(i, end);
                        if (n <= 0) {
                            return n;
                        }
                        i += n;
                    } else {
                        i++;
                    }
                }
                if (i >= end && !eof) {
                    return NEED_MORE;
                }
                stop = i;
            }
            if (!add(keep, f++, start, stop)) {
                return DECLINE;
            }
            if (i >= end || b[i] != delimiter) {
                break; // a line break or the end of the file
            }
            i++;
            if (i >= end && !eof) {
                return NEED_MORE;
            }
            if (i >= end || b[i] == '\n' || b[i] == '\r') { // a delimiter at the end of the line: one more, empty field
                if (!add(keep, f++, i, i)) {
                    return DECLINE;
                }
                break;
            }
        }
        long recordLf = 0;
        long recordCrlf = 0;
        long recordCr = 0;
        if (i < end) {
            if (b[i] == '\n') {
                recordLf = 1;
                i++;
            } else {
                if (i + 1 >= end && !eof) {
                    return NEED_MORE;
                }
                if (i + 1 < end && b[i + 1] == '\n') {
                    recordCrlf = 1;
                    i += 2;
                } else {
                    recordCr = 1;
                    i++;
                }
            }
        }
        if (i - pos > LONGEST) {
            return DECLINE;
        }
        longest = Math.max(longest, i - pos);
        lf += quotedLf + recordLf;
        crlf += quotedCrlf + recordCrlf;
        cr += quotedCr + recordCr;
        if (Long.signum(lf) + Long.signum(crlf) + Long.signum(cr) > 1) {
            return DECLINE; // mixed line breaks: CsvParser's reading (each is a line break) may not be another reader's
        }
        pos = i;
        return f;
    }

    /** Keeps field {@code f}'s place; false when a data record has more fields than the header. */
    private boolean add(boolean keep, int f, int start, int stop) {
        if (!keep) {
            return f < CsvParser.MAX_FIELDS;
        }
        if (f >= starts.length) {
            return false;
        }
        starts[f] = start;
        ends[f] = stop;
        return true;
    }

    /**
     * The length of the character starting with the byte at {@code i} (at least 0x80), DECLINE when it
     * is invalid, NEED_MORE when it runs past the buffer. UTF-8 as the JDK's strict
     * decoder reads it (the Unicode standard's well-formed sequences: no overlong forms, no surrogates,
     * nothing beyond U+10FFFF); Latin-1 has a character for every byte.
     */
    private int character(int i, int end) {
        if (!utf8) {
            return 1;
        }
        int b0 = buf[i] & 0xff;
        int n;
        int low = 0x80;
        int high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            n = 2;
        } else if (b0 == 0xE0) {
            n = 3;
            low = 0xA0;
        } else if (b0 >= 0xE1 && b0 <= 0xEC || b0 == 0xEE || b0 == 0xEF) {
            n = 3;
        } else if (b0 == 0xED) {
            n = 3;
            high = 0x9F;
        } else if (b0 == 0xF0) {
            n = 4;
            low = 0x90;
        } else if (b0 >= 0xF1 && b0 <= 0xF3) {
            n = 4;
        } else if (b0 == 0xF4) {
            n = 4;
            high = 0x8F;
        } else {
            return DECLINE;
        }
        if (i + n > end) {
            return eof ? DECLINE : NEED_MORE;
        }
        int b1 = buf[i + 1] & 0xff;
        if (b1 < low || b1 > high) {
            return DECLINE;
        }
        for (int k = 2; k < n; k++) {
            int bk = buf[i + k] & 0xff;
            if (bk < 0x80 || bk > 0xBF) {
                return DECLINE;
            }
        }
        return n;
    }
}
