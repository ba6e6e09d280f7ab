package org.studybench.importer.spss.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.studybench.importer.spss.internal.SavDictionary.ResponseSet;

/**
 * Multiple-response sets of records 7.7 and 7.19, one per line:
 * {@code $name=C 8 Channels a b c} (categories), {@code $name=D1 1 8 Channels a b c} (dichotomies counting
 * "1"), {@code $name=E 1 1 1 8 Channels a b c} (extended dichotomies). Lengths count bytes in the file's
 * encoding, so the line is parsed as bytes and only the pieces are decoded.
 */
final class SavResponseSets {

    private final byte[] text;
    private final Function<byte[], String> decode;
    private int at;

    private SavResponseSets(byte[] text, Function<byte[], String> decode) {
        this.text = text;
        this.decode = decode;
    }

    static List<ResponseSet> parse(byte[] record, Function<byte[], String> decode) throws SavFormatException {
        SavResponseSets p = new SavResponseSets(record, decode);
        List<ResponseSet> out = new ArrayList<>();
        try {
            while (true) {
                p.skipWhile('\n');
                if (p.at >= record.length) {
                    return out;
                }
                out.add(p.set());
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            throw new SavFormatException("the multiple-response set record is damaged near byte " + p.at);
        }
    }

    private ResponseSet set() {
        int eq = indexOf('=');
        String name = decode.apply(Arrays.copyOfRange(text, at, eq)).trim();
        if (name.startsWith("$")) {
            name = name.substring(1);
        }
        at = eq + 1;
        char kind = (char) text[at++];
        String counted = null;
        if (kind == 'D') {
            counted = counted();
        } else if (kind == 'E') {
            at++; // space
            token(); // 1: category labels from the variables' value labels, 11: from their variable labels
            at++;
            counted = counted();
        } else if (kind != 'C') {
            throw new NumberFormatException("kind " + kind);
        }
        skipWhile(' ');
        int labelLength = Integer.parseInt(token());
        at++; // the one space after the length
        String label = decode.apply(Arrays.copyOfRange(text, at, at + labelLength)).trim();
        at += labelLength;
        int end = indexOf('\n');
        List<String> variables = new ArrayList<>();
        for (String v : new String(text, at, end - at, StandardCharsets.ISO_8859_1).trim().split("\\s+")) {
            if (!v.isEmpty()) {
                variables.add(decode.apply(v.getBytes(StandardCharsets.ISO_8859_1)));
            }
        }
        at = end;
        return new ResponseSet(name, label.isEmpty() ? null : label, variables, counted);
    }

    /** A counted value: its length in bytes, a space, the value. */
    private String counted() {
        int length = Integer.parseInt(token());
        at++;
        String value = decode.apply(Arrays.copyOfRange(text, at, at + length)).trim();
        at += length;
        return value;
    }

    private String token() {
        int start = at;
        while (at < text.length && text[at] != ' ' && text[at] != '\n') {
            at++;
        }
        return new String(text, start, at - start, StandardCharsets.ISO_8859_1);
    }

    private int indexOf(char c) {
        for (int i = at; i < text.length; i++) {
            if (text[i] == c) {
                return i;
            }
        }
        return text.length;
    }

    private void skipWhile(char c) {
        while (at < text.length && (text[at] == c || text[at] == 0)) {
            at++;
        }
    }
}
