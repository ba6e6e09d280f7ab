package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyFileException;
import org.studybench.model.io.StudyResources;

class LoadErrorTest {

    @TempDir
    Path dir;

    @Test
    void malformedXmlNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.study");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<study:Study xmlns:study=\"https://studybench.org/model/study/1.0\" name=\"x\">\n"
                + "  <findings name=\"a\">\n"
                + "</study:Study>\n");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyResources.load(file));
        assertEquals(file + ":4:3: The element type \"findings\" must be terminated by the matching end-tag \"</findings>\".", e.getMessage());
    }

    @Test
    void unknownAttributeNamesFileLineAndColumn() throws Exception {
        Path file = dir.resolve("typo.study");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<study:Study xmlns:study=\"https://studybench.org/model/study/1.0\" name=\"x\">\n"
                + "  <findings name=\"a\" mesure=\"proportion\"/>\n"
                + "</study:Study>\n");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyResources.load(file));
        assertEquals(file + ":3:43: unknown attribute or element 'mesure'", e.getMessage());
    }

    @Test
    void missingFileIsOneLine() {
        Path file = dir.resolve("absent.study");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyResources.load(file));
        assertEquals(file + ": no such study file", e.getMessage());
    }

    @Test
    void aFileThatIsNotAStudyIsRejected() throws Exception {
        Path file = dir.resolve("other.study");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<ecore:EPackage xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"p\"/>\n");
        StudyFileException e = assertThrows(StudyFileException.class, () -> StudyResources.load(file));
        assertEquals(file + ": not a StudyBench study (the root element must be study:Study)", e.getMessage());
    }
}
