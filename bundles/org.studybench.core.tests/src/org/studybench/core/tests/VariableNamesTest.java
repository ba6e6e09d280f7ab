package org.studybench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.studybench.core.VariableNames;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;

class VariableNamesTest {

    @Test
    void namesEqualIgnoringCaseGetASuffix() {
        // ResponseId and ResponseID are both in one real Qualtrics export; the data store cannot hold both.
        assertEquals(List.of("ResponseId", "Q1", "ResponseID_2", "q1_2", "Q1_3"), VariableNames.unique(List.of("ResponseId", "Q1", "ResponseID", "q1", "Q1")));
    }

    @Test
    void blankHeadersAreNumberedByColumnAndNamesAreTrimmed() {
        assertEquals(List.of("V1", "age", "V3", "V3_2"), VariableNames.unique(Arrays.asList(null, " age ", "  ", "V3")));
    }

    @Test
    void aSuffixNeverTakesTheNameOfAnotherColumn() {
        // "a_2" is a header of its own, so the second "A" skips to _3 and the result does not depend on what follows.
        assertEquals(List.of("a", "A_3", "A_2"), VariableNames.unique(List.of("a", "A", "A_2")));
        assertEquals(List.of("x", "x_3", "X_2", "x_4"), VariableNames.unique(List.of("x", "x", "X_2", "x")));
    }

    @Test
    void renamedVariablesKeepANoteInTheirLabel() {
        List<Variable> dictionary = new ArrayList<>(List.of(variable("ResponseId", "Response ID"), variable("ResponseID", null),
                variable("RESPONSEID", "Response ID (panel)"), variable("", null), variable("responseid", "responseid")));
        VariableNames.makeUnique(dictionary);
        assertEquals(List.of("ResponseId", "ResponseID_2", "RESPONSEID_3", "V4", "responseid_4"), dictionary.stream().map(Variable::getName).toList());
        assertEquals("Response ID", dictionary.get(0).getLabel());
        assertEquals("renamed from ResponseID", dictionary.get(1).getLabel());
        assertEquals("Response ID (panel) (renamed from RESPONSEID)", dictionary.get(2).getLabel());
        assertNull(dictionary.get(3).getLabel()); // a blank header had no name to note
        assertEquals("renamed from responseid", dictionary.get(4).getLabel()); // a label that was only the name is replaced
    }

    private static Variable variable(String name, String label) {
        Variable v = StudyFactory.eINSTANCE.createVariable();
        v.setName(name);
        v.setLabel(label);
        return v;
    }
}
