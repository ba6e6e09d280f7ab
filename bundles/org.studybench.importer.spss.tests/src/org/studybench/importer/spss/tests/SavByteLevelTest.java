package org.studybench.importer.spss.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.studybench.core.Arguments;
import org.studybench.core.CollectedRows;
import org.studybench.core.Progress;
import org.studybench.importer.spss.internal.SavImporter;
import org.studybench.model.study.MultipleResponseSet;
import org.studybench.model.study.Variable;

/**
 * A system file laid out byte by byte, as the PSPP manual's "System File Format" appendix describes
 * it, for what the writers available here do not produce: big-endian files (old SPSS on SPARC and
 * PowerPC), command bytes of one compressed block running across cases, padding codes (0) between
 * values, an end-of-data code (252) inside a block, and an extended dichotomy response set (7.19).
 */
class SavByteLevelTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "LITTLE_ENDIAN", "BIG_ENDIAN" })
    void handMadeFileInEitherByteOrder(String byteOrder) throws Exception {
        ByteOrder order = byteOrder.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path file = Files.write(dir.resolve("hand-made.sav"), file(order));
        CollectedRows rows = new CollectedRows();
        SavImporter importer = new SavImporter();
        importer.read(file, Arguments.parse(importer.options(), Map.of()), rows, Progress.NONE);
        assertEquals(List.of("amount", "count", "code"), rows.dictionary().stream().map(Variable::getName).toList());
        assertEquals(List.of("1=one"), rows.dictionary().get(0).getValueLabels().stream().map(l -> l.getValue() + "=" + l.getLabel()).toList());
        assertEquals(List.of(Arrays.asList(1.5, 2L, "ab"), Arrays.asList(null, 0L, null), Arrays.asList(7.0, -99L, "xyz")), rows.rows());
        List<MultipleResponseSet> sets = rows.sets();
        assertEquals(List.of("both", "extended"), sets.stream().map(MultipleResponseSet::getName).toList());
        assertEquals(List.of("2", "1"), sets.stream().map(MultipleResponseSet::getCountedValue).toList());
        assertEquals("Both counted", sets.get(0).getLabel());
        assertEquals(List.of("amount", "count"), sets.get(1).getVariables().stream().map(Variable::getName).toList());
    }

    private static byte[] file(ByteOrder order) {
        Writer w = new Writer(order);
        w.text("$FL2").text(pad("@(#) SPSS DATA FILE hand-made", 60));
        w.int32(2).int32(3).int32(1).int32(0).int32(3).float64(100).text(pad("", 9 + 8 + 64 + 3));
        variable(w, 0, (5 << 16) | (8 << 8) | 2, "N"); // F8.2
        variable(w, 0, (5 << 16) | (8 << 8), "M"); // F8.0
        variable(w, 3, (1 << 16) | (3 << 8), "S"); // A3
        w.int32(3).int32(1).float64(1).bytes(new byte[] { 3 }).text("one").text(pad("", 4)); // 1 + 3 bytes, padded to 8
        w.int32(4).int32(1).int32(1);
        extension(w, 3, 4, ints(order, 1, 0, 0, -1, 1, 1, order == ByteOrder.BIG_ENDIAN ? 1 : 2, 65001));
        extension(w, 13, 1, "N=amount\tM=count\tS=code".getBytes(StandardCharsets.US_ASCII));
        extension(w, 7, 1, "$both=D1 2 12 Both counted N M\n".getBytes(StandardCharsets.US_ASCII));
        extension(w, 19, 1, "$extended=E 1 1 1 0  N M\n".getBytes(StandardCharsets.US_ASCII));
        w.int32(999).int32(0);
        // case 1: 1.5 (raw), 2 (code 102), "ab" (raw); case 2: system-missing, 0 (code 100), blanks;
        // case 3: 7 (code 107), -99 (code 1), "xyz" (raw); then the end code inside the second block
        w.bytes(new byte[] { 0, (byte) 253, 102, (byte) 253, 0, (byte) 255, 100, (byte) 254 }).float64(1.5).text("ab      ");
        w.bytes(new byte[] { 107, 1, (byte) 253, (byte) 252, 0, 0, 0, 0 }).text("xyz     ");
        return w.out.toByteArray();
    }

    private static void variable(Writer w, int width, int format, String name) {
        w.int32(2).int32(width).int32(0).int32(0).int32(format).int32(format).text(pad(name, 8));
    }

    private static void extension(Writer w, int subtype, int size, byte[] data) {
        w.int32(7).int32(subtype).int32(size).int32(data.length / size).bytes(data);
    }

    private static byte[] ints(ByteOrder order, int... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(order);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static String pad(String s, int length) {
        return s + " ".repeat(length - s.length());
    }

    private static final class Writer {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteOrder order;

        Writer(ByteOrder order) {
            this.order = order;
        }

        Writer int32(int v) {
            return bytes(ByteBuffer.allocate(4).order(order).putInt(v).array());
        }

        Writer float64(double v) {
            return bytes(ByteBuffer.allocate(8).order(order).putDouble(v).array());
        }

        Writer text(String s) {
            return bytes(s.getBytes(StandardCharsets.US_ASCII));
        }

        Writer bytes(byte[] b) {
            out.writeBytes(b);
            return this;
        }
    }
}
