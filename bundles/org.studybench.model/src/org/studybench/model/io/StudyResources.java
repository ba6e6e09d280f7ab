package org.studybench.model.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.xml.sax.SAXParseException;

/** Loading, creating and atomically saving .study files. Works inside and outside an OSGi runtime. */
public final class StudyResources {

    public static final String FILE_EXTENSION = "study";

    private StudyResources() {
    }

    /** A resource set that knows the study package and the .study format without relying on plug-in registries. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(StudyPackage.eNS_URI, StudyPackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(FILE_EXTENSION, new StudyResourceFactory());
        return resourceSet;
    }

    /** A new, empty study with an id, a name and a title. */
    public static Study createStudy(String name, String title) {
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setId(Ids.newId());
        study.setName(name);
        study.setTitle(title);
        return study;
    }

    /** Loads a study; problems come back as one line naming the file and, for XML errors, line and column. */
    public static Study load(Path file) throws StudyFileException {
        return load(file, newResourceSet());
    }

    public static Study load(Path file, ResourceSet resourceSet) throws StudyFileException {
        Path absolute = file.toAbsolutePath().normalize();
        Resource resource = resourceSet.createResource(URI.createFileURI(absolute.toString()));
        try {
            byte[] bytes = Files.readAllBytes(absolute);
            resource.load(new java.io.ByteArrayInputStream(bytes), Map.of());
            remember(resource, absolute, sha256(bytes));
        } catch (NoSuchFileException | FileNotFoundException e) {
            resourceSet.getResources().remove(resource);
            throw new StudyFileException(file, file + ": no such study file", e);
        } catch (IOException e) {
            resourceSet.getResources().remove(resource);
            throw new StudyFileException(file, describeLoadError(file, e), e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic first = resource.getErrors().get(0);
            resourceSet.getResources().remove(resource);
            throw new StudyFileException(file, at(file, first.getLine(), first.getColumn()) + tidy(first.getMessage()), null);
        }
        EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
        if (!(root instanceof Study study)) {
            resourceSet.getResources().remove(resource);
            throw new StudyFileException(file, file + ": not a StudyBench study (the root element must be study:Study)", null);
        }
        return study;
    }

    /**
     * Saves the study to {@code file} atomically (temporary file, then rename): if anything fails, the
     * previous content of {@code file} is untouched. The study's resource is moved to {@code file}.
     */
    public static void save(Study study, Path file) throws StudyFileException {
        java.util.Optional<String> unwritable = XmlText.firstProblem(study);
        if (unwritable.isPresent()) { // written anyway, the file could not be read again
            throw new StudyFileException(file, file + ": cannot save: " + unwritable.get() + ", which a study file cannot hold; remove it", null);
        }
        Path absolute = file.toAbsolutePath().normalize();
        Resource resource = study.eResource();
        URI uri = URI.createFileURI(absolute.toString());
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(study);
        } else {
            resource.setURI(uri);
        }
        Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
        // file locks are per process: threads of this one queue here first
        synchronized (SAVING.computeIfAbsent(absolute, k -> new Object())) {
            saveLocked(resource, file, absolute, lockFile);
        }
    }

    private static final Map<Path, Object> SAVING = new java.util.concurrent.ConcurrentHashMap<>();

    private static void saveLocked(Resource resource, Path file, Path absolute, Path lockFile) throws StudyFileException {
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": could not save: " + oneLine(e), e);
        }
        // the lock file stays (hidden, empty): deleting it would let two writers lock two different files
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); java.nio.channels.FileLock lock = channel.lock()) {
            // one writer at a time, and only over the file as it was read: another program's or command's save is never lost
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            resource.save(content, Map.of());
            byte[] bytes = content.toByteArray();
            String written = sha256(bytes);
            Stamp opened = stamp(resource);
            if (opened != null && opened.file().equals(absolute) && Files.exists(absolute)) {
                String now = sha256(Files.readAllBytes(absolute));
                if (!opened.sha256().equals(now)) {
                    if (!now.equals(written)) {
                        throw new StudyChangedException(file);
                    }
                    // another writer saved exactly this study (two reports recomputing the same results): nothing to lose, nothing to write
                    remember(resource, absolute, written);
                    return;
                }
            }
            AtomicFiles.write(absolute, out -> out.write(bytes));
            remember(resource, absolute, written);
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": could not save: " + oneLine(e), e);
        }
    }

    /**
     * Lets the next save of {@code study} replace its file even if the file changed since it was read
     * (the user chose to overwrite another program's change).
     */
    public static void forgetOpenedContent(Study study) {
        if (study.eResource() != null) {
            STAMPS.remove(study.eResource());
        }
    }

    /**
     * Whether the file {@code study} was last read from or written to here now holds other bytes or is
     * gone (another program, command or window changed, moved or deleted it); false when it holds what
     * was read or written, or when the study was never read from or written to a file. Waits for a save
     * of the same file in progress in this process, so one's own save is never taken for a change.
     */
    public static boolean changedOnDisk(Study study) {
        Resource resource = study.eResource();
        Stamp opened = resource == null ? null : stamp(resource);
        if (opened == null) {
            return false;
        }
        synchronized (SAVING.computeIfAbsent(opened.file(), k -> new Object())) {
            Stamp now = stamp(resource); // (a save that just finished has written a new one)
            if (now == null) {
                return false; // forgotten: the next save overwrites whatever is there
            }
            try {
                return !now.sha256().equals(sha256(Files.readAllBytes(now.file())));
            } catch (IOException e) {
                return true;
            }
        }
    }

    /** The file a study's resource was last read from or written to, and the SHA-256 of its bytes then. */
    private record Stamp(Path file, String sha256) {
    }

    private static final Map<Resource, Stamp> STAMPS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static void remember(Resource resource, Path file, String sha256) {
        STAMPS.put(resource, new Stamp(file, sha256));
    }

    private static Stamp stamp(Resource resource) {
        return STAMPS.get(resource);
    }

    private static java.security.MessageDigest newDigest() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String sha256(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static String describeLoadError(Path file, IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof XMIException xmi) {
                return at(file, xmi.getLine(), xmi.getColumn()) + tidy(xmi.getMessage());
            }
            if (cause instanceof SAXParseException sax) {
                return at(file, sax.getLineNumber(), sax.getColumnNumber()) + tidy(sax.getMessage());
            }
            cause = cause.getCause();
        }
        return file + ": " + oneLine(e);
    }

    private static String at(Path file, int line, int column) {
        return line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
        return tidy(message);
    }

    /** EMF messages end with "(uri, line, column)"; we already say where, so keep the sentence only. */
    private static String tidy(String message) {
        String text = message == null ? "unreadable content" : message.replaceAll("\\s+", " ").trim();
        int paren = text.lastIndexOf(". (");
        if (paren < 0) {
            paren = text.lastIndexOf(" (file:");
        }
        text = paren > 0 ? text.substring(0, paren) : text;
        return text.replaceFirst("^Feature '([^']*)' not found\\.?$", "unknown attribute or element '$1'");
    }
}
