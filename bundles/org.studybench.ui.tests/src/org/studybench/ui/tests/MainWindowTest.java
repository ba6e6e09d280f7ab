package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.Test;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * Starts the real StudyBench e4 application model (Application.e4xmi) in a real window under Xvfb,
 * then drives it with plain SWT events: the navigator lists the example studies, a double-click opens
 * one in an editor whose outline shows its findings, and the window title names the study.
 */
class MainWindowTest {

    private static final String ID = "studybench.id";

    @Test
    void navigatorListsStudiesAndDoubleClickOpensTheEditor() throws Throwable {
        // the window as the user left it last time (kept when the window closes)
        org.eclipse.core.runtime.preferences.IEclipsePreferences prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.studybench.ui");
        prefs.put("window.bounds", "30,20,1100,720");
        prefs.putInt("window.navigator.share", 22);
        try {
            WorkbenchRunner.run(this::drive);
        } finally {
            prefs.remove("window.bounds");
            prefs.remove("window.navigator.share");
        }
    }

    /** The e4 model element id of a rendered tool bar (its "modelElement" data). */
    private static String modelId(org.eclipse.swt.widgets.ToolBar bar) {
        for (org.eclipse.swt.widgets.Control c = bar; c != null; c = c.getParent()) {
            if (c.getData("modelElement") instanceof org.eclipse.e4.ui.model.application.ui.MUIElement element) {
                return element.getElementId();
            }
        }
        return null;
    }

    private void drive(MApplication application, Display display) {
        MWindow window = application.getChildren().get(0);
        Shell shell = (Shell) window.getWidget();
        assertEquals("StudyBench", shell.getText());
        assertEquals(1100, shell.getBounds().width, "the remembered width");
        assertEquals(720, shell.getBounds().height, "the remembered height");
        EModelService layout = application.getContext().get(EModelService.class);
        var sash = (org.eclipse.e4.ui.model.application.ui.basic.MPartSashContainer) layout.find("org.studybench.app.sash.main", application);
        assertEquals("22", sash.getChildren().get(0).getContainerData(), "the navigator's remembered share");

        // The toolbar's main actions and the status bar
        List<org.eclipse.swt.widgets.ToolItem> items = Widgets.findAll(shell, org.eclipse.swt.widgets.ToolBar.class, t -> t.getParent() != null
                && "org.studybench.app.toolbar.main".equals(modelId(t))).stream().flatMap(t -> java.util.Arrays.stream(t.getItems()))
                .filter(i -> i.getToolTipText() != null).toList();
        assertEquals(List.of("Create a study (Ctrl+N)", "Open a study (Ctrl+O)", "Save the study (Ctrl+S)", "Undo the last change (Ctrl+Z)", "Redo (Ctrl+Y)",
                "Add a data file or a database table to the study", "Write the study's report as HTML, PDF, Word and slides (Ctrl+R)"),
                items.stream().map(org.eclipse.swt.widgets.ToolItem::getToolTipText).toList());
        assertTrue(items.stream().allMatch(i -> i.getImage() != null), "every tool has its icon");
        assertEquals(List.of("Import Data", "Generate Report"), items.stream().map(org.eclipse.swt.widgets.ToolItem::getText).filter(t -> !t.isEmpty()).toList(),
                "the two actions of the workflow say what they do");
        assertEquals("Ready", Widgets.byData(shell, org.eclipse.swt.widgets.Label.class, ID, org.studybench.ui.parts.StatusBar.MESSAGE_ID).getText());
        EModelService models = application.getContext().get(EModelService.class);
        MPart navigatorPart = (MPart) models.find(StudyNavigatorPart.ID, application);
        ((StudyNavigatorPart) navigatorPart.getObject()).setFolder(Examples.DIR);
        Widgets.flush(display);

        Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
        assertTrue(Widgets.itemTexts(navigator).contains("ipsos-2013.study"), Widgets.itemTexts(navigator).toString());

        Widgets.select(Widgets.item(navigator, "ipsos-2013.study"));
        org.eclipse.swt.widgets.Menu context = navigator.getMenu();
        context.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
        assertEquals(List.of("Open", "Import Data...", "Add Finding", "Run Comparisons", "Generate Report", "", "Delete...", "New Study...", "Refresh"),
                java.util.Arrays.stream(context.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList());
        Widgets.doubleClick(Widgets.item(navigator, "ipsos-2013.study"));

        Tree outline = Widgets.byData(shell, Tree.class, ID, StudyEditorPart.OUTLINE_ID);
        List<String> groups = Widgets.itemTexts(outline);
        assertEquals(List.of("Sources (1)", "Instruments (1)", "Datasets (1)", "Segments (2)", "Findings (7)", "Comparisons (14)", "Charts (1)",
                "Tables (1)", "Reports (0)"), groups);
        String properties = StudyEditorPart.PROPERTIES_ID;
        assertEquals("Social tools at work: SMEs vs large enterprises", Widgets.text(shell, ID, properties + ".title"));

        var findings = Widgets.item(outline, "Findings (7)");
        Widgets.expand(findings);
        Widgets.select(Widgets.child(findings, "See security as a risk or obstacle of social tools  [security]"));
        assertEquals("security", Widgets.text(shell, ID, properties + ".name"));
        assertEquals("published", Widgets.text(shell, ID, properties + ".origin"));
        assertEquals("Ipsos for Microsoft, July 2013  [ipsos-microsoft-2013]", Widgets.text(shell, ID, properties + ".source"), "the source by its label");
        assertEquals("StudyBench — ipsos-2013", shell.getText());

        // Save is greyed while there is nothing to save, like Undo, and offered after a change
        org.eclipse.swt.widgets.ToolItem save = items.get(2);
        Widgets.waitUntil(display, () -> !save.isEnabled(), 10, "Save greyed on an unchanged study");
        Widgets.type(Widgets.byData(shell, org.eclipse.swt.widgets.Text.class, ID, properties + ".label"), "Changed label");
        Widgets.waitUntil(display, () -> save.isEnabled(), 10, "Save offered after a change");
        MPart editor = models.findElements(application, null, MPart.class, null).stream().filter(p -> p.getObject() instanceof StudyEditorPart).findFirst()
                .orElseThrow();
        ((StudyEditorPart) editor.getObject()).getEditing().undo(); // the example study as it was: nothing to save again
        Widgets.waitUntil(display, () -> !save.isEnabled(), 10, "Save greyed again after the change is undone");
    }
}
