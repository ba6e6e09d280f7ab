package org.example.studybench.gui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.studybench.core.Registry;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyFactory;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.StudyEditing;

/**
 * The workbench offers the example plug-ins with no GUI code of theirs: StudyBench's own comparisons
 * page and chart editor, built on the registry of a runtime where the plug-ins are installed, list
 * the Cochran-Armitage comparator with a form made from its parameters, and the lollipop chart kind
 * with a form for its dot-size option. Needs a display (Xvfb in CI).
 */
class WorkbenchOffersPluginsTest {

    private static final String ID = "studybench.id";

    @Test
    void comparisonsPageAndChartEditorOfferThePlugins() throws Exception {
        Registry registry = service(Registry.class);
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setName("plugins");
        ChartSpec chart = StudyFactory.eINSTANCE.createChartSpec();
        chart.setName("trend");
        chart.setKind("lollipop");
        study.getCharts().add(chart);
        StudyEditing editing = new StudyEditing(study);

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            new ComparisonsPage(shell, editing, registry);
            Combo comparators = byId(shell, Combo.class, ComparisonsPage.COMPARATOR_ID);
            int trend = Arrays.asList(comparators.getItems()).indexOf("Cochran-Armitage test for trend in proportions  [cochran-armitage]");
            assertTrue(trend >= 0, Arrays.toString(comparators.getItems()));
            comparators.select(trend);
            comparators.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            for (String parameter : List.of("successes", "totals", "scores")) {
                byId(shell, Text.class, "param." + parameter); // one field per declared parameter
            }

            for (Control c : shell.getChildren()) {
                c.dispose();
            }
            new ChartsPage(shell, editing, registry);
            org.eclipse.swt.widgets.List chartList = byId(shell, org.eclipse.swt.widgets.List.class, ChartsPage.LIST_ID);
            chartList.select(0);
            chartList.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Combo kinds = byId(shell, Combo.class, ChartsPage.KIND_ID);
            assertTrue(Arrays.asList(kinds.getItems()).contains("lollipop"), Arrays.toString(kinds.getItems()));
            assertEquals("lollipop", kinds.getText());
            assertEquals("10", byId(shell, Text.class, "param.dot-size").getText(), "the option's declared default");
        } finally {
            shell.dispose();
        }
    }

    /**
     * The example's own page of the study editor (a StudyEditorPage service): it lists the study's
     * lollipop charts with their dot size, sets the size through the editor's command stack (undo
     * works) and follows the study as it changes.
     */
    @Test
    void theLollipopPageListsTheChartsAndSetsTheirDotSize() throws Exception {
        org.studybench.ui.pages.StudyEditorPage page = null;
        for (org.osgi.framework.ServiceReference<org.studybench.ui.pages.StudyEditorPage> r : FrameworkUtil.getBundle(WorkbenchOffersPluginsTest.class)
                .getBundleContext().getServiceReferences(org.studybench.ui.pages.StudyEditorPage.class, null)) {
            org.studybench.ui.pages.StudyEditorPage p = FrameworkUtil.getBundle(WorkbenchOffersPluginsTest.class).getBundleContext().getService(r);
            if (p.id().equals("org.example.lollipop.page")) {
                page = p;
            }
        }
        assertTrue(page != null, "the example page is a StudyEditorPage service");
        assertEquals("Lollipops", page.label());
        assertTrue(page.icon() != null && page.icon().toString().endsWith("/icons/lollipop.png"), "the tab's icon is in the plug-in: " + page.icon());
        Study study = StudyFactory.eINSTANCE.createStudy();
        study.setName("plugins");
        for (String name : List.of("trend", "bars")) {
            ChartSpec chart = StudyFactory.eINSTANCE.createChartSpec();
            chart.setName(name);
            chart.setKind(name.equals("trend") ? "lollipop" : "grouped-bars");
            study.getCharts().add(chart);
        }
        org.eclipse.emf.common.command.BasicCommandStack stack = new org.eclipse.emf.common.command.BasicCommandStack();
        org.eclipse.emf.edit.domain.EditingDomain domain = new org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain(
                new org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory(), stack);
        List<Runnable> followers = new ArrayList<>();
        study.eAdapters().add(new org.eclipse.emf.ecore.util.EContentAdapter() {
            @Override
            public void notifyChanged(org.eclipse.emf.common.notify.Notification n) {
                super.notifyChanged(n);
                followers.forEach(Runnable::run);
            }
        });
        org.studybench.ui.pages.StudyEditorContext context = new org.studybench.ui.pages.StudyEditorContext() {
            @Override
            public Study study() {
                return study;
            }

            @Override
            public java.nio.file.Path studyFile() {
                return java.nio.file.Path.of("plugins.study");
            }

            @Override
            public org.eclipse.emf.edit.domain.EditingDomain editingDomain() {
                return domain;
            }

            @Override
            public void execute(org.eclipse.emf.common.command.Command command) {
                stack.execute(command);
            }

            @Override
            public void follow(Control control, Runnable refresh) {
                followers.add(refresh);
            }

            @Override
            public void showPage(String pageId) {
                throw new AssertionError("the lollipop page shows no other page");
            }

            @Override
            public void reveal(org.eclipse.emf.ecore.EObject element) {
                throw new AssertionError("the lollipop page reveals nothing");
            }

            @Override
            public void openData(org.studybench.model.study.Dataset dataset) {
                throw new AssertionError("the lollipop page opens no data");
            }

            @Override
            public void setLabel(String label) {
                throw new AssertionError("the lollipop page keeps its label");
            }
        };
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        try {
            shell.setLayout(new FillLayout());
            page.create(shell, context);
            org.eclipse.swt.widgets.Table table = byId(shell, org.eclipse.swt.widgets.Table.class, "org.example.lollipop.page.table");
            assertEquals(1, table.getItemCount(), "only the lollipop chart");
            assertEquals("10 (default)", table.getItem(0).getText(2));
            table.setSelection(0);
            byId(shell, org.eclipse.swt.widgets.Spinner.class, "org.example.lollipop.page.size").setSelection(16);
            org.eclipse.swt.widgets.Button set = byId(shell, org.eclipse.swt.widgets.Button.class, "org.example.lollipop.page.apply");
            set.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            assertEquals("16", study.getCharts().get(0).getProperties().get(0).getValue(), "set in the study");
            assertEquals("16", table.getItem(0).getText(2), "and shown at once");
            stack.undo();
            assertTrue(study.getCharts().get(0).getProperties().isEmpty(), "undone through the command stack");
            assertEquals("10 (default)", table.getItem(0).getText(2));
        } finally {
            shell.dispose();
        }
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(FrameworkUtil.getBundle(WorkbenchOffersPluginsTest.class).getBundleContext(), type, null);
        tracker.open();
        T found = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
        assertTrue(found != null, "no " + type.getSimpleName());
        return found;
    }

    private static <T extends Control> T byId(Composite root, Class<T> type, String id) {
        List<T> found = new ArrayList<>();
        collect(root, type, id, found);
        assertEquals(1, found.size(), "controls of type " + type.getSimpleName() + " with id " + id);
        return found.get(0);
    }

    private static <T extends Control> void collect(Control control, Class<T> type, String id, List<T> found) {
        if (type.isInstance(control) && Objects.equals(control.getData(ID), id)) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, id, found);
            }
        }
    }
}
