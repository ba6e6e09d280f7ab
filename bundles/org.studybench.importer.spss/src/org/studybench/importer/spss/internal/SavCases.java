package org.studybench.importer.spss.internal;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.studybench.importer.spss.internal.SavDictionary.Compression;
import org.studybench.importer.spss.internal.SavDictionary.SavVariable;

/**
 * The cases of a system file, one at a time, as 8-byte units: read as they are, decoded from SPSS's
 * bytecode compression, or first inflated from the zlib blocks of a .zsav. Bytecode, per the PSPP
 * manual: a block of 8 command bytes is followed by the 8-byte values some of them call for; 0 is
 * padding to be skipped (ReadStat writes it), 1–251 stand for the number code − bias, 252 ends the data,
 * 253 means "a raw value follows", 254 is eight spaces, 255 system-missing. Command blocks run across
 * case boundaries.
 */
final class SavCases implements Closeable {

    private final SavDictionary dictionary;
    private final InputStream in;
    private final byte[] unit;
    private final ByteBuffer values;
    private final byte[] commands = new byte[8];
    private int command = 8;
    private boolean ended;

    private SavCases(SavDictionary dictionary, InputStream in) {
        this.dictionary = dictionary;
        this.in = in;
        this.unit = new byte[dictionary.unitsPerCase * 8];
        this.values = ByteBuffer.wrap(unit).order(dictionary.order);
    }

    /** Reads the dictionary of {@code file} and positions before its first case. */
    static SavCases open(Path file) throws IOException, SavFormatException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            SavInput input = new SavInput(raw, Files.size(file));
            SavDictionary dictionary = SavDictionary.read(input);
            InputStream data = raw;
            if (dictionary.compression == Compression.ZLIB) {
                data = new BufferedInputStream(new ZlibBlocks(raw, dictionary.zlibEnd - input.position()), 1 << 16); // cases are read 8 bytes at a time
            }
            return new SavCases(dictionary, data);
        } catch (IOException | SavFormatException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    SavDictionary dictionary() {
        return dictionary;
    }

    /**
     * Reads the next case; false at the end of the data.
     *
     * @throws EOFException when the file ends inside a case
     */
    boolean next() throws IOException, SavFormatException {
        if (ended) {
            return false;
        }
        boolean more = dictionary.compression == Compression.NONE ? nextPlain() : nextCompressed();
        ended = !more;
        return more;
    }

    private boolean nextPlain() throws IOException {
        int n = in.readNBytes(unit, 0, unit.length);
        if (n == 0) {
            return false;
        }
        if (n < unit.length) {
            throw new EOFException();
        }
        return true;
    }

    private boolean nextCompressed() throws IOException, SavFormatException {
        for (int u = 0; u < dictionary.unitsPerCase; u++) {
            while (true) {
                if (command == 8) {
                    int n = in.readNBytes(commands, 0, 8);
                    if (n == 0 && u == 0) {
                        return false;
                    }
                    if (n < 8) {
                        throw new EOFException();
                    }
                    command = 0;
                }
                int code = commands[command++] & 0xff;
                if (code == 0) {
                    continue;
                }
                if (code == 252) {
                    if (u == 0) {
                        return false;
                    }
                    throw new SavFormatException("the data end in the middle of a case; the file is damaged");
                }
                switch (code) {
                    case 253 -> {
                        if (in.readNBytes(unit, u * 8, 8) < 8) {
                            throw new EOFException();
                        }
                    }
                    case 254 -> Arrays.fill(unit, u * 8, u * 8 + 8, (byte) ' ');
                    case 255 -> values.putDouble(u * 8, dictionary.sysmis);
                    default -> values.putDouble(u * 8, code - dictionary.bias);
                }
                break;
            }
        }
        return true;
    }

    /** The number of a numeric variable in the current case (system-missing as the file's sysmis value). */
    double number(SavVariable v) {
        return values.getDouble(v.segments.get(0)[0] * 8);
    }

    boolean isSystemMissing(double value) {
        return value == dictionary.sysmis || Double.isNaN(value);
    }

    /** The text of a string variable in the current case, trailing blanks removed. */
    String text(SavVariable v) {
        if (v.segments.size() == 1) {
            int[] s = v.segments.get(0);
            return SavDictionary.unpad(dictionary.decode(unit, s[0] * 8, s[1]));
        }
        byte[] joined = new byte[v.width];
        int length = 0;
        for (int[] s : v.segments) {
            int take = Math.min(s[1], v.width - length);
            System.arraycopy(unit, s[0] * 8, joined, length, take);
            length += take;
        }
        return SavDictionary.unpad(dictionary.decode(joined, 0, length));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The data of a .zsav: zlib streams one after another (one per block of about 4 MB of bytecode),
     * followed by an index of the blocks that reading in order does not need.
     */
    private static final class ZlibBlocks extends InputStream {
        private final InputStream in;
        private long left;
        private final Inflater inflater = new Inflater();
        private final byte[] input = new byte[1 << 16];
        private final byte[] one = new byte[1];

        ZlibBlocks(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            try {
                while (true) {
                    int n = inflater.inflate(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    if (inflater.finished()) {
                        int remaining = inflater.getRemaining();
                        inflater.reset();
                        if (remaining > 0) {
                            // the next block's first bytes are already at the end of the buffer
                            inflater.setInput(input, lastFill - remaining, remaining);
                            continue;
                        }
                    }
                    if (inflater.needsDictionary()) {
                        throw new DataFormatException("preset dictionary");
                    }
                    if (inflater.needsInput()) {
                        if (left <= 0) {
                            if (inflater.getBytesRead() == 0) {
                                return -1; // between blocks: the end of the data
                            }
                            throw new EOFException();
                        }
                        int r = in.read(input, 0, (int) Math.min(input.length, left));
                        if (r < 0) {
                            throw new EOFException();
                        }
                        left -= r;
                        lastFill = r;
                        inflater.setInput(input, 0, r);
                    }
                }
            } catch (DataFormatException e) {
                throw new CompressedDataException();
            }
        }

        private int lastFill;

        @Override
        public void close() throws IOException {
            inflater.end();
            in.close();
        }
    }

    /** A zlib block that does not inflate. */
    static final class CompressedDataException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
