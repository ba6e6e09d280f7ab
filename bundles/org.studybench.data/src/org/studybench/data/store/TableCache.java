package org.studybench.data.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The results of aggregation queries over data whose content is known by its SHA-256 (an imported
 * dataset's Parquet file, whose digest the data layer checks before every use), kept in the user's cache
 * folder: a banner, chart or crosstab asked again of unchanged data is read from here instead of
 * scanning the data again. The key is the digest of the data's SHA-256, the query's text and its
 * parameters, so changed data, another table, design or segment is another key and nothing is ever stale.
 *
 * <p>The folder is {@value #FOLDER_ENV} (or the system property {@value #FOLDER_PROPERTY}); {@code off}
 * there turns the cache off; by default it is {@code $XDG_CACHE_HOME/studybench/tables} (or
 * {@code ~/.cache/studybench/tables}). Results are a few thousand numbers each; the least recently used
 * go when there are more than {@value #MOST_ENTRIES} or they take more than 64 MB. A result that cannot
 * be read back (damaged, written by another version) is computed again; a folder that cannot be written
 * only means no caching.
 */
public final class TableCache {

    public static final String FOLDER_ENV = "STUDYBENCH_TABLE_CACHE";
    static final String FOLDER_PROPERTY = "studybench.tableCache";
    static final int MOST_ENTRIES = 2000;
    private static final long MOST_BYTES = 64L << 20;
    /** Changes when the stored layout changes: old entries then simply no longer match. */
    private static final String FORMAT = "studybench-table-cache 1";

    private TableCache() {
    }

    /** The cache folder, or null when the cache is off. */
    static Path folder() {
        String given = Settings.get(FOLDER_PROPERTY, FOLDER_ENV);
        if ("off".equalsIgnoreCase(given)) {
            return null;
        }
        if (given != null) {
            return Path.of(given);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("studybench").resolve("tables");
    }

    /** The key of {@code query} with {@code parameters} over data whose content has SHA-256 {@code contentHash}. */
    public static String key(String contentHash, String query, List<Object> parameters) {
        StringBuilder text = new StringBuilder(FORMAT).append('\n').append(contentHash).append('\n').append(query);
        for (Object p : parameters) {
            text.append('\n').append(p == null ? "null" : p.getClass().getName() + ":" + p);
        }
        return sha256(text.toString());
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes in hex: the cache's names for entries (here and in DigestCache). */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The rows stored under {@code key}, or null (not stored, the cache off, or the entry unreadable). */
    public static List<Object[]> load(String key) {
        Path folder = folder();
        if (folder == null) {
            return null;
        }
        Path file = folder.resolve(key + ".rows");
        try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            if (!FORMAT.equals(data.readUTF())) {
                return null;
            }
            int rows = data.readInt();
            int columns = data.readInt();
            List<Object[]> out = new ArrayList<>(rows);
            for (int r = 0; r < rows; r++) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = switch (data.readByte()) {
                        case 0 -> null;
                        case 1 -> data.readLong();
                        case 2 -> data.readDouble();
                        case 3 -> data.readBoolean();
                        case 4 -> {
                            byte[] utf8 = new byte[data.readInt()];
                            data.readFully(utf8);
                            yield new String(utf8, StandardCharsets.UTF_8);
                        }
                        default -> throw new IOException("unknown value kind");
                    };
                }
                out.add(row);
            }
            if (data.read() != -1) {
                return null;
            }
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis())); // recently used
            return out;
        } catch (IOException | RuntimeException e) {
            return null; // not stored, or damaged or foreign: computed (again), and stored anew
        }
    }

    /**
     * Stores {@code rows} (values: null, Long, Double, Boolean or String) under {@code key}, atomically;
     * does nothing when the cache is off or cannot be written.
     */
    public static void store(String key, List<Object[]> rows) {
        Path folder = folder();
        if (folder == null) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(temp); DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
                data.writeUTF(FORMAT);
                data.writeInt(rows.size());
                data.writeInt(rows.isEmpty() ? 0 : rows.get(0).length);
                for (Object[] row : rows) {
                    for (Object v : row) {
                        write(data, v);
                    }
                }
            }
            Files.move(temp, folder.resolve(key + ".rows"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            trim(folder);
        } catch (IOException | RuntimeException e) {
            // no caching this time
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a leftover temporary file in the cache folder
                }
            }
        }
    }

    private static void write(DataOutputStream data, Object v) throws IOException {
        switch (v) {
            case null -> data.writeByte(0);
            case Long l -> {
                data.writeByte(1);
                data.writeLong(l);
            }
            case Double d -> {
                data.writeByte(2);
                data.writeDouble(d);
            }
            case Boolean b -> {
                data.writeByte(3);
                data.writeBoolean(b);
            }
            case String s -> {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                data.writeByte(4);
                data.writeInt(utf8.length);
                data.write(utf8);
            }
            default -> throw new IllegalArgumentException("a result value of kind " + v.getClass().getSimpleName());
        }
    }

    /** Removes the least recently used entries beyond the limits. */
    private static void trim(Path folder) throws IOException {
        record Entry(Path file, long used, long size) {
        }
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.rows")) {
            for (Path f : files) {
                entries.add(new Entry(f, Files.getLastModifiedTime(f).toMillis(), Files.size(f)));
            }
        }
        long bytes = entries.stream().mapToLong(Entry::size).sum();
        entries.sort(Comparator.comparingLong(Entry::used));
        for (int i = 0; i < entries.size() && (entries.size() - i > MOST_ENTRIES || bytes > MOST_BYTES); i++) {
            Files.deleteIfExists(entries.get(i).file());
            bytes -= entries.get(i).size();
        }
    }
}
