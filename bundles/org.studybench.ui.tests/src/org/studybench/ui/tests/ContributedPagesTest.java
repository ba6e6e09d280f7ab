package org.studybench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.parts.StudyEditorPart;
import org.studybench.ui.pages.StudyEditorContext;
import org.studybench.ui.pages.StudyEditorPage;

/**
 * A plug-in's page (a StudyEditorPage service) appears among the built-in tabs at its position,
 * follows the study as it changes and changes it undoably through the editor's command stack; a page
 * that throws is replaced by a line naming its bundle and the editor works on.
 */
class ContributedPagesTest {

    @TempDir
    Path dir;

    /** A page that shows the study's title and sets it on demand. */
    private static final class TitlePage implements StudyEditorPage {
        Label shown;
        StudyEditorContext context;
        final List<String> refreshes = new ArrayList<>();

        @Override
        public String id() {
            return "test.title-page";
        }

        @Override
        public String label() {
            return "Title (plug-in)";
        }

        @Override
        public int position() {
            return StudyEditorPage.COMPARISONS + 50;
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            this.context = context;
            shown = new Label(parent, SWT.NONE);
            shown.setText(context.study().getTitle());
            context.follow(shown, () -> {
                shown.setText(context.study().getTitle());
                refreshes.add(context.study().getTitle());
            });
            return shown;
        }
    }

    private static final class BrokenPage implements StudyEditorPage {
        @Override
        public String id() {
            return "test.broken-page";
        }

        @Override
        public String label() {
            return "Broken (plug-in)";
        }

        @Override
        public int position() {
            return 5000;
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            throw new IllegalStateException("no chart kind 'lollipop' here");
        }
    }

    @Test
    void aPluginsPageSitsAmongTheBuiltInOnesAndFollowsTheStudy() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        BundleContext bundles = FrameworkUtil.getBundle(ContributedPagesTest.class).getBundleContext();
        TitlePage page = new TitlePage();
        ServiceRegistration<StudyEditorPage> one = bundles.registerService(StudyEditorPage.class, page, null);
        ServiceRegistration<StudyEditorPage> two = bundles.registerService(StudyEditorPage.class, new BrokenPage(), null);
        try {
            WorkbenchRunner.run((application, display) -> {
                MPart part = WorkbenchRunner.openStudy(application, display, dir, "ipsos-2013.study");
                StudyEditorPart editor = (StudyEditorPart) part.getObject();
                CTabFolder tabs = Widgets.byData((Composite) part.getWidget(), CTabFolder.class, "studybench.id", StudyEditorPart.TABS_ID);
                List<String> labels = Arrays.stream(tabs.getItems()).map(CTabItem::getText).map(t -> t.replaceFirst(" \\(\\d+\\)$", "")).toList();
                int comparisons = labels.indexOf("Comparisons");
                assertEquals("Title (plug-in)", labels.get(comparisons + 1), labels.toString());
                assertEquals("Tables", labels.get(comparisons + 2), labels.toString());
                assertEquals("Broken (plug-in)", labels.get(labels.size() - 1), "after every built-in page: " + labels);
                Control broken = tabs.getItem(labels.size() - 1).getControl();
                assertTrue(((Label) broken).getText().startsWith("This page could not be shown: the plug-in org.studybench.ui.tests "), ((Label) broken).getText());
                assertTrue(((Label) broken).getText().endsWith("failed (no chart kind 'lollipop' here)"), ((Label) broken).getText());

                // the page changes the study through the editor's command stack, and follows every change
                page.context.execute(SetCommand.create(page.context.editingDomain(), editor.getStudy(), StudyPackage.Literals.STUDY__TITLE, "Set by a plug-in"));
                Widgets.flush(display); // the page redraws once per change, right after it
                assertEquals("Set by a plug-in", page.shown.getText());
                assertTrue(part.isDirty(), "a change through the page makes the editor dirty");
                Widgets.menu(WorkbenchRunner.mainWindow(application), "Edit", "Undo");
                Widgets.flush(display);
                assertEquals("Social tools at work: SMEs vs large enterprises", page.shown.getText(), "undo shows at once");
                assertFalse(part.isDirty());
                assertEquals(List.of("Set by a plug-in", "Social tools at work: SMEs vs large enterprises"), page.refreshes.subList(0, 2));
                part.setDirty(false);
            });
        } finally {
            one.unregister();
            two.unregister();
        }
    }

    /** A plug-in's handler for the Studies view's menu: it records what it was run on. */
    public static final class CountFindings {
        final List<Object> ranOn = new ArrayList<>();

        @org.eclipse.e4.core.di.annotations.Execute
        public void execute(@jakarta.inject.Named(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SELECTION) Object selection) {
            ranOn.add(selection);
        }
    }

    /**
     * The built-in items of the Studies view's context menu are the workbench model's (the UI bundle's
     * fragment), and an item a plug-in adds there the same way — a command, its handler and a menu item
     * shown for study files — appears among them and runs on the selected study file.
     */
    @Test
    void aPluginsMenuItemJoinsTheStudiesViewsMenu() throws Throwable {
        Examples.copy("ipsos-2013", dir.resolve("ipsos-2013"));
        WorkbenchRunner.run((application, display) -> {
            org.eclipse.e4.ui.workbench.modeling.EModelService models = application.getContext().get(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
            MPart navigatorPart = (MPart) models.find(org.studybench.ui.parts.StudyNavigatorPart.ID, application);
            org.eclipse.e4.ui.model.application.ui.menu.MPopupMenu popup = (org.eclipse.e4.ui.model.application.ui.menu.MPopupMenu) navigatorPart.getMenus()
                    .stream().filter(m -> org.studybench.ui.parts.StudyNavigatorPart.MENU_ID.equals(m.getElementId())).findFirst().orElseThrow();
            List<String> builtIn = popup.getChildren().stream().map(org.eclipse.e4.ui.model.application.ui.MUILabel.class::cast)
                    .map(org.eclipse.e4.ui.model.application.ui.MUILabel::getLabel).filter(java.util.Objects::nonNull).toList();
            assertEquals(List.of("Open", "Import Data...", "Add Finding", "Run Comparisons", "Generate Report", "Open Data", "Show in Editor", "Delete...",
                    "New Study...", "Refresh"), builtIn, "the built-in items are the model's");

            // what a plug-in's model fragment adds: a command, its handler, an item shown for study files
            org.eclipse.e4.ui.model.application.commands.MCommand command = models.createModelElement(org.eclipse.e4.ui.model.application.commands.MCommand.class);
            command.setElementId("org.example.command.countfindings");
            command.setCommandName("Count Findings");
            application.getCommands().add(command);
            org.eclipse.e4.ui.model.application.commands.MHandler handler = models.createModelElement(org.eclipse.e4.ui.model.application.commands.MHandler.class);
            CountFindings counting = new CountFindings();
            handler.setObject(counting);
            handler.setCommand(command);
            application.getHandlers().add(handler);
            org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem item = models.createModelElement(org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem.class);
            item.setLabel("Count Findings");
            item.setCommand(command);
            org.eclipse.e4.ui.model.application.ui.MImperativeExpression forStudyFiles = models.createModelElement(org.eclipse.e4.ui.model.application.ui.MImperativeExpression.class);
            forStudyFiles.setContributionURI("bundleclass://org.studybench.ui/org.studybench.ui.handlers.NavigatorSelection$StudyFile");
            item.setVisibleWhen(forStudyFiles);
            popup.getChildren().add(item);

            ((org.studybench.ui.parts.StudyNavigatorPart) navigatorPart.getObject()).setFolder(dir);
            Widgets.flush(display);
            org.eclipse.swt.widgets.Tree navigator = Widgets.byData(WorkbenchRunner.mainWindow(application), org.eclipse.swt.widgets.Tree.class, "studybench.id",
                    org.studybench.ui.parts.StudyNavigatorPart.TREE_ID);
            Widgets.select(Widgets.item(navigator, "ipsos-2013.study"));
            Widgets.contextMenu(navigator, "Count Findings");
            assertEquals(List.of(dir.resolve("ipsos-2013/ipsos-2013.study").toAbsolutePath().normalize()), counting.ranOn);

            // an element selected: the item is not offered, the element's items are
            org.eclipse.swt.widgets.TreeItem study = Widgets.item(navigator, "ipsos-2013.study");
            Widgets.expand(study);
            org.eclipse.swt.widgets.TreeItem datasets = Widgets.child(study, "Datasets (1)");
            Widgets.expand(datasets);
            Widgets.select(datasets.getItem(0));
            AssertionError notOffered = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> Widgets.contextMenu(navigator, "Count Findings"));
            assertTrue(notOffered.getMessage().contains("Open Data") && notOffered.getMessage().contains("Show in Editor"), notOffered.getMessage());
            assertEquals(1, counting.ranOn.size());
        });
    }
}
