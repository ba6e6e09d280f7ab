package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.studybench.cli.tests.CliRunner.Run;
import org.studybench.core.ChartRenderer;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Finding;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Study;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class AuthoringCommandTest {

    @TempDir
    Path dir;

    Path study;

    @BeforeEach
    void studyWithTwoSegmentsAndAFinding() throws Exception {
        study = dir.resolve("s.study");
        ok("new", study.toString(), "--title", "S");
        ok("add", study.toString(), "segment", "large", "--set", "filter=size = \"large\"");
        ok("add", study.toString(), "segment", "sme", "--set", "filter=size = \"SME\"", "--set", "label=SMEs");
        ok("add", study.toString(), "finding", "security", "--set", "measure=proportion", "--set", "base.label=end users",
                "--estimate", "large=0.71:5000;publishedText=71%", "--estimate", "sme=0.6");
    }

    private Run ok(String... args) throws InterruptedException {
        Run run = CliRunner.run(args);
        assertEquals(0, run.exitCode(), String.join(" ", args) + "\n" + run.err());
        return run;
    }

    private void fails(String expectedErr, String... args) throws Exception {
        byte[] before = Files.readAllBytes(study);
        Run run = CliRunner.run(args);
        assertEquals(1, run.exitCode(), run.out());
        assertEquals(expectedErr + "\n", run.err());
        assertArrayEquals(before, Files.readAllBytes(study), "a refused change leaves the file as it was");
    }

    @Test
    void addedElementsHaveIdsSettingsEstimatesAndReferencesByName() throws Exception {
        Run run = ok("add", study.toString(), "comparison", "security-gap", "--set", "comparatorId=two-proportions", "--set", "findings=security",
                "--set", "segments=large,sme", "--param", "n1=5000", "--param", "n2=5000", "--json");
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("comparison", json.get("kind").getAsString());
        assertEquals("security-gap", json.get("name").getAsString());
        assertEquals("[\"large\",\"sme\"]", json.get("segments").toString());
        assertEquals("[{\"name\":\"n1\",\"value\":\"5000\"},{\"name\":\"n2\",\"value\":\"5000\"}]", json.get("parameters").toString());

        Study s = StudyResources.load(study);
        Comparison comparison = s.getComparisons().get(0);
        assertEquals(json.get("id").getAsString(), comparison.getId());
        assertEquals(36, comparison.getId().length());
        assertEquals(s.getSegments(), comparison.getSegments());
        Finding finding = s.getFindings().get(0);
        assertEquals("end users", finding.getBase().getLabel());
        assertEquals(36, finding.getBase().getId().length());
        assertEquals(0.71, finding.getEstimates().get(0).getValue());
        assertEquals(5000, finding.getEstimates().get(0).getN());
        assertEquals("71%", finding.getEstimates().get(0).getPublishedText());
        assertEquals(s.getSegments().get(1), finding.getEstimates().get(1).getSegment());

        ok("set", study.toString(), "finding", "security", "--estimate", "sme=0.61", "--set", "label=Security");
        finding = StudyResources.load(study).getFindings().get(0);
        assertEquals(2, finding.getEstimates().size(), "an estimate for the same segment is replaced");
        assertEquals(0.61, finding.getEstimates().get(1).getValue());
        assertEquals("Security", finding.getLabel());
    }

    @Test
    void chartsAndReportSectionsAreAddedWithTheirOptions() throws Exception {
        ok("add", study.toString(), "chart", "gaps", "--set", "kind=grouped-bar", "--set", "findings=security", "--set", "percent=true",
                "--set", "height=560", "--param", "assumed-n=5000");
        ok("add", study.toString(), "report", "main", "--set", "title=Main");
        ok("add", study.toString(), "section", "The gaps", "--in", "main", "--set", "kind=chart", "--set", "chart=gaps");
        Study s = StudyResources.load(study);
        ChartSpec chart = s.getCharts().get(0);
        assertEquals(36, chart.getId().length());
        assertEquals(560, chart.getHeight());
        assertEquals("5000", chart.getProperties().get(0).getValue());
        ReportSpec report = s.getReports().get(0);
        assertEquals(SectionKind.CHART, report.getSections().get(0).getKind());
        assertEquals(chart, report.getSections().get(0).getChart());

        fails("studybench add: " + study + ": a section belongs to a report; name it with --in REPORT", "add", study.toString(), "section", "x");
        fails("studybench add: " + study + ": report 'main' already has a section 'The gaps'", "add", study.toString(), "section", "The gaps", "--in",
                "main");
    }

    @Test
    void wrongSettingsAreOneLineErrorsNamingTheStudy() throws Exception {
        String err = CliRunner.run("set", study.toString(), "segment", "sme", "--set", "colour=red").err();
        assertTrue(err.startsWith("studybench set: " + study + ": segment 'sme' has no setting 'colour'; its settings: name, label, filter, description"),
                err);
        fails("studybench set: " + study + ": finding 'security': measure: 'share' is not one of proportion, mean, count", "set", study.toString(), "finding",
                "security", "--set", "measure=share");
        fails("studybench set: " + study + ": finding 'security': base.n: expected a whole number, got 'many'", "set", study.toString(), "finding",
                "security", "--set", "base.n=many");
        fails("studybench add: " + study + ": chart 'c': percent: expected true or false, got 'yes'", "add", study.toString(), "chart", "c", "--set",
                "percent=yes");
        fails("studybench set: " + study + ": finding 'security': 'inputHash' is computed by StudyBench and cannot be set", "set", study.toString(),
                "finding", "security", "--set", "inputHash=abc");
        ok("add", study.toString(), "comparison", "gap", "--set", "comparatorId=two-proportions", "--set", "findings=security", "--set",
                "segments=large,sme", "--param", "n1=50", "--param", "n2=50");
        String undeclared = CliRunner.run("set", study.toString(), "comparison", "gap", "--param", "alpha=0.1").err();
        assertTrue(undeclared.startsWith("studybench set: " + study + ": comparison 'gap': comparator 'two-proportions' has no parameter 'alpha'; "
                + "its parameters: x1, n1, x2, n2, "), undeclared);
        fails("studybench set: " + study + ": comparison 'gap': parameter 'n1': expected a whole number, got 'many'", "set", study.toString(),
                "comparison", "gap", "--param", "n1=many");
        fails("studybench set: " + study + ": comparison 'gap': 'result' is computed by StudyBench and cannot be set", "set", study.toString(),
                "comparison", "gap", "--set", "result.pValue=0.5");
        fails("studybench set: " + study + ": comparison 'gap': segments: the study has no segment 'smes'; its segments: large, sme", "set",
                study.toString(), "comparison", "gap", "--set", "segments=large,smes");
        fails("studybench add: " + study + ": the study already has a segment 'sme'", "add", study.toString(), "segment", "sme");
        String kinds = CliRunner.run("add", study.toString(), "widget", "w").err();
        assertTrue(kinds.startsWith("studybench add: " + study + ": unknown kind 'widget'; the kinds: source, instrument, dataset, segment, finding, "
                + "comparison, chart, table, report, "), kinds);
    }

    @Test
    void aChangeThatAddsAValidationErrorIsNotSaved() throws Exception {
        String err = CliRunner.run("add", study.toString(), "finding", "computed-share", "--set", "origin=computed").err();
        assertTrue(err.startsWith("studybench add: " + study + ": not saved, the change would make the study invalid: "), err);
        assertTrue(err.contains("computed-share"), err);
        assertEquals(1, StudyResources.load(study).getFindings().size());
    }

    @Test
    void removingAReferencedElementNamesEveryReferrerAndForceRemovesTheReferences() throws Exception {
        ok("add", study.toString(), "comparison", "gap", "--set", "comparatorId=two-proportions", "--set", "findings=security", "--set",
                "segments=large,sme", "--param", "n1=50", "--param", "n2=50");
        ok("add", study.toString(), "report", "main");
        ok("add", study.toString(), "section", "by-size", "--in", "main", "--set", "kind=findings", "--set", "findings=security");
        fails("studybench remove: " + study + ": finding 'security' is used by comparison 'gap', report 'main' section 'by-size' "
                + "(use --force to remove it and those references)", "remove", study.toString(), "finding", "security");

        Run forced = ok("remove", study.toString(), "segment", "sme", "--force");
        assertEquals(study + ": removed segment 'sme' and its references from finding 'security' estimate for 'sme', comparison 'gap'\n", forced.out());
        Study s = StudyResources.load(study);
        assertEquals(1, s.getSegments().size());
        assertEquals(1, s.getFindings().get(0).getEstimates().size(), "the removed segment's estimate went with it");
        assertEquals(1, s.getComparisons().get(0).getSegments().size());

        ok("remove", study.toString(), "section", "by-size", "--in", "main");
        assertTrue(StudyResources.load(study).getReports().get(0).getSections().isEmpty());
        ok("remove", study.toString(), "finding", "security", "--force");
        s = StudyResources.load(study);
        assertTrue(s.getFindings().isEmpty());
        assertTrue(s.getComparisons().get(0).getFindings().isEmpty());
        assertNull(s.getCharts().isEmpty() ? null : s.getCharts().get(0));
    }

    @Test
    void aPluginChartKindTakesTheOptionsItDeclares() throws Exception {
        ChartRenderer bubbles = new ChartRenderer() {
            @Override
            public String id() {
                return "test-bubbles";
            }

            @Override
            public String label() {
                return "Bubbles (test)";
            }

            @Override
            public List<ParameterSpec> options() {
                return List.of(ParameterSpec.optional("radius", ParameterType.REAL, "1", "bubble radius"),
                        ParameterSpec.choice("shape", "circle", "bubble shape", "circle", "square"));
            }

            @Override
            public List<String> formats() {
                return List.of("png");
            }

            @Override
            public void render(Study study, ChartSpec chart, String format, int dpi, OutputStream out) throws IOException {
                out.write(new byte[] { 1 });
            }
        };
        ServiceRegistration<ChartRenderer> registration = FrameworkUtil.getBundle(AuthoringCommandTest.class).getBundleContext()
                .registerService(ChartRenderer.class, bubbles, null);
        try {
            ok("add", study.toString(), "chart", "bubbles", "--set", "kind=test-bubbles", "--set", "findings=security", "--param", "radius=2.5",
                    "--param", "shape=square");
            ChartSpec chart = StudyResources.load(study).getCharts().get(0);
            assertEquals(36, chart.getId().length());
            assertEquals("radius=2.5 shape=square", chart.getProperties().stream().map(p -> p.getName() + "=" + p.getValue())
                    .collect(java.util.stream.Collectors.joining(" ")));
            fails("studybench set: " + study + ": chart 'bubbles': chart kind 'test-bubbles' has no option 'colour'; its options: radius, shape", "set",
                    study.toString(), "chart", "bubbles", "--param", "colour=red");
            String err = CliRunner.run("set", study.toString(), "chart", "bubbles", "--param", "radius=big").err();
            assertTrue(err.startsWith("studybench set: " + study + ": chart 'bubbles': option 'radius'"), err);
            ok("set", study.toString(), "chart", "bubbles", "--param", "shape=");
            assertEquals(1, StudyResources.load(study).getCharts().get(0).getProperties().size(), "an empty value removes the option");
        } finally {
            registration.unregister();
        }
    }

    @Test
    void theStudysOwnSettingsAndRemovalAsJson() throws Exception {
        ok("set", study.toString(), "study", "s", "--set", "date=2013-07", "--set", "description=Two firm sizes");
        Study s = StudyResources.load(study);
        assertEquals("2013-07", s.getDate());
        assertEquals("Two firm sizes", s.getDescription());
        fails("studybench set: " + study + ": the study is named 's', not 'other'", "set", study.toString(), "study", "other", "--set", "date=2014");
        fails("studybench remove: " + study + ": the study itself cannot be removed; delete its file", "remove", study.toString(), "study", "s");

        JsonObject removed = JsonParser.parseString(ok("remove", study.toString(), "segment", "large", "--force", "--json").out()).getAsJsonObject();
        assertEquals("large", removed.get("name").getAsString());
        assertEquals("size = \"large\"", removed.get("filter").getAsString());
        assertEquals("[\"finding 'security' estimate for 'large'\"]", removed.get("removed_references").toString());
        assertEquals(1, StudyResources.load(study).getSegments().size());
    }
}
