package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.studybench.core.Arguments;
import org.studybench.core.ChartRenderer;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.ParameterForm;
import org.studybench.ui.parts.StudyEditorPart;

/**
 * A plug-in's comparator and chart kind, registered by another bundle as a third party's would be,
 * appear in the workbench with no GUI code of their own: the comparator in the comparisons page with
 * a form made from its parameters, the chart kind among the chart editor's kinds. A plug-in
 * comparator that throws gives a one-line message naming its bundle, and the workbench goes on.
 */
class PluginContributionsTest {

    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void aPluginsComparatorAndChartKindAppearWithGeneratedForms() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        BundleContext context = FrameworkUtil.getBundle(PluginContributionsTest.class).getBundleContext();
        List<ServiceRegistration<?>> registrations = List.of(
                context.registerService(Comparator.class, new TestComparator("test-plugin-ratio", "Ratio (test plug-in)", false), null),
                context.registerService(Comparator.class, new TestComparator("test-plugin-broken", "Broken (test plug-in)", true), null),
                context.registerService(ChartRenderer.class, new TestChart(), null));
        try {
            WorkbenchRunner.run(this::drive);
        } finally {
            registrations.forEach(ServiceRegistration::unregister);
        }
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);

        Widgets.selectTab(tabs, "Comparisons");
        Combo comparators = Widgets.byData(shell, Combo.class, ID, ComparisonsPage.COMPARATOR_ID);
        Widgets.choose(comparators, "Ratio (test plug-in)");
        Text a = Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "a");
        Text b = Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "b");
        assertTrue(b.getText().equals("2"), "the declared default: " + b.getText());
        Widgets.type(a, "6");
        Widgets.click(Widgets.byData(shell, Button.class, ID, ComparisonsPage.RUN_ID));
        Label message = Widgets.byData(shell, Label.class, ID, ComparisonsPage.MESSAGE_ID);
        Widgets.waitUntil(display, () -> message.getText().contains("3.00"), 20, "the plug-in comparator's result, z = 3.00");

        Widgets.choose(comparators, "Broken (test plug-in)");
        Widgets.type(Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "a"), "6");
        Widgets.click(Widgets.byData(shell, Button.class, ID, ComparisonsPage.RUN_ID));
        Widgets.waitUntil(display, () -> message.getText().contains("from bundle org.studybench.ui.tests"), 20,
                "a one-line message naming the broken plug-in's bundle, got '" + message.getText() + "'");
        assertTrue(message.getText().contains("failed in compare: IllegalStateException: not today"), message.getText());

        Widgets.selectTab(tabs, "Charts");
        Combo kinds = Widgets.byData(shell, Combo.class, ID, ChartsPage.KIND_ID);
        assertTrue(Arrays.asList(kinds.getItems()).contains("test-plugin-chart"), Arrays.toString(kinds.getItems()));
        // Its declared option becomes a form field over the chart's properties; a default is not stored.
        Widgets.choose(kinds, "test-plugin-chart");
        Text thickness = Widgets.byData(shell, Text.class, ID, ParameterForm.ID_PREFIX + "thickness");
        assertEquals("1", thickness.getText());
        Widgets.type(thickness, "3");
        ChartSpec chart = editor(application).getStudy().getCharts().get(0);
        assertEquals("3", property(chart, "thickness"));
        Widgets.type(thickness, "thick");
        assertEquals("3", property(chart, "thickness"), "a value that is not a number is not written");
        Widgets.type(thickness, "1");
        assertNull(property(chart, "thickness"));
        assertTrue(shell.isVisible(), "the workbench goes on");
    }

    private static StudyEditorPart editor(MApplication application) {
        return (StudyEditorPart) application.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).getParts().stream()
                .filter(p -> p.getObject() instanceof StudyEditorPart).findFirst().orElseThrow().getObject();
    }

    private static String property(ChartSpec chart, String name) {
        return chart.getProperties().stream().filter(p -> name.equals(p.getName())).map(p -> p.getValue()).findFirst().orElse(null);
    }

    /** z = a / b, or a failure, as a plug-in's comparator might. */
    private record TestComparator(String id, String label, boolean broken) implements Comparator {
        @Override
        public List<ParameterSpec> parameters() {
            return List.of(ParameterSpec.required("a", ParameterType.INTEGER, "numerator"), ParameterSpec.optional("b", ParameterType.REAL, "2", "denominator"));
        }

        @Override
        public ComparisonOutcome compare(Arguments arguments) {
            if (broken) {
                throw new IllegalStateException("not today");
            }
            return ComparisonOutcome.builder("Ratio").statistic("z", arguments.integer("a") / arguments.real("b")).pValue(0.5).build();
        }
    }

    private static final class TestChart implements ChartRenderer {
        @Override
        public String id() {
            return "test-plugin-chart";
        }

        @Override
        public String label() {
            return "Test chart (plug-in)";
        }

        @Override
        public List<String> formats() {
            return List.of("png");
        }

        @Override
        public List<ParameterSpec> options() {
            return List.of(ParameterSpec.optional("thickness", ParameterType.REAL, "1", "line thickness"));
        }

        @Override
        public void render(Study study, ChartSpec chart, String format, int dpi, OutputStream out) throws InputException {
            throw new InputException("chart '" + chart.getName() + "': the test chart draws nothing");
        }
    }
}
