package org.studybench.importer.spss.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The few dictionary facts spss-reader does not expose, read from the records before the data: the
 * file kind (.sav, compressed .zsav, or something else), the measure level of each variable
 * (extension record 11) and the character encoding (record 20, else the code page of record 3).
 * Layout as documented in the PSPP manual, "System File Format".
 */
record SavDictionaryRecords(List<Integer> measures, String encoding, Integer codePage) {

    /** Thrown for a file that is not a readable system file; the message says why in user terms. */
    static final class NotSav extends Exception {
        private static final long serialVersionUID = 1L;

        NotSav(String message) {
            super(message);
        }
    }

    static SavDictionaryRecords read(InputStream stream) throws IOException, NotSav {
        DataInputStream in = new DataInputStream(stream);
        byte[] magic = new byte[4];
        try {
            in.readFully(magic);
        } catch (EOFException e) {
            throw new NotSav("the file is empty or too short to be an SPSS .sav file");
        }
        String kind = new String(magic, StandardCharsets.ISO_8859_1);
        if (kind.equals("$FL3")) {
            throw new NotSav("a compressed SPSS .zsav file is not supported; save it from SPSS or PSPP as .sav (uncompressed or bytecode-compressed)");
        }
        if (!kind.equals("$FL2")) {
            throw new NotSav("not an SPSS .sav file (it does not start with $FL2)");
        }
        byte[] header = new byte[172];
        in.readFully(header);
        // layout_code (2 or 3) tells the byte order.
        ByteOrder order = ByteBuffer.wrap(header, 60, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() <= 3 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        Ints ints = new Ints(in, order);
        List<Integer> measures = new ArrayList<>();
        String encoding = null;
        Integer codePage = null;
        while (true) {
            int type = ints.next();
            switch (type) {
                case 2 -> {
                    ints.next(); // type
                    int hasLabel = ints.next();
                    int missing = ints.next();
                    in.skipNBytes(16); // print and write formats, name
                    if (hasLabel == 1) {
                        int length = ints.next();
                        in.skipNBytes((length + 3) / 4 * 4L);
                    }
                    in.skipNBytes(Math.abs(missing) * 8L);
                }
                case 3 -> {
                    int count = ints.next();
                    for (int i = 0; i < count; i++) {
                        in.skipNBytes(8);
                        int length = in.readUnsignedByte();
                        in.skipNBytes((length + 1 + 7) / 8 * 8L - 1);
                    }
                    if (ints.next() != 4) {
                        throw new NotSav("a value-label record is not followed by its variable list; the file is damaged");
                    }
                    in.skipNBytes(4L * ints.next());
                }
                case 6 -> in.skipNBytes(80L * ints.next());
                case 7 -> {
                    int subtype = ints.next();
                    int size = ints.next();
                    int count = ints.next();
                    byte[] data = new byte[Math.multiplyExact(size, count)];
                    in.readFully(data);
                    ByteBuffer b = ByteBuffer.wrap(data).order(order);
                    if (subtype == 11 && size == 4) {
                        int perVariable = count % 3 == 0 ? 3 : 2;
                        for (int i = 0; i < count; i += perVariable) {
                            measures.add(b.getInt(i * 4));
                        }
                    } else if (subtype == 20) {
                        encoding = new String(data, StandardCharsets.US_ASCII).trim();
                    } else if (subtype == 3 && size == 4 && count >= 8) {
                        codePage = b.getInt(7 * 4);
                    }
                }
                case 999 -> {
                    return new SavDictionaryRecords(measures, encoding, codePage);
                }
                default -> throw new NotSav("unexpected dictionary record type " + type + "; the file is damaged");
            }
        }
    }

    /**
     * The charset of the file's text, when it is not the windows-1252 spss-reader assumes without a
     * record 20 (spss-reader applies record 20 itself): from the code page of record 3, else null.
     */
    Charset legacyCharset() {
        if (encoding != null || codePage == null) {
            return null;
        }
        String name = switch (codePage) {
            case 65001 -> "UTF-8";
            case 28591 -> "ISO-8859-1";
            case 28605 -> "ISO-8859-15";
            case 1250, 1251, 1253, 1254, 1255, 1256, 1257, 1258 -> "windows-" + codePage;
            case 932 -> "Shift_JIS";
            case 936 -> "GBK";
            case 949 -> "EUC-KR";
            case 950 -> "Big5";
            default -> null; // 1252, 2 and 3 (ASCII) and unknown pages: windows-1252 is right or the best guess
        };
        return name == null || !Charset.isSupported(name) ? null : Charset.forName(name);
    }

    private static final class Ints {
        private final DataInputStream in;
        private final ByteOrder order;
        private final byte[] four = new byte[4];

        Ints(DataInputStream in, ByteOrder order) {
            this.in = in;
            this.order = order;
        }

        int next() throws IOException {
            in.readFully(four);
            return ByteBuffer.wrap(four).order(order).getInt();
        }
    }
}
