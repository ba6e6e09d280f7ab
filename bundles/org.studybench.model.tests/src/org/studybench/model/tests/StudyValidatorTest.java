package org.studybench.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.validation.StudyValidator;

class StudyValidatorTest {

    private static List<String> messages(Study study) {
        return StudyValidator.validate(study).getChildren().stream().map(Diagnostic::getMessage).toList();
    }

    @Test
    void theSampleStudyIsValid() {
        assertEquals(List.of(), messages(SampleStudies.full()));
    }

    @Test
    void segmentWithZeroBaseIsNamedInTheMessageAndPointsAtTheEstimate() {
        Study study = SampleStudies.full();
        Finding security = study.getFindings().get(2);
        security.getEstimates().get(1).setN(0);
        Diagnostic problem = StudyValidator.validate(study).getChildren().get(0);
        assertEquals("Finding 'security' has segment 'SME' with n=0", problem.getMessage());
        assertEquals(Diagnostic.ERROR, problem.getSeverity());
        assertSame(security.getEstimates().get(1), problem.getData().get(0));
    }

    @Test
    void percentagesWrittenAsWholeNumbersAreExplained() {
        Study study = SampleStudies.full();
        study.getFindings().get(2).getEstimates().get(0).setValue(71);
        assertEquals(List.of("Finding 'security' has segment 'large' with proportion 71.0 outside 0..1 (write 0.71 for 71.0%)"), messages(study));
    }

    @Test
    void countLargerThanBaseAndValueOutsideItsInterval() {
        Study study = SampleStudies.full();
        var estimate = study.getFindings().get(0).getEstimates().get(0);
        estimate.setCount(151.0);
        estimate.setCiLow(0.62);
        estimate.setCiHigh(0.70);
        assertEquals(List.of("Finding 'strategy' has the whole sample with count 151.0 larger than n=150",
                "Finding 'strategy' has the whole sample with value 0.6 outside its interval [0.62, 0.7]"), messages(study));
    }

    @Test
    void nestedBaseLargerThanItsParentAndLoopsAreReported() {
        Study study = SampleStudies.full();
        Finding strategy = study.getFindings().get(0);
        Finding nested = study.getFindings().get(1);
        nested.getBase().setN(200);
        nested.getEstimates().get(0).setN(200);
        assertEquals(List.of("Finding 'little-importance' has a nested base of n=200, larger than the n=150 of Finding 'strategy' it is nested in"),
                messages(study));
        nested.getBase().setN(90);
        nested.getEstimates().get(0).setN(90);
        strategy.getBase().setWithin(nested);
        assertEquals(List.of("Finding 'strategy' has a nested base that loops back on itself through Finding 'strategy'",
                "Finding 'little-importance' has a nested base that loops back on itself through Finding 'little-importance'"), messages(study));
    }

    @Test
    void duplicateNamesMissingSourcesAndDatasetsAreReported() {
        Study study = SampleStudies.full();
        Finding copy = SampleStudies.finding(study, "security", null);
        SampleStudies.estimate(copy, null, 0.5, 10);
        Finding computed = SampleStudies.finding(study, "computed", 100);
        computed.setOrigin(Origin.COMPUTED);
        computed.setMeasure(MeasureKind.MEAN);
        SampleStudies.estimate(computed, null, 3.2, 100);
        Segment extra = SampleStudies.segment(study, null);
        extra.setLabel("Retail");
        assertEquals(List.of("Two findings are named 'security'; names must be unique",
                "Segment 'Retail' has no name",
                "Finding 'security' is published but names no source",
                "Finding 'computed' is computed but names no dataset to compute it from",
                "Finding 'computed' is computed but names no variable"), messages(study));
    }

    @Test
    void computedFindingsNeedWhatTheyAreComputedFrom() {
        Study study = SampleStudies.full();
        Finding computed = SampleStudies.finding(study, "computed", 100);
        computed.setOrigin(Origin.COMPUTED);
        computed.setDataset(org.studybench.model.study.StudyFactory.eINSTANCE.createDataset());
        computed.getDataset().setName("d");
        computed.getDataset().setUri("data/d.parquet");
        study.getDatasets().add(computed.getDataset());
        SampleStudies.estimate(computed, null, 0.3, 100);
        computed.setVariable("q1");
        assertEquals(List.of("Finding 'computed' is a computed proportion but names no level of q1 to count"), messages(study));
        computed.setMeasure(MeasureKind.COUNT);
        assertEquals(List.of("Finding 'computed' is computed as a count; only proportions and means are computed from data"), messages(study));
        computed.setMeasure(MeasureKind.MEAN);
        assertEquals(List.of(), messages(study));
    }

    @Test
    void duplicateEstimatesForOneSegment() {
        Study study = SampleStudies.full();
        Finding security = study.getFindings().get(2);
        SampleStudies.estimate(security, study.getSegments().get(0), 0.6, 100);
        assertEquals(List.of("Finding 'security' has two estimates for segment 'SME'"), messages(study));
    }
}
