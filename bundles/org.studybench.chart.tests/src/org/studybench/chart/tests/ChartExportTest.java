package org.studybench.chart.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.chart.FindingData;
import org.studybench.chart.JFreeChartRenderer;
import org.studybench.chart.internal.DotPlotChart;
import org.studybench.chart.internal.GroupedBarChart;
import org.studybench.chart.internal.LineChart;
import org.studybench.chart.internal.StackedShareChart;
import org.studybench.chart.internal.ScatterMapChart;
import org.studybench.core.InputException;
import org.studybench.data.store.ParquetSink;
import org.studybench.model.io.StudyResources;
import org.studybench.model.study.AxisScale;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Origin;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableType;

/** Every chart kind in every format, headless (java.awt.headless=true in the test runtime). */
class ChartExportTest {

    private static final StudyFactory F = StudyFactory.eINSTANCE;

    @TempDir
    Path dir;

    /** Two of the Ipsos findings, large firms vs SMEs, and a grouped-bar chart with assumed group sizes. */
    private static Study ipsos() {
        Study study = StudyResources.createStudy("ipsos", "Ipsos");
        Segment large = segment(study, "large", "Large enterprises");
        Segment sme = segment(study, "sme", "SMEs");
        finding(study, "security", "See security as a risk", large, 0.71, sme, 0.60);
        finding(study, "productivity", "See lost productivity as a risk", large, 0.58, sme, 0.59);
        ChartSpec chart = F.createChartSpec();
        chart.setName("gaps");
        chart.setKind("grouped-bar");
        chart.setTitle("Risks seen by end users");
        chart.setPercent(true);
        Parameter n = F.createParameter();
        n.setName("assumed-n");
        n.setValue("310");
        chart.getProperties().add(n);
        study.getCharts().add(chart);
        return study;
    }

    private static Segment segment(Study study, String name, String label) {
        Segment s = F.createSegment();
        s.setName(name);
        s.setLabel(label);
        study.getSegments().add(s);
        return s;
    }

    private static void finding(Study study, String name, String label, Segment a, double va, Segment b, double vb) {
        Finding f = F.createFinding();
        f.setName(name);
        f.setLabel(label);
        f.setMeasure(MeasureKind.PROPORTION);
        f.setOrigin(Origin.PUBLISHED);
        for (Object[] e : new Object[][] { { a, va }, { b, vb } }) {
            Estimate est = F.createEstimate();
            est.setSegment((Segment) e[0]);
            est.setValue((Double) e[1]);
            f.getEstimates().add(est);
        }
        study.getFindings().add(f);
    }

    private static byte[] render(JFreeChartRenderer renderer, Study study, String format, int dpi) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(study, study.getCharts().get(0), format, dpi, out);
        return out.toByteArray();
    }

    /** Wilson intervals on the assumed n = 310: 71% → round(0.71·310) = 220 of 310; R 4.2.2 prop.test(220, 310, correct = FALSE)$conf.int. */
    @Test
    void findingDataUsesWilsonIntervalsOnTheAssumedGroupSize() throws Exception {
        Study study = ipsos();
        FindingData data = FindingData.of(study, study.getCharts().get(0));
        assertEquals(List.of("See security as a risk", "See lost productivity as a risk"), data.categories());
        assertEquals(List.of("Large enterprises", "SMEs"), data.series());
        assertEquals(71, data.value()[0][0], 1e-12);
        assertEquals(65.6826891281962, data.low()[0][0], 1e-9);
        assertEquals(75.7394991602773, data.high()[0][0], 1e-9);
        assertEquals("Error bars: 95% Wilson intervals, assuming n = 310 per group (group sizes were not published).", data.note());
    }

    @Test
    void pngAtTheAskedResolution() throws Exception {
        Study study = ipsos();
        for (JFreeChartRenderer r : List.of(new GroupedBarChart(), new DotPlotChart(), new StackedShareChart(), new LineChart())) {
            byte[] png = render(r, study, "png", 96);
            assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, java.util.Arrays.copyOf(png, 4));
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(800, image.getWidth());
            assertEquals(500, image.getHeight());
            BufferedImage print = ImageIO.read(new ByteArrayInputStream(render(r, study, "png", 192)));
            assertEquals(1600, print.getWidth());
            assertArrayEquals(png, render(r, study, "png", 96), "deterministic");
        }
    }

    @Test
    void svgIsWellFormedAndDeterministic() throws Exception {
        Study study = ipsos();
        byte[] svg = render(new GroupedBarChart(), study, "svg", 96);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        String text = new String(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("SMEs"), "legend text is text, not paths");
        assertTrue(text.contains("71%"), "value labels");
        assertArrayEquals(svg, render(new GroupedBarChart(), study, "svg", 96));
    }

    @Test
    void pdfOpensWithPdfBoxAndHasVectorContent() throws Exception {
        Study study = ipsos();
        byte[] pdf = render(new GroupedBarChart(), study, "pdf", 96);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(800, page.getMediaBox().getWidth(), 1e-3);
            PDFormXObject form = (PDFormXObject) page.getResources().getXObject(page.getResources().getXObjectNames().iterator().next());
            String content = new String(form.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
            assertTrue(content.contains(" re") || content.contains(" l\n") || content.contains(" l "), "paths, not an image");
            assertTrue(form.getResources().getXObjectNames().iterator().hasNext() == false
                    || !form.getResources().getXObject(form.getResources().getXObjectNames().iterator().next()).getCOSObject().getCOSName(COSName.SUBTYPE)
                            .equals(COSName.IMAGE),
                    "no raster image inside");
        }
    }

    @Test
    void scatterMapFromADatasetWithLogAxisQuadrantsAndLabelledOutliers() throws Exception {
        Study study = StudyResources.createStudy("pages", "Pages");
        Path studyFile = dir.resolve("pages/pages.study");
        Path data = dir.resolve("pages/data/pages.parquet");
        try (ParquetSink sink = new ParquetSink()) {
            sink.begin(List.of(variable("page", VariableType.STRING), variable("sector", VariableType.STRING), variable("share", VariableType.DOUBLE),
                    variable("hours", VariableType.DOUBLE)), List.of());
            for (int i = 0; i < 200; i++) {
                sink.row(new Object[] { "page" + i, i % 3 == 0 ? "retail" : "telco", (i % 50) / 50.0, 1 + (i * 7 % 97) });
            }
            sink.row(new Object[] { "Fast Replies Ltd", "telco", 0.99, 0.05 });
            sink.commit(data);
        }
        Dataset dataset = F.createDataset();
        dataset.setName("pages");
        dataset.setUri("data/pages.parquet");
        study.getDatasets().add(dataset);
        ChartSpec chart = F.createChartSpec();
        chart.setName("map");
        chart.setKind("scatter-map");
        chart.setYScale(AxisScale.LOG);
        for (String[] p : new String[][] { { "x", "share" }, { "y", "hours" }, { "label", "page" }, { "color", "sector" }, { "x-threshold", "0.5" },
                { "y-threshold", "24" }, { "x-percent", "true" }, { "outliers", "1" } }) {
            Parameter parameter = F.createParameter();
            parameter.setName(p[0]);
            parameter.setValue(p[1]);
            chart.getProperties().add(parameter);
        }
        study.getCharts().add(chart);
        StudyResources.save(study, studyFile);
        Study saved = StudyResources.load(studyFile);
        String svg = new String(render(new ScatterMapChart(), saved, "svg", 96), StandardCharsets.UTF_8);
        assertTrue(svg.contains("Fast Replies Ltd"), "the outlier is labelled");
        assertTrue(svg.contains("retail") && svg.contains("telco"), "a legend entry per sector");
        assertTrue(svg.contains("201 points; y on a log scale."), svg.substring(0, 200));

        chart = saved.getCharts().get(0);
        chart.getProperties().removeIf(p -> p.getName().equals("y"));
        ChartSpec broken = chart;
        InputException e = assertThrows(InputException.class, () -> new ScatterMapChart().chart(saved, broken));
        assertEquals("chart 'map' (scatter-map) needs the property 'y' (a variable of the dataset)", e.getMessage());
    }

    private static Variable variable(String name, VariableType type) {
        Variable v = F.createVariable();
        v.setName(name);
        v.setType(type);
        return v;
    }
}
