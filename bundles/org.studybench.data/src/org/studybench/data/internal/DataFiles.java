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

import org.studybench.core.InputException;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.study.Dataset;

/**
 * Where a dataset's data file may be, and what it holds. A study file is not trusted: its dataset
 * address must stay inside the study's folder (after following links), or inside a data root the
 * installation allows (the environment variable {@value #DATA_ROOTS}, folders separated as in PATH);
 * and the file's SHA-256 is compared with the study's record before use. The digest of a file is kept
 * for as long as its size and modification time stay the same, so a report of many tables reads each
 * file once.
 */
final class DataFiles {

    static final String DATA_ROOTS = "STUDYBENCH_DATA_ROOTS";

    private record Stamp(long size, long modified, String sha256) {
    }

    private static final Map<Path, Stamp> DIGESTS = new ConcurrentHashMap<>();

    private DataFiles() {
    }

    /** The dataset's data file: inside the study's folder or an allowed data root, and there. */
    static Path resolve(Path studyFile, Dataset dataset) throws InputException {
        if (dataset.getUri() == null || dataset.getUri().isBlank()) {
            throw new InputException(studyFile + ": dataset '" + dataset.getName() + "' has no data file");
        }
        Path folder = studyFile.toAbsolutePath().normalize().getParent();
        Path file;
        try {
            file = folder.resolve(dataset.getUri()).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new InputException(studyFile + ": dataset '" + dataset.getName() + "' has an impossible data file address: " + dataset.getUri(), e);
        }
        if (!inside(file, folder) && allowedRoots().stream().noneMatch(root -> inside(file, root))) {
            throw new InputException(studyFile + ": the data file of dataset '" + dataset.getName() + "' (" + dataset.getUri()
                    + ") lies outside the study's folder; data files must be in the study's folder (or a folder listed in " + DATA_ROOTS + ")");
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(studyFile + ": the data file of dataset '" + dataset.getName() + "' is missing: " + file);
        }
        try { // a link inside the folder may point anywhere: its target must be allowed too
            Path real = file.toRealPath();
            if (!inside(real, folder.toRealPath()) && allowedRoots().stream().noneMatch(root -> inside(real, realOrSame(root)))) {
                throw new InputException(studyFile + ": the data file of dataset '" + dataset.getName() + "' (" + dataset.getUri()
                        + ") is a link to " + real + ", outside the study's folder; data files must be in the study's folder (or a folder listed in "
                        + DATA_ROOTS + ")");
            }
        } catch (IOException e) {
            throw new InputException(file + ": the data file of dataset '" + dataset.getName() + "' cannot be read: " + e.getMessage(), e);
        }
        return file;
    }

    /** The file's SHA-256 in hex, as the import recorded it. */
    static String sha256(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        Path key = file.toAbsolutePath().normalize();
        Stamp known = DIGESTS.get(key);
        if (known != null && known.size() == attributes.size() && known.modified() == attributes.lastModifiedTime().toMillis()) {
            return known.sha256();
        }
        String digest = ParquetSink.sha256(file);
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
