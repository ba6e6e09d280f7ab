package org.studybench.importer.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Encoding and delimiter of a CSV file, given or detected from its first 64 KB. */
record CsvFormat(Charset charset, char delimiter, int bomLength) {

    private static final int SAMPLE = 64 * 1024;

    static CsvFormat detect(Path file, String encoding, String delimiter) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        Charset charset;
        int bom = 0;
        if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else if (!"auto".equals(encoding)) {
            charset = Charset.forName(encoding);
        } else {
            charset = isUtf8(head) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        }
        String text = new String(head, bom, head.length - bom, charset);
        char sep = "auto".equals(delimiter) ? guessDelimiter(text) : "tab".equals(delimiter) ? '\t' : delimiter.charAt(0);
        return new CsvFormat(charset, sep, bom);
    }

    /** Strict UTF-8 decoding of the sample (a multi-byte sequence cut at the end of the sample is fine). */
    private static boolean isUtf8(byte[] head) {
        int end = head.length;
        // Drop a possibly truncated final sequence.
        int back = 0;
        while (back < 3 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            end = end - back - 1;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The candidate that splits the first lines into the same, largest number of fields (quotes respected). */
    static char guessDelimiter(String text) {
        String[] lines = text.split("\r?\n", 12);
        char best = ',';
        int bestScore = -1;
        // The last line of the sample may be cut off; it only counts when it is the only one.
        int usable = lines.length == 1 ? 1 : Math.min(lines.length - 1, 10);
        for (char candidate : new char[] { ',', ';', '\t', '|' }) {
            int first = count(lines[0], candidate);
            boolean consistent = true;
            for (int i = 1; i < usable; i++) {
                consistent &= count(lines[i], candidate) == first;
            }
            int score = first <= 0 ? 0 : first * (consistent ? 2 : 1);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static int count(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    String describe() {
        return charset.name() + ", " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + "-separated";
    }
}
