package org.studybench.importer.csv.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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

    /** Files at least this large are scanned in parts, one per core (up to 4). */
    private static final long PARALLEL_BYTES = 16L << 20;

    private final FileChannel channel;
    private final boolean utf8;
    private final Charset charset;
    private final byte delimiter;
    private final ColumnTypes types;
    private final int[] inferred;
    private final int width;
    /** This part reads the records that start before this position of the file. */
    private final long end;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    /** The position in the file of buf[0]. */
    private long before;
    private final int[] starts;
    private final int[] ends;
    private long rows;
    private long lf;
    private long crlf;
    private long cr;
    private long longest;
    private boolean declined;

    private PlainScan(FileChannel channel, long start, long end, CsvFormat format, ColumnTypes types, int width) {
        this.channel = channel;
        this.before = start;
        this.end = end;
        this.charset = format.charset();
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.delimiter = (byte) format.delimiter();
        this.types = types;
        this.inferred = types.inferred();
        this.width = width;
        this.starts = new int[width];
        this.ends = new int[width];
    }

    /**
     * Scans {@code file} after its byte order mark and {@code headerRows} header records, adding every
     * data field to {@code types}; null when the file is not plain (then {@code types} is spoilt and
     * CsvParser's pass must start afresh). Stops early when {@code progress} is cancelled.
     *
     * <p>A large file is scanned in parts in parallel. A part after the first starts after a line break
     * near its share of the file, which is a record's start unless the break is inside a quoted value;
     * the part before must end exactly there, else the rest is scanned again from where it ended.
     */
    static Result scan(Path file, CsvFormat format, int headerRows, ColumnTypes types, int width, Progress progress) {
        Charset charset = format.charset();
        boolean ascii = format.delimiter() < 0x80;
        if (width < 2 || !ascii || !(charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1))) {
            return null; // one-column files have lines of spaces to tell from values; other encodings need a decoder
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long[] bounds = bounds(channel, format.bomLength(), size);
            int parts = bounds.length - 1;
            PlainScan[] scans = new PlainScan[parts];
            AtomicLong done = new AtomicLong();
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            for (int k = 0; k < parts; k++) {
                ColumnTypes own = k == 0 ? types : types.sibling();
                scans[k] = new PlainScan(channel, bounds[k], bounds[k + 1], format, own, width);
                if (k > 0) {
                    PlainScan part = scans[k];
                    threads.add(Thread.ofPlatform().daemon().name("studybench-csv-scan-" + k).start(() -> part.runQuietly(0, done, stop, null, size)));
                }
            }
            scans[0].run(headerRows, done, stop, progress, size);
            for (Thread t : threads) {
                t.join();
            }
            if (progress.isCancelled()) {
                return scans[0].result();
            }
            PlainScan whole = scans[0];
            for (int k = 1; k < parts && !whole.declined; k++) {
                if (whole.position() != bounds[k]) {
                    // the line break before part k was inside a quoted value: read on from where the records really are
                    PlainScan rest = new PlainScan(channel, whole.position(), size, format, types.sibling(), width);
                    rest.run(0, done, stop, progress, size);
                    whole.merge(rest);
                    break;
                }
                whole.merge(scans[k]);
            }
            if (whole.declined || Long.signum(whole.lf) + Long.signum(whole.crlf) + Long.signum(whole.cr) > 1) {
                return null;
            }
            progress.worked(size, size);
            return whole.result();
        } catch (IOException e) {
            return null; // CsvParser's pass meets the same failure and says it in words
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * Where the parts start: after the byte order mark, then after the first line break past each
     * core's share of the file; one part for a small file or when no line break is near a share's start.
     */
    private static long[] bounds(FileChannel channel, long first, long size) throws IOException {
        int cores = Math.min(Runtime.getRuntime().availableProcessors(), 4);
        if (size < PARALLEL_BYTES || cores < 2) {
            return new long[] { first, size };
        }
        long[] bounds = new long[cores + 1];
        bounds[0] = first;
        byte[] window = new byte[64 * 1024];
        for (int k = 1; k < cores; k++) {
            long at = size / cores * k;
            int n = channel.read(java.nio.ByteBuffer.wrap(window), at);
            int i = 0;
            while (i < n && window[i] != '\n' && window[i] != '\r') {
                i++;
            }
            if (i + 1 >= n) {
                return new long[] { first, size };
            }
            i += window[i] == '\r' && window[i + 1] == '\n' ? 2 : 1;
            bounds[k] = at + i;
        }
        bounds[cores] = size;
        return bounds;
    }

    /** Where this part stopped: the start of the first record it did not read. */
    private long position() {
        return before + pos;
    }

    private Result result() {
        return new Result(rows, new long[] { lf, crlf, cr }, longest);
    }

    private void merge(PlainScan other) {
        types.merge(other.types);
        rows += other.rows;
        lf += other.lf;
        crlf += other.crlf;
        cr += other.cr;
        longest = Math.max(longest, other.longest);
        declined |= other.declined;
        before = other.before;
        pos = other.pos;
    }

    private void runQuietly(int headerRows, AtomicLong done, AtomicBoolean stop, Progress progress, long size) {
        try {
            run(headerRows, done, stop, progress, size);
        } catch (IOException | RuntimeException e) {
            declined = true; // a part that cannot say what it saw makes the whole scan decline: the character reader decides
        }
    }

    /**
     * Reads this part's records (after {@code headerRows} header records). The part with {@code progress}
     * reports the bytes that all parts have read and checks for a cancel; a cancel, or its declining,
     * sets {@code stop}, which ends the other parts too.
     */
    private void run(int headerRows, AtomicLong done, AtomicBoolean stop, Progress progress, long size) throws IOException {
        for (int i = 0; i < headerRows; i++) {
            int fields = record(false);
            if (fields == DECLINE) {
                declined = true;
                stop.set(true);
                return;
            }
            if (fields == END) {
                break;
            }
        }
        long reported = position();
        while (position() < end) {
            int fields = record(true);
            if (fields == END) {
                break;
            }
            if (fields != width || !addFields()) {
                declined = true;
                if (progress != null) {
                    stop.set(true);
                }
                return;
            }
            if (++rows % PROGRESS_ROWS == 0) {
                done.addAndGet(position() - reported);
                reported = position();
                if (progress != null) {
                    if (progress.isCancelled()) {
                        stop.set(true);
                        return; // the caller sees the cancel and keeps nothing
                    }
                    progress.worked(Math.min(done.get(), size), size); // a part read again after a wrong start counts twice
                }
                if (stop.get()) {
                    return;
                }
            }
        }
    }

    private boolean addFields() {
        for (int c : inferred) {
            if (!types.add(c, buf, starts[c], ends[c], charset)) {
                return false;
            }
        }
        return true;
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
        java.nio.ByteBuffer target = java.nio.ByteBuffer.wrap(buf);
        while (limit < buf.length) {
            target.limit(buf.length).position(limit);
            int n = channel.read(target, before + limit);
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
                    } else {
                        int n = character(i, end);
                        if (n <= 0) {
                            return n;
                        }
                        i += n;
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
                    int n = character(i, end);
                    if (n <= 0) {
                        return n;
                    }
                    i += n;
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
     * The length of the character starting with the byte at {@code i} (1 for ASCII), DECLINE when it
     * is invalid, NEED_MORE when it runs past the buffer. UTF-8 as the JDK's strict
     * decoder reads it (the Unicode standard's well-formed sequences: no overlong forms, no surrogates,
     * nothing beyond U+10FFFF); Latin-1 has a character for every byte.
     */
    private int character(int i, int end) {
        int b0 = buf[i] & 0xff;
        if (b0 < 0x80 || !utf8) {
            return 1;
        }
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
