package org.studybench.model.tests;

import org.studybench.model.io.StudyResources;
import org.studybench.model.study.Base;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Instrument;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Question;
import org.studybench.model.study.QuestionType;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Result;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Source;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;

/** A small study that uses every part of the model. */
final class SampleStudies {

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    private SampleStudies() {
    }

    static Study full() {
        Study study = StudyResources.createStudy("sample", "Sample study");
        study.setDate("2013-07");
        Source source = F.createSource();
        source.setName("report");
        source.setTitle("A report");
        source.setCitation("Someone (2013). A report.");
        study.getSources().add(source);

        Instrument instrument = F.createInstrument();
        instrument.setName("questionnaire");
        instrument.setPlannedSampleSize(150);
        Question question = F.createQuestion();
        question.setName("strategy");
        question.setType(QuestionType.SINGLE);
        question.setText("Does your company have a social media strategy?");
        instrument.getQuestions().add(question);
        study.getInstruments().add(instrument);

        Dataset dataset = F.createDataset();
        dataset.setName("respondents");
        dataset.setUri("data/respondents.parquet");
        dataset.setRowCount(150);
        dataset.setSynthetic(true);
        Variable weight = F.createVariable();
        weight.setName("w");
        weight.setRole(VariableRole.WEIGHT);
        dataset.getVariables().add(weight);
        study.getDatasets().add(dataset);

        Segment sme = segment(study, "SME");
        Segment large = segment(study, "large");

        Finding strategy = finding(study, "strategy", 150);
        strategy.setSource(source);
        estimate(strategy, null, 0.60, 150);
        Finding littleImportance = finding(study, "little-importance", 90);
        littleImportance.setSource(source);
        littleImportance.getBase().setWithin(strategy);
        estimate(littleImportance, null, 0.35, 90);
        Finding security = finding(study, "security", null);
        security.setSource(source);
        estimate(security, large, 0.71, null);
        estimate(security, sme, 0.60, null);

        Comparison comparison = F.createComparison();
        comparison.setName("security-gap");
        comparison.setComparatorId("two-proportions");
        comparison.getFindings().add(security);
        comparison.getSegments().add(large);
        comparison.getSegments().add(sme);
        Parameter p = F.createParameter();
        p.setName("continuity");
        p.setValue("false");
        comparison.getParameters().add(p);
        Result result = F.createResult();
        result.setStatisticName("X-squared");
        result.setStatistic(125.1);
        result.setDf(1.0);
        result.setPValue(4.6e-29);
        comparison.setResult(result);
        study.getComparisons().add(comparison);

        ChartSpec chart = F.createChartSpec();
        chart.setName("gaps");
        chart.setKind("grouped-bar");
        chart.getFindings().add(security);
        study.getCharts().add(chart);

        ReportSpec report = F.createReportSpec();
        report.setName("main");
        Section section = F.createSection();
        section.setKind(SectionKind.CHART);
        section.setTitle("Gaps");
        section.setChart(chart);
        report.getSections().add(section);
        study.getReports().add(report);
        return study;
    }

    static Segment segment(Study study, String name) {
        Segment segment = F.createSegment();
        segment.setName(name);
        study.getSegments().add(segment);
        return segment;
    }

    static Finding finding(Study study, String name, Integer baseN) {
        Finding finding = F.createFinding();
        finding.setName(name);
        finding.setMeasure(MeasureKind.PROPORTION);
        finding.setOrigin(Origin.PUBLISHED);
        Base base = F.createBase();
        base.setN(baseN);
        finding.setBase(base);
        study.getFindings().add(finding);
        return finding;
    }

    static Estimate estimate(Finding finding, Segment segment, double value, Integer n) {
        Estimate estimate = F.createEstimate();
        estimate.setSegment(segment);
        estimate.setValue(value);
        estimate.setN(n);
        finding.getEstimates().add(estimate);
        return estimate;
    }
}
