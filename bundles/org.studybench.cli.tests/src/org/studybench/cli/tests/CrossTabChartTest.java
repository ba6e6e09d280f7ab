package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.chart.FindingData;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.InputException;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Segment;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;

/**
 * Charts bound to a crosstab query on the study's dataset (chart properties rows, level, columns)
 * instead of stored findings. References: R 4.2.2, survey 4.1-1 on apistrat (bundles/org.studybench.
 * stats.tests/fixtures/README.md) with d = svydesign(id = ~1, strata = ~stype, weights = ~pw):
 * svyciprop(~I(v == "Yes"), subset(d, stype == s), method = "logit") and its confint. R fits the logit
 * interval iteratively (svyglm), hence 1e-8 for the bounds (docs/methods.md).
 */
class CrossTabChartTest {

    /** {variable, stype, share, ci low, ci high} from R. */
    private static final Object[][] R = { { "sch.wide", "E", 0.91, 0.8343534052610988, 0.95304486326203586 },
            { "sch.wide", "H", 0.52, 0.3788148719185489, 0.65806137598933478 }, { "sch.wide", "M", 0.70, 0.55498502326166843, 0.8136285985098497 },
            { "comp.imp", "E", 0.75, 0.65431671368776656, 0.82623222113496531 }, { "comp.imp", "H", 0.34, 0.21937279416907357, 0.48568809378217848 },
            { "comp.imp", "M", 0.48, 0.3419386240106651, 0.62118512808145132 } };

    @TempDir
    static Path dir;

    private static Study study() throws Exception {
        Path file = dir.resolve("api/api.study");
        if (!Files.exists(file)) {
            assertEquals(0, CliRunner.run("new", file.toString(), "--title", "api").exitCode());
            Run imported = CliRunner.run("import", CliRunner.REPO.resolve("bundles/org.studybench.stats.tests/fixtures/apistrat.csv").toString(), "--study",
                    file.toString(), "--weight", "pw", "--strata", "stype");
            assertEquals(0, imported.exitCode(), imported.err());
            Study s = StudyResources.load(file);
            for (String type : List.of("E", "H", "M")) {
                Segment segment = StudyFactory.eINSTANCE.createSegment();
                segment.setName(type);
                segment.setFilter("stype = \"" + type + "\"");
                s.getSegments().add(segment);
            }
            StudyResources.save(s, file);
        }
        return StudyResources.load(file);
    }

    static ChartSpec chart(Study study, String... properties) {
        return chart(study, "c", "grouped-bar", List.of(properties));
    }

    /** A chart {@code name} of {@code kind} with the properties (name, value, name, value, ...), added to the study. */
    static ChartSpec chart(Study study, String name, String kind, List<String> properties) {
        ChartSpec chart = StudyFactory.eINSTANCE.createChartSpec();
        chart.setName(name);
        chart.setKind(kind);
        for (int i = 0; i < properties.size(); i += 2) {
            Parameter p = StudyFactory.eINSTANCE.createParameter();
            p.setName(properties.get(i));
            p.setValue(properties.get(i + 1));
            chart.getProperties().add(p);
        }
        study.getCharts().add(chart);
        return chart;
    }

    private static void assertR(FindingData d, int series, int category, String variable, String type) {
        for (Object[] r : R) {
            if (r[0].equals(variable) && r[1].equals(type)) {
                assertEquals((Double) r[2], d.value()[series][category], 1e-12, variable + " " + type);
                assertEquals((Double) r[3], d.low()[series][category], 1e-8, variable + " " + type);
                assertEquals((Double) r[4], d.high()[series][category], 1e-8, variable + " " + type);
                return;
            }
        }
        throw new AssertionError("no reference for " + variable + " " + type);
    }

    /** A battery of yes/no items (categories) by a column variable (series), design-based. */
    @Test
    void itemsByColumnsAsSvyciprop() throws Exception {
        Study study = study();
        FindingData d = FindingData.of(study, chart(study, "rows", "sch.wide, comp.imp", "level", "Yes", "columns", "stype"));
        assertEquals(List.of("sch.wide", "comp.imp"), d.categories());
        assertEquals(List.of("E", "H", "M"), d.series());
        for (int s = 0; s < 3; s++) {
            assertR(d, s, 0, "sch.wide", d.series().get(s));
            assertR(d, s, 1, "comp.imp", d.series().get(s));
        }
        assertTrue(d.note().contains("design-based logit intervals"), d.note());
    }

    /**
     * The level may name a net of the items: a net "awarded" of the answer Yes gives R's numbers for Yes (the
     * net is the answers summed, here one), and a net of every answer 100%.
     */
    @Test
    void aNetAsTheLevel() throws Exception {
        Study study = study();
        org.studybench.model.study.Dataset dataset = study.getDatasets().get(0);
        for (String item : List.of("sch.wide", "comp.imp")) {
            org.studybench.model.study.Variable v = org.studybench.model.lookup.Lookups.variable(dataset, item);
            org.studybench.model.study.Net yes = StudyFactory.eINSTANCE.createNet();
            yes.setName("awarded");
            yes.getLevels().add("Yes");
            v.getNets().add(yes);
            org.studybench.model.study.Net any = StudyFactory.eINSTANCE.createNet();
            any.setName("answered");
            any.getLevels().addAll(List.of("Yes", "No"));
            v.getNets().add(any);
        }
        FindingData d = FindingData.of(study, chart(study, "rows", "sch.wide, comp.imp", "level", "awarded", "columns", "stype"));
        for (int s = 0; s < 3; s++) {
            assertR(d, s, 0, "sch.wide", d.series().get(s));
            assertR(d, s, 1, "comp.imp", d.series().get(s));
        }
        FindingData all = FindingData.of(study, chart(study, "rows", "sch.wide", "level", "answered", "columns", "stype"));
        assertEquals(1.0, all.value()[0][0], 1e-12);
    }

    /** The chart's segments as series give the same numbers: each segment is a domain of the whole design. */
    @Test
    void segmentsAsSeriesAreTheSameDomains() throws Exception {
        Study study = study();
        ChartSpec chart = chart(study, "rows", "comp.imp", "level", "Yes");
        chart.getSegments().addAll(study.getSegments());
        chart.setPercent(true);
        FindingData d = FindingData.of(study, chart);
        // one category and three series: drawn the other way round, one bar per segment
        assertEquals(List.of("E", "H", "M"), d.categories());
        assertEquals(1, d.series().size());
        assertEquals(75.0, d.value()[0][0], 1e-10);
        assertEquals(100 * 0.3419386240106651, d.low()[0][2], 1e-6);
    }

    /** One variable's levels as categories, sorted by share; without a design the chart's interval method (Wilson). */
    @Test
    void levelsOfOneVariableSortedWithoutDesign() throws Exception {
        Study study = study();
        study.getDatasets().get(0).getVariables().forEach(v -> v.setRole(org.studybench.model.study.VariableRole.NONE));
        ChartSpec chart = chart(study, "rows", "stype");
        chart.setSortOrder(SortOrder.DESCENDING);
        FindingData d = FindingData.of(study, chart);
        // apistrat: 100 E, 50 H, 50 M schools; unweighted shares 0.5, 0.25, 0.25 (ties keep the data order)
        assertEquals(List.of("E", "H", "M"), d.categories());
        assertEquals(0.5, d.value()[0][0], 1e-15);
        assertEquals(0.25, d.value()[0][1], 1e-15);
        // Wilson 95% for 100 of 200 (R: prop.test(100, 200, correct = FALSE)$conf.int)
        assertEquals(0.43136085960389192, d.low()[0][0], 1e-12);
        assertTrue(d.note().endsWith("Error bars: 95% Wilson intervals."), d.note());
    }

    @Test
    void unknownVariableNamesTheChartAndDataset() throws Exception {
        Study study = study();
        InputException e = assertThrows(InputException.class, () -> FindingData.of(study, chart(study, "rows", "nope", "level", "Yes")));
        assertTrue(e.getMessage().startsWith("chart 'c': dataset '") && e.getMessage().endsWith("has no variable 'nope'"), e.getMessage());
        InputException two = assertThrows(InputException.class, () -> FindingData.of(study, chart(study, "rows", "sch.wide, comp.imp")));
        assertTrue(two.getMessage().contains("name the level"), two.getMessage());
    }
}
