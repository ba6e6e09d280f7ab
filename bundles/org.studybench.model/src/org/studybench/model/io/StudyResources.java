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
        try (InputStream in = Files.newInputStream(absolute)) {
            resource.load(in, Map.of());
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
        Path absolute = file.toAbsolutePath().normalize();
        Resource resource = study.eResource();
        URI uri = URI.createFileURI(absolute.toString());
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(study);
        } else {
            resource.setURI(uri);
        }
        Resource toSave = resource;
        try {
            AtomicFiles.write(absolute, out -> toSave.save(out, Map.of()));
        } catch (IOException e) {
            throw new StudyFileException(file, file + ": could not save: " + oneLine(e), e);
        }
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
