package org.studybench.importer.spss.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads the fixed-size fields of a system file in its byte order and keeps the position, so that
 * every count the file declares can be checked against the bytes really left before anything is
 * allocated (a damaged or hostile header must not ask for an impossible array).
 */
final class SavInput {

    private final InputStream in;
    private final long size;
    private long position;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private final byte[] eight = new byte[8];

    SavInput(InputStream in, long size) {
        this.in = in;
        this.size = size;
    }

    void order(ByteOrder order) {
        this.order = order;
    }

    ByteOrder order() {
        return order;
    }

    long position() {
        return position;
    }

    long remaining() {
        return size - position;
    }

    byte[] bytes(long count) throws IOException {
        if (count < 0 || count > remaining() || count > Integer.MAX_VALUE - 8) {
            throw new EOFException(); // a count beyond the end of the file (or any array): the dictionary is cut short or damaged
        }
        byte[] b = in.readNBytes((int) count);
        if (b.length < count) {
            throw new EOFException();
        }
        position += count;
        return b;
    }

    void skip(long count) throws IOException {
        if (count < 0 || count > remaining()) {
            throw new EOFException();
        }
        in.skipNBytes(count);
        position += count;
    }

    int int32() throws IOException {
        fill(4);
        return ByteBuffer.wrap(eight, 0, 4).order(order).getInt();
    }

    long int64() throws IOException {
        fill(8);
        return ByteBuffer.wrap(eight).order(order).getLong();
    }

    double float64() throws IOException {
        fill(8);
        return ByteBuffer.wrap(eight).order(order).getDouble();
    }

    int uint8() throws IOException {
        fill(1);
        return eight[0] & 0xff;
    }

    private void fill(int n) throws IOException {
        int read = in.readNBytes(eight, 0, n);
        if (read < n) {
            throw new EOFException();
        }
        position += n;
    }
}
