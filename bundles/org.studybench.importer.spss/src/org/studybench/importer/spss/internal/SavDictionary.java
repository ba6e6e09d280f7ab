package org.studybench.importer.spss.internal;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dictionary of an SPSS system file (.sav, or .zsav with zlib-compressed data): everything before
 * the cases, read record by record as the PSPP manual's "System File Format" appendix describes it.
 * Text is kept as bytes until the encoding is known (its record comes after the variables), then
 * decoded once. Every count the file declares is checked against the bytes left in it.
 */
final class SavDictionary {

    enum Compression {
        NONE, BYTECODE, ZLIB
    }

    /** A variable as users see it; a long or very long string is one variable over several 8-byte units. */
    static final class SavVariable {
        String shortName;
        String name;
        String label;
        /** 0 for numbers, else the string's width in bytes. */
        int width;
        int formatType;
        int formatDecimals;
        /** Where the value lies in a case: {first unit, bytes used} per segment (one unless a very long string). */
        final List<int[]> segments = new ArrayList<>();
        final List<Double> missingNumbers = new ArrayList<>();
        boolean missingRange;
        double missingLow;
        double missingHigh;
        final List<String> missingStrings = new ArrayList<>();
        final Map<Double, String> numberLabels = new TreeMap<>();
        final Map<String, String> stringLabels = new LinkedHashMap<>();
        /** 0 unknown, 1 nominal, 2 ordinal, 3 scale (record 7.11). */
        int measure;

        boolean isNumeric() {
            return width == 0;
        }

        boolean isUserMissing(double v) {
            return missingNumbers.contains(v) || (missingRange && v >= missingLow && v <= missingHigh);
        }
    }

    /** A multiple-response set (record 7.7 or 7.19): dichotomies count one value; categories have none. */
    record ResponseSet(String name, String label, List<String> variables, String countedValue) {
    }

    String product;
    ByteOrder order;
    Compression compression;
    /** Cases the file announces, or -1 when it does not say. */
    long caseCount = -1;
    double bias = 100;
    double sysmis = -Double.MAX_VALUE;
    /** 8-byte units per case. */
    int unitsPerCase;
    /** The weight variable's first unit (0-based), or -1 when the file is not weighted. */
    int weightUnit = -1;
    Charset charset;
    /** How the charset was decided, for the preview ("UTF-8", "windows-1251 (code page 1251)"). */
    String encodingSource;
    final List<SavVariable> variables = new ArrayList<>();
    final List<ResponseSet> responseSets = new ArrayList<>();
    /** Position of the first case (after record 999, and after the zlib header of a .zsav). */
    long dataStart;
    /** For .zsav: where the compressed blocks end (the block index starts there). */
    long zlibEnd;

    /** One variable record (type 2) that is not the continuation of a long string. */
    private static final class RawVariable {
        int firstUnit;
        int units = 1;
        int width;
        byte[] shortName;
        byte[] label;
        int missingCount;
        final List<byte[]> missing = new ArrayList<>();
        int print;
        int measure;
    }

    private record RawLabels(List<byte[]> values, List<byte[]> labels, int[] units) {
    }

    private final List<RawVariable> raw = new ArrayList<>();
    private final List<RawLabels> rawLabels = new ArrayList<>();
    private final List<byte[]> textRecords = new ArrayList<>();
    private byte[] longNames;
    private byte[] veryLongStrings;
    private byte[] longStringLabels;
    private byte[] longStringMissing;
    private final List<byte[]> responseSetRecords = new ArrayList<>();
    private String encodingName;
    private Integer codePage;
    private int[] measures;

    static SavDictionary read(SavInput in) throws IOException, SavFormatException {
        SavDictionary d = new SavDictionary();
        d.readHeader(in);
        d.readRecords(in);
        d.assemble();
        return d;
    }

    private void readHeader(SavInput in) throws IOException, SavFormatException {
        byte[] magic;
        try {
            magic = in.bytes(4);
        } catch (EOFException e) {
            throw new SavFormatException("the file is empty or too short to be an SPSS .sav file");
        }
        String kind = new String(magic, StandardCharsets.ISO_8859_1);
        if (!kind.equals("$FL2") && !kind.equals("$FL3")) {
            byte[] start = new byte[(int) Math.min(600, 4 + in.remaining())];
            System.arraycopy(magic, 0, start, 0, 4);
            System.arraycopy(in.bytes(start.length - 4), 0, start, 4, start.length - 4);
            if (new String(start, StandardCharsets.ISO_8859_1).contains("SPSSPORT")) {
                throw new SavFormatException("an SPSS portable file (.por) is not supported; open it in SPSS or PSPP and save it as .sav");
            }
            throw new SavFormatException("not an SPSS .sav file (it does not start with $FL2)");
        }
        product = new String(in.bytes(60), StandardCharsets.ISO_8859_1).replace("@(#) SPSS DATA FILE", "").replaceFirst("^[\\s-]+", "").trim();
        byte[] layout = in.bytes(4);
        int little = ByteBuffer.wrap(layout).order(ByteOrder.LITTLE_ENDIAN).getInt();
        int big = ByteBuffer.wrap(layout).order(ByteOrder.BIG_ENDIAN).getInt();
        if (little == 2 || little == 3) {
            order = ByteOrder.LITTLE_ENDIAN;
        } else if (big == 2 || big == 3) {
            order = ByteOrder.BIG_ENDIAN;
        } else {
            throw new SavFormatException("not an SPSS .sav file (its header has an unknown layout code " + little + ")");
        }
        in.order(order);
        in.int32(); // nominal case size: recomputed from the variable records, which writers get right more often
        int code = in.int32();
        compression = switch (code) {
            case 0 -> Compression.NONE;
            case 1 -> Compression.BYTECODE;
            case 2 -> Compression.ZLIB;
            default -> throw new SavFormatException("the header names an unknown compression (" + code + "); the file is damaged");
        };
        if (kind.equals("$FL3") != (compression == Compression.ZLIB)) {
            throw new SavFormatException("the header's file kind and compression disagree; the file is damaged");
        }
        weightUnit = in.int32() - 1;
        int cases = in.int32();
        caseCount = cases < 0 ? -1 : cases;
        bias = in.float64();
        in.skip(9 + 8 + 64 + 3); // creation date and time, file label, padding
    }

    private void readRecords(SavInput in) throws IOException, SavFormatException {
        RawVariable last = null;
        int unit = 0;
        while (true) {
            int type = in.int32();
            switch (type) {
                case 2 -> {
                    int width = in.int32();
                    int hasLabel = in.int32();
                    int missing = in.int32();
                    int print = in.int32();
                    in.int32(); // write format
                    byte[] name = in.bytes(8);
                    byte[] label = null;
                    if (hasLabel == 1) {
                        int length = in.int32();
                        label = in.bytes(length);
                        in.skip((4 - length % 4) % 4);
                    }
                    if (missing < -3 || missing > 3 || missing == -1) {
                        throw new SavFormatException("variable " + ascii(name) + " declares " + missing + " missing values; the file is damaged");
                    }
                    List<byte[]> missingValues = new ArrayList<>();
                    for (int i = 0; i < Math.abs(missing); i++) {
                        missingValues.add(in.bytes(8));
                    }
                    if (width == -1) { // continuation of a long string
                        if (last == null || last.width <= 8) {
                            throw new SavFormatException("the variable records start with a string continuation; the file is damaged");
                        }
                        last.units++;
                    } else {
                        if (width < 0 || width > 255) {
                            throw new SavFormatException("variable " + ascii(name) + " has an impossible width " + width + "; the file is damaged");
                        }
                        RawVariable v = new RawVariable();
                        v.firstUnit = unit;
                        v.width = width;
                        v.shortName = name;
                        v.label = label;
                        v.missingCount = missing;
                        v.missing.addAll(missingValues);
                        v.print = print;
                        raw.add(v);
                        last = v;
                    }
                    unit++;
                }
                case 3 -> {
                    int count = in.int32();
                    if (count < 0) {
                        throw new SavFormatException("a value-label record declares " + count + " labels; the file is damaged");
                    }
                    if (count > in.remaining() / 9) {
                        throw new SavFormatException("a value-label record claims " + count + " labels, more than the file holds; it is damaged or truncated");
                    }
                    List<byte[]> values = new ArrayList<>();
                    List<byte[]> labels = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        values.add(in.bytes(8));
                        int length = in.uint8();
                        labels.add(in.bytes(length));
                        in.skip((8 - (length + 1) % 8) % 8);
                    }
                    if (in.int32() != 4) {
                        throw new SavFormatException("a value-label record is not followed by its variable list; the file is damaged");
                    }
                    int vars = in.int32();
                    if (vars < 0) {
                        throw new SavFormatException("a value-label record names " + vars + " variables; the file is damaged");
                    }
                    if (vars > in.remaining() / 4) {
                        throw new SavFormatException("a value-label record claims " + vars + " variables, more than the file holds; it is damaged or truncated");
                    }
                    int[] units = new int[vars];
                    for (int i = 0; i < vars; i++) {
                        units[i] = in.int32() - 1;
                    }
                    rawLabels.add(new RawLabels(values, labels, units));
                }
                case 6 -> {
                    int lines = in.int32();
                    if (lines < 0) {
                        throw new SavFormatException("the document record declares " + lines + " lines; the file is damaged");
                    }
                    in.skip(80L * lines);
                }
                case 7 -> extension(in);
                case 999 -> {
                    in.int32(); // filler
                    unitsPerCase = unit;
                    dataStart = in.position();
                    if (compression == Compression.ZLIB) {
                        long headerAt = in.int64();
                        long trailerAt = in.int64();
                        in.int64(); // trailer length
                        if (headerAt != dataStart || trailerAt < in.position() || trailerAt > in.position() + in.remaining()) {
                            throw new SavFormatException("the compressed data's header points outside the file; the file is damaged");
                        }
                        dataStart = in.position();
                        zlibEnd = trailerAt;
                    }
                    return;
                }
                default -> throw new SavFormatException("unexpected dictionary record type " + type + "; the file is damaged");
            }
        }
    }

    private void extension(SavInput in) throws IOException, SavFormatException {
        int subtype = in.int32();
        int size = in.int32();
        int count = in.int32();
        long length = (long) size * count;
        if (size < 0 || count < 0) {
            throw new SavFormatException("extension record " + subtype + " declares " + size + " × " + count + " bytes; the file is damaged");
        }
        if (length > in.remaining()) {
            throw new SavFormatException("extension record " + subtype + " claims " + length + " bytes, more than the file holds; it is damaged or truncated");
        }
        byte[] data = in.bytes(length);
        ByteBuffer b = ByteBuffer.wrap(data).order(order);
        switch (subtype) {
            case 3 -> {
                if (size == 4 && count >= 8) {
                    codePage = b.getInt(7 * 4);
                }
            }
            case 4 -> {
                if (size == 8 && count >= 1) {
                    sysmis = b.getDouble(0);
                }
            }
            case 7, 19 -> responseSetRecords.add(data);
            case 11 -> {
                if (size == 4) {
                    measures = new int[count];
                    for (int i = 0; i < count; i++) {
                        measures[i] = b.getInt(i * 4);
                    }
                }
            }
            case 13 -> longNames = data;
            case 14 -> veryLongStrings = data;
            case 16 -> {
                if (size == 8 && count == 2 && caseCount < 0) {
                    caseCount = b.getLong(8);
                }
            }
            case 20 -> encodingName = new String(data, StandardCharsets.US_ASCII).trim();
            case 21 -> longStringLabels = data;
            case 22 -> longStringMissing = data;
            default -> textRecords.add(data); // attributes, display settings, extra product info: not used
        }
    }

    /** Decodes the text, joins segments and applies the extension records. */
    private void assemble() throws SavFormatException {
        charset = charset();
        if (measures != null && measures.length > 0) {
            int perVariable = measures.length == raw.size() * 3 ? 3 : measures.length == raw.size() * 2 ? 2 : 0;
            for (int i = 0; perVariable > 0 && i < raw.size(); i++) {
                raw.get(i).measure = measures[i * perVariable];
            }
        }
        Map<String, String> longNameOf = pairs(longNames, "\t");
        Map<String, String> vlsWidth = pairs(veryLongStrings, "\0\t");
        Map<Integer, SavVariable> byUnit = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            RawVariable r = raw.get(i);
            SavVariable v = new SavVariable();
            v.shortName = decode(r.shortName).trim();
            v.name = longNameOf.getOrDefault(v.shortName.toUpperCase(Locale.ROOT), v.shortName);
            v.label = r.label == null ? null : blankToNull(decode(r.label).trim());
            v.width = r.width;
            v.formatType = (r.print >> 16) & 0xff;
            v.formatDecimals = r.print & 0xff;
            v.measure = r.measure;
            String declared = vlsWidth.get(v.shortName.toUpperCase(Locale.ROOT));
            if (declared != null && r.width > 0) {
                int total = parseWidth(declared, v.name);
                int n = (total + 251) / 252; // segments are allocated per 252 bytes...
                if (i + n > raw.size()) {
                    throw new SavFormatException("very long string " + v.name + " needs " + n + " segments but the file has only " + (raw.size() - i)
                            + " variables left; it is damaged");
                }
                v.width = total;
                for (int s = 0; s < n; s++) {
                    int used = Math.max(0, Math.min(total - 255 * s, 255)); // ...and filled with up to 255 bytes each
                    RawVariable segment = raw.get(i + s);
                    v.segments.add(new int[] { segment.firstUnit, Math.min(used, segment.units * 8) }); // never past a damaged segment's own units
                }
                i += n - 1;
            } else {
                if (r.width > r.units * 8) {
                    throw new SavFormatException("variable " + v.name + " is " + r.width + " bytes wide but has room for " + r.units * 8
                            + "; the file is damaged");
                }
                v.segments.add(new int[] { r.firstUnit, r.width == 0 ? 8 : r.width });
            }
            missingValues(r, v);
            variables.add(v);
            byUnit.put(r.firstUnit, v);
        }
        for (RawLabels labels : rawLabels) {
            for (int unit : labels.units) {
                SavVariable v = byUnit.get(unit);
                if (v == null) {
                    throw new SavFormatException("a value-label record names variable position " + (unit + 1) + ", which is not a variable; the file is damaged");
                }
                for (int k = 0; k < labels.values.size(); k++) {
                    String text = unpad(decode(labels.labels.get(k)));
                    if (v.isNumeric()) {
                        v.numberLabels.put(ByteBuffer.wrap(labels.values.get(k)).order(order).getDouble(), text);
                    } else {
                        v.stringLabels.put(unpad(decode(labels.values.get(k))), text);
                    }
                }
            }
        }
        if (longStringLabels != null) {
            longStringLabels();
        }
        if (longStringMissing != null) {
            longStringMissing();
        }
        for (byte[] record : responseSetRecords) {
            responseSets.addAll(SavResponseSets.parse(record, this::decode));
        }
    }

    private void missingValues(RawVariable r, SavVariable v) {
        int discreteFrom = 0;
        if (r.width == 0) {
            if (r.missingCount < 0) {
                v.missingRange = true;
                v.missingLow = number(r.missing.get(0));
                v.missingHigh = number(r.missing.get(1));
                discreteFrom = 2;
            }
            for (int k = discreteFrom; k < r.missing.size(); k++) {
                v.missingNumbers.add(number(r.missing.get(k)));
            }
        } else {
            for (byte[] m : r.missing) {
                v.missingStrings.add(unpad(decode(m)));
            }
        }
    }

    /** Record 7.21: value labels of strings wider than 8 bytes. */
    private void longStringLabels() throws SavFormatException {
        ByteBuffer b = ByteBuffer.wrap(longStringLabels).order(order);
        try {
            while (b.remaining() > 0) {
                String name = decode(chunk(b, b.getInt()));
                b.getInt(); // width
                int n = b.getInt();
                SavVariable v = byName(name);
                for (int k = 0; k < n; k++) {
                    String value = unpad(decode(chunk(b, b.getInt())));
                    String label = unpad(decode(chunk(b, b.getInt())));
                    if (v != null && !v.isNumeric()) {
                        v.stringLabels.put(value, label);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new SavFormatException("the value labels of long strings are damaged");
        }
    }

    /** Record 7.22: missing values of strings wider than 8 bytes (8 bytes of each are stored). */
    private void longStringMissing() throws SavFormatException {
        ByteBuffer b = ByteBuffer.wrap(longStringMissing).order(order);
        try {
            while (b.remaining() > 0) {
                String name = decode(chunk(b, b.getInt()));
                int n = b.get() & 0xff;
                int length = b.getInt();
                SavVariable v = byName(name);
                for (int k = 0; k < n; k++) {
                    String value = unpad(decode(chunk(b, length)));
                    if (v != null) {
                        v.missingStrings.add(value);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new SavFormatException("the missing values of long strings are damaged");
        }
    }

    private static byte[] chunk(ByteBuffer b, int length) {
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("length " + length);
        }
        byte[] out = new byte[length];
        b.get(out);
        return out;
    }

    SavVariable byName(String name) {
        for (SavVariable v : variables) {
            if (v.name.equalsIgnoreCase(name) || v.shortName.equalsIgnoreCase(name)) {
                return v;
            }
        }
        return null;
    }

    private double number(byte[] eight) {
        return ByteBuffer.wrap(eight).order(order).getDouble();
    }

    String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    /** Invalid bytes become U+FFFD (String's decoding) rather than failing: a value cut inside a UTF-8 character is common. */
    String decode(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, charset);
    }

    private Map<String, String> pairs(byte[] record, String separators) {
        Map<String, String> out = new HashMap<>();
        if (record == null) {
            return out;
        }
        for (String pair : decode(record).split("[" + separators + "]+")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(pair.substring(0, eq).trim().toUpperCase(Locale.ROOT), pair.substring(eq + 1).trim());
            }
        }
        return out;
    }

    private static int parseWidth(String text, String name) throws SavFormatException {
        try {
            int w = Integer.parseInt(text.replace("\0", "").trim());
            if (w > 255 && w <= 32767) {
                return w;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new SavFormatException("very long string " + name + " has an impossible width '" + text + "'; the file is damaged");
    }

    /** Record 7.20 names the encoding; older files only have a code page in record 7.3 (windows-1252 if neither helps). */
    private Charset charset() {
        if (encodingName != null && !encodingName.isEmpty()) {
            String name = encodingName.equalsIgnoreCase("CP1252") ? "windows-1252" : encodingName;
            if (supported(name)) {
                encodingSource = encodingName;
                return Charset.forName(name);
            }
        }
        String page = codePage == null ? null : switch (codePage) {
            case 65001 -> "UTF-8";
            case 28591, 819 -> "ISO-8859-1";
            case 437, 850, 852, 855, 857, 862, 866 -> "IBM" + codePage; // DOS code pages of old SPSS/PC files
            case 28592 -> "ISO-8859-2";
            case 28605 -> "ISO-8859-15";
            case 20127 -> "US-ASCII";
            case 1250, 1251, 1252, 1253, 1254, 1255, 1256, 1257, 1258 -> "windows-" + codePage;
            case 874 -> "x-windows-874";
            case 932 -> "Shift_JIS";
            case 936 -> "GBK";
            case 949 -> "EUC-KR";
            case 950 -> "Big5";
            default -> null; // 2 (EBCDIC, never seen in the wild), 3 (7-bit ASCII) and unknown pages: windows-1252 is the best guess
        };
        if (page != null && supported(page)) {
            encodingSource = page + " (code page " + codePage + ")";
            return Charset.forName(page);
        }
        encodingSource = "windows-1252";
        return Charset.forName("windows-1252");
    }

    /** A damaged encoding record may name no legal charset at all ("UTF 8"): then the code page decides. */
    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Strings are padded with blanks, and some writers (PSPP) pad value-label keys with NULs instead. */
    static String unpad(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String ascii(byte[] name) {
        return new String(name, StandardCharsets.ISO_8859_1).trim();
    }
}
