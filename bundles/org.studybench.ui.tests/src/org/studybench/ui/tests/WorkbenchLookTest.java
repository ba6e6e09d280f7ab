package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;
import org.studybench.ui.editor.DictionaryPage;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * The workbench's look (issue 17, items 5 and 7) in the real window at 1200 x 800: every element type
 * has an icon of its own in the Studies view, the outline and on the editor's tabs; all the editor's
 * tabs show whole at that width; tables have dark header text and columns that fit the table; pickers
 * show elements by label with the name beside ("label  [name]"), a finding's source among them.
 */
class WorkbenchLookTest {

    private static final String ID = "studybench.id";

    @TempDir
    Path dir;

    @Test
    void iconsTabsHeadersAndLabelledPickers() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run(this::drive);
    }

    private void drive(MApplication application, Display display) {
        Shell shell = WorkbenchRunner.mainWindow(application);
        assertEquals(1200, shell.getSize().x);
        var editorPart = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
        Study study = ((StudyEditorPart) editorPart.getObject()).getStudy();

        // The Studies view: the study file and each group of elements with its type's icon, no two alike.
        Tree navigator = Widgets.byData(shell, Tree.class, ID, StudyNavigatorPart.TREE_ID);
        TreeItem file = Widgets.item(navigator, "ipsos-2013.study");
        assertNotNull(file.getImage(), "the study file's icon");
        Widgets.expand(file);
        assertDistinctIcons(List.of(file.getItems()), "the Studies view's groups");

        // The outline: groups as in the Studies view, and the elements of each group with their type's icon.
        Tree outline = Widgets.byData(shell, Tree.class, ID, StudyEditorPart.OUTLINE_ID);
        List<TreeItem> groups = List.of(outline.getItems());
        assertDistinctIcons(groups, "the outline's groups");
        List<TreeItem> firstElements = new ArrayList<>();
        for (TreeItem group : groups) {
            Widgets.expand(group);
            for (TreeItem element : group.getItems()) {
                assertNotNull(element.getImage(), element.getText());
            }
            if (group.getItemCount() > 0) {
                firstElements.add(group.getItem(0));
            }
        }
        assertDistinctIcons(firstElements, "the elements of different types");
        // below the groups: a dataset's variables and a finding's estimates have icons of their own
        TreeItem dataset = Widgets.item(outline, "Datasets (1)").getItem(0);
        Widgets.expand(dataset);
        TreeItem finding = Widgets.item(outline, "Findings (7)").getItem(0);
        Widgets.expand(finding);
        assertDistinctIcons(List.of(dataset, dataset.getItem(0), finding, finding.getItem(0)), "a dataset, its variable, a finding and its estimate");

        // The editor's tabs: an icon each, no two alike, and every tab whole at 1200 pixels (no overflow, no shortened words).
        CTabFolder tabs = Widgets.byData(shell, CTabFolder.class, ID, StudyEditorPart.TABS_ID);
        assertEquals(List.of("Study", "Outline", "Instrument", "Dictionary", "Segments", "Findings", "Comparisons", "Tables", "Charts", "Report", "Problems"),
                java.util.Arrays.stream(tabs.getItems()).map(CTabItem::getText).toList());
        Set<String> tabIcons = new HashSet<>();
        GC gc = new GC(tabs);
        try {
            for (CTabItem tab : tabs.getItems()) {
                assertTrue(tab.isShowing(), tab.getText() + " is shown at 1200 pixels, not in the overflow");
                assertNotNull(tab.getImage(), tab.getText());
                tabIcons.add(pixels(tab.getImage()));
                int whole = gc.textExtent(tab.getText(), SWT.DRAW_MNEMONIC).x + tab.getImage().getBounds().width;
                assertTrue(tab.getBounds().width >= whole, tab.getText() + " whole: " + tab.getBounds().width + " < " + whole);
            }
        } finally {
            gc.dispose();
        }
        assertEquals(tabs.getItemCount(), tabIcons.size(), "an icon of its own on each tab");
        assertNotNull(tabs.getItem(tabs.getItemCount() - 1).getToolTipText(), "the problems tab says how many there are");

        // Tables: dark header text (GTK's grey reads as disabled), and the Dictionary's columns fit its width.
        Widgets.selectTab(tabs, "Dictionary");
        Table dictionary = Widgets.byData(shell, Table.class, ID, DictionaryPage.TABLE_ID);
        Widgets.flush(display);
        assertEquals(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND).getRGB(), dictionary.getHeaderForeground().getRGB());
        int widths = 0;
        for (TableColumn column : dictionary.getColumns()) {
            assertTrue(column.getWidth() >= 56, column.getText() + " is wide enough to read: " + column.getWidth());
            widths += column.getWidth();
        }
        // the label column gives up width (down to 180 pixels) so that the value labels and missing codes show too
        int label = dictionary.getColumn(3).getWidth();
        assertTrue(widths <= dictionary.getClientArea().width || label <= 180,
                "every column of the Dictionary shows: " + widths + " > " + dictionary.getClientArea().width + ", label " + label);
        assertEquals(List.of("End users (SYNTHETIC)  [respondents]"), List.of(Widgets.byData(shell, Combo.class, ID, DictionaryPage.DATASET_ID).getItems()));

        // Pickers: a finding's source (and its dataset, and the finding its base is within) by label, the name beside.
        Widgets.selectTab(tabs, "Findings");
        Table findings = Widgets.byData(shell, Table.class, ID, FindingsPage.TABLE_ID);
        Widgets.selectRow(findings, Widgets.row(findings, 0, "See security as a risk or obstacle of social tools"));
        Combo source = Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".source");
        assertEquals("Ipsos for Microsoft, July 2013  [ipsos-microsoft-2013]", source.getText());
        assertEquals(List.of("(none)", "Ipsos for Microsoft, July 2013  [ipsos-microsoft-2013]"), List.of(source.getItems()));
        Combo within = Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".base.within");
        assertTrue(List.of(within.getItems()).contains("See lost productivity as a risk or obstacle  [productivity]"), List.of(within.getItems()).toString());
        Finding security = study.getFindings().stream().filter(f -> f.getName().equals("security")).findFirst().orElseThrow();
        Widgets.choose(source, "(none)");
        assertEquals(null, security.getSource());
        Widgets.choose(source, "Ipsos for Microsoft");
        assertEquals("ipsos-microsoft-2013", security.getSource().getName(), "the label chosen, the element written");
        // a computed finding's variable and level are suggested by label; what is written is the name and the code
        // (a net of the variable is offered as a level too, by its label)
        org.studybench.model.study.Net net = org.studybench.model.study.StudyFactory.eINSTANCE.createNet();
        net.setName("any-answer");
        net.setLabel("Answered (net)");
        net.getLevels().addAll(List.of("yes", "no"));
        study.getDatasets().get(0).getVariables().stream().filter(v -> v.getName().equals("security")).findFirst().orElseThrow().getNets().add(net);
        Widgets.selectRow(findings, Widgets.row(findings, 0, "See security as a risk (synthetic respondents, weighted)"));
        Combo variable = Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".variable");
        assertEquals("See security as a risk or obstacle of social tools  [security]", variable.getText());
        Combo level = Widgets.byData(shell, Combo.class, ID, FindingsPage.FORM_ID + ".level");
        assertEquals(List.of("Yes  [yes]", "No  [no]", "Answered (net)  [any-answer]"), List.of(level.getItems()));
        Widgets.choose(level, "No");
        EObject computed = study.getFindings().stream().filter(f -> f.getName().equals("security-respondents")).findFirst().orElseThrow();
        assertEquals("no", ((Finding) computed).getLevel());
        assertEquals("No  [no]", level.getText());
    }

    /** Every item has an icon and no two items' icons look alike. */
    private static void assertDistinctIcons(List<TreeItem> items, String what) {
        Set<String> seen = new HashSet<>();
        for (TreeItem item : items) {
            assertNotNull(item.getImage(), item.getText() + " has an icon");
            assertTrue(seen.add(pixels(item.getImage())), item.getText() + "'s icon is like another's among " + what);
        }
    }

    /** An image's pixels, to compare icons by how they look. */
    private static String pixels(Image image) {
        var data = image.getImageData();
        StringBuilder b = new StringBuilder();
        for (int y = 0; y < data.height; y++) {
            for (int x = 0; x < data.width; x++) {
                b.append(Integer.toHexString(data.getPixel(x, y))).append(data.getAlpha(x, y)).append(',');
            }
        }
        return b.toString();
    }
}
