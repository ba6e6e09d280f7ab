package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Option;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.editor.ModelLabels;

/**
 * What the workbench shows of elements and features comes from the item providers generated from
 * study.genmodel, with StudyBench's own labels where they differ from EMF's "Finding security".
 */
class ModelLabelsTest {

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    private static final StudyFactory F = StudyFactory.eINSTANCE;

    @Test
    void elementsAreLabelledAsTheTreesShowThem() {
        Finding finding = F.createFinding();
        finding.setName("security");
        finding.setLabel("See security as a risk");
        assertEquals("See security as a risk  [security]", ModelLabels.text(finding));
        finding.setLabel("security");
        assertEquals("security", ModelLabels.text(finding));

        Segment sme = F.createSegment();
        sme.setName("SME");
        Estimate estimate = F.createEstimate();
        estimate.setSegment(sme);
        estimate.setValue(0.71);
        estimate.setPublishedText("71%");
        assertEquals("SME: 71%", ModelLabels.text(estimate));

        Option option = F.createOption();
        option.setCode("1");
        option.setLabel("Yes");
        assertEquals("1  Yes", ModelLabels.text(option));
        assertEquals("plain", ModelLabels.text("plain"));
        assertInstanceOf(URL.class, ModelLabels.image(finding), "the icon generated for Finding");
    }

    @Test
    void formsTakeNamesReadOnlinessAndMultiLineFromTheDescriptors() {
        Dataset dataset = F.createDataset();
        assertFalse(ModelLabels.settable(dataset, P.getDataset_RowCount()));
        assertFalse(ModelLabels.settable(dataset, P.getDataset_ContentHash()));
        assertTrue(ModelLabels.settable(dataset, P.getDataset_Uri()));
        assertEquals("Fieldwork start", ModelLabels.displayName(F.createInstrument(), P.getInstrument_FieldworkStart()), "the descriptor's, in sentence case");
        // a researcher's words where the model's are a programmer's
        assertEquals("Respondents (rows)", ModelLabels.displayName(dataset, P.getDataset_RowCount()));
        assertEquals("Data file (or database table)", ModelLabels.displayName(dataset, P.getDataset_Uri()));
        assertEquals("Method", ModelLabels.displayName(F.createComparison(), P.getComparison_ComparatorId()));
        assertEquals("Denominator degrees of freedom", ModelLabels.displayName(F.createResult(), P.getResult_Df2()));
        assertEquals("p", ModelLabels.displayName(F.createResult(), P.getResult_PValue()));
        assertEquals("Interval from", ModelLabels.displayName(F.createEstimate(), P.getEstimate_CiLow()));
        assertEquals("Base", ModelLabels.displayName(F.createFinding(), P.getFinding_Base()), "a containment: no descriptor, its generated name");

        Study study = F.createStudy();
        assertTrue(ModelLabels.multiLine(study, P.getStudy_Description()));
        assertFalse(ModelLabels.multiLine(study, P.getStudy_Title()));
    }
}
