package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Study;

class StudyRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void saveThenLoadGivesAnEqualStudy() throws Exception {
        Study original = SampleStudies.full();
        Path file = dir.resolve("sample.study");
        StudyResources.save(original, file);

        Study loaded = StudyResources.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded study differs from the saved one");
        Finding nested = loaded.getFindings().get(1);
        assertSame(loaded.getFindings().get(0), nested.getBase().getWithin(), "nested base must point at the 'strategy' finding");
        assertEquals("SME", loaded.getFindings().get(2).getEstimates().get(1).getSegment().getName());
    }

    @Test
    void everyIdentifiedElementGetsAUniqueIdThatSurvivesReloading() throws Exception {
        Study original = SampleStudies.full();
        Path file = dir.resolve("ids.study");
        StudyResources.save(original, file);
        Set<String> ids = new HashSet<>();
        int elements = 0;
        for (TreeIterator<EObject> it = EcoreUtil.getAllContents(original, true); it.hasNext();) {
            if (it.next() instanceof Identified identified) {
                assertNotNull(identified.getId(), () -> "no id on " + identified);
                ids.add(identified.getId());
                elements++;
            }
        }
        assertEquals(elements, ids.size(), "ids must be unique");
        Study loaded = StudyResources.load(file);
        assertEquals(original.getFindings().get(2).getEstimates().get(0).getId(), loaded.getFindings().get(2).getEstimates().get(0).getId());
    }

    @Test
    void savingTheSameStudyTwiceWritesIdenticalBytes() throws Exception {
        Path first = dir.resolve("a.study");
        Path second = dir.resolve("b.study");
        StudyResources.save(SampleStudies.full(), first);
        Study loaded = StudyResources.load(first);
        StudyResources.save(loaded, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        String xml = Files.readString(first);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertTrue(!xml.contains("\r"), "line ends must be LF");
    }

    @Test
    void referencesAreWrittenAsIdsSoRenamingDoesNotBreakThem() throws Exception {
        Study study = SampleStudies.full();
        Path file = dir.resolve("refs.study");
        StudyResources.save(study, file);
        String smeId = study.getSegments().get(0).getId();
        assertTrue(Files.readString(file).contains("segment=\"" + smeId + "\""));
        study.getSegments().get(0).setName("small and medium");
        StudyResources.save(study, file);
        assertEquals("small and medium", StudyResources.load(file).getFindings().get(2).getEstimates().get(1).getSegment().getName());
    }
}
