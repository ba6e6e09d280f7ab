package org.studybench.data.internal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.studybench.data.store.DigestCache;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;

/**
 * Where a dataset's data file may be, and what it holds. A study file is not trusted: its dataset
 * address must stay inside the study's folder (after following links), or inside a data root the
 * installation allows (the environment variable {@value #DATA_ROOTS}, folders separated as in PATH);
 * and the file's SHA-256 is compared with the study's record before use. The digest of a file is kept
 * for as long as its size and modification time stay the same, so a report of many tables reads each
 * file once; other processes reuse it while the file is the very same ({@link DigestCache}).
 */
final class DataFiles {

    static final String DATA_ROOTS = "STUDYBENCH_DATA_ROOTS";

    private record Stamp(long size, long modified, String sha256) {
    }

    private static final Map<Path, Stamp> DIGESTS = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /**
     * Why a study may not use a dataset's data file, said of the study ("the data file of dataset 'x'
     * is missing: ..."): callers put the study's file in front, or list it under the study.
     */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The dataset's data file: inside the study's folder or an allowed data root, and there. */
    static Path resolve(Path studyFile, Dataset dataset) throws Refused {
        if (dataset.getUri() == null || dataset.getUri().isBlank()) {
            throw new Refused("dataset '" + dataset.getName() + "' has no data file", null);
        }
        Path folder = studyFile.toAbsolutePath().normalize().getParent();
        Path file;
        try {
            file = folder.resolve(dataset.getUri()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new Refused("dataset '" + dataset.getName() + "' has an impossible data file address: " + dataset.getUri(), e);
        }
        if (!inside(file, folder) && allowedRoots().stream().noneMatch(root -> inside(file, root))) {
            throw new Refused("the data file of dataset '" + dataset.getName() + "' (" + dataset.getUri()
                    + ") lies outside the study's folder; data files must be in the study's folder (or a folder listed in " + DATA_ROOTS + ")", null);
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused("the data file of dataset '" + dataset.getName() + "' is missing: " + file, null);
        }
        try { // a link inside the folder may point anywhere: its target must be allowed too
            Path real = file.toRealPath();
            if (!inside(real, folder.toRealPath()) && allowedRoots().stream().noneMatch(root -> inside(real, realOrSame(root)))) {
                throw new Refused("the data file of dataset '" + dataset.getName() + "' (" + dataset.getUri() + ") is a link to " + real
                        + ", outside the study's folder; data files must be in the study's folder (or a folder listed in " + DATA_ROOTS + ")", null);
            }
        } catch (IOException e) {
            throw unreadable(dataset, file, e);
        }
        return file;
    }

    /** The dataset's data file as {@link #resolve} finds it, with the content the study recorded at import (when it recorded one). */
    static Path checked(Path studyFile, Dataset dataset) throws Refused {
        Path file = resolve(studyFile, dataset);
        String recorded = dataset.getContentHash();
        if (recorded != null && !recorded.isBlank()) {
            String actual;
            try {
                actual = sha256(file);
            } catch (IOException e) {
                throw unreadable(dataset, file, e);
            }
            if (!recorded.equalsIgnoreCase(actual)) {
                throw new Refused("the data file of dataset '" + dataset.getName() + "' (" + dataset.getUri()
                        + ") changed since it was imported; if that is deliberate, accept it with: studybench validate " + studyFile + " --rehash", null);
            }
        }
        return file;
    }

    static Refused unreadable(Dataset dataset, Path file, IOException e) {
        return new Refused("the data file of dataset '" + dataset.getName() + "' (" + file + ") cannot be read: " + e.getMessage(), e);
    }

    /** Keeps the digest an import computed of the file it wrote, so its first use need not read the file again. */
    static void remember(Path file, String sha256) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        DIGESTS.put(file.toAbsolutePath().normalize(), new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), sha256));
        DigestCache.keep(file, DigestCache.stamp(file), sha256);
    }

    /** The file's SHA-256 in hex, as the import recorded it. */
    static String sha256(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Path key = file.toAbsolutePath().normalize();
        Stamp known = DIGESTS.get(key);
        if (known != null && known.size() == attributes.size() && known.modified() == attributes.lastModifiedTime().toMillis()) {
            return known.sha256();
        }
        // another process may have read this very file before (DigestCache); the stamp is taken before reading, so
        // a change while it is read is a change next time
        String stamp = DigestCache.stamp(file);
        String digest = DigestCache.digest(file, stamp);
        if (digest == null) {
            digest = ParquetSink.sha256(file);
            DigestCache.keep(file, stamp, digest);
        }
        DIGESTS.put(key, new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis(), digest));
        return digest;
    }

    private static boolean inside(Path file, Path folder) {
        return file.startsWith(folder) && !file.equals(folder);
    }

    private static Path realOrSame(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    private static List<Path> allowedRoots() {
        String roots = System.getenv(DATA_ROOTS);
        List<Path> out = new ArrayList<>();
        if (roots != null) {
            for (String root : roots.split(File.pathSeparator)) {
                if (!root.isBlank()) {
                    out.add(Path.of(root).toAbsolutePath().normalize());
                }
            }
        }
        return out;
    }
}
