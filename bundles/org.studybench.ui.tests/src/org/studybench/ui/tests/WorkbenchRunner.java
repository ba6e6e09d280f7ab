package org.studybench.ui.tests;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.osgi.framework.Bundle;
import org.studybench.ui.parts.StudyNavigatorPart;

/**
 * Starts the real StudyBench e4 application model (Application.e4xmi) in a real window (Xvfb in CI)
 * and runs a test's driver on the UI thread once the window is up; closes the workbench afterwards
 * and rethrows what the driver threw.
 */
@SuppressWarnings("restriction")
final class WorkbenchRunner {

    private WorkbenchRunner() {
    }

    static void run(BiConsumer<MApplication, Display> driver) throws Throwable {
        Display display = Display.getDefault();
        E4Workbench workbench = new E4Application().createE4Workbench(context("-applicationXMI", "org.studybench.app/Application.e4xmi",
                "-clearPersistedState", "-persistState", "false"), display);
        MApplication application = workbench.getApplication();
        Throwable[] failure = new Throwable[1];
        display.asyncExec(() -> {
            try {
                driver.accept(application, display);
                // a background job a test started (a report in four formats, a table) ends with its workbench: one that
                // outlived it would write into the next test's folders or show its dialog over the next test's window
                Widgets.waitUntil(display, () -> java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
                        .noneMatch(job -> !job.isSystem() && job.getState() != org.eclipse.core.runtime.jobs.Job.NONE), 120, "the background jobs");
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                workbench.close();
            }
        });
        workbench.createAndRunUI(application);
        if (failure[0] != null) {
            throw failure[0];
        }
    }

    /** The workbench's main window, placed inside Xvfb's screen so that screenshots of it are whole. */
    static Shell mainWindow(MApplication application) {
        Shell shell = (Shell) application.getChildren().get(0).getWidget();
        shell.setBounds(0, 0, 1200, 800);
        return shell;
    }

    /**
     * Shows {@code folder} in the studies navigator and opens the study listed as {@code item} with a
     * double-click; returns the study editor's part.
     */
    static MPart openStudy(MApplication application, Display display, Path folder, String item) {
        MPart navigator = (MPart) application.getContext().get(EModelService.class).find(StudyNavigatorPart.ID, application);
        ((StudyNavigatorPart) navigator.getObject()).setFolder(folder);
        Widgets.flush(display);
        Widgets.doubleClick(Widgets.item(Widgets.byData((Shell) application.getChildren().get(0).getWidget(), Tree.class, "studybench.id",
                StudyNavigatorPart.TREE_ID), item));
        return application.getContext().get(EPartService.class).getActivePart();
    }

    private static IApplicationContext context(String... args) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put(IApplicationContext.APPLICATION_ARGS, args);
        return new IApplicationContext() {
            @Override
            public Map<String, Object> getArguments() {
                return arguments;
            }

            @Override
            public void applicationRunning() {
            }

            @Override
            public String getBrandingApplication() {
                return "org.eclipse.e4.ui.workbench.swt.E4Application";
            }

            @Override
            public String getBrandingName() {
                return "StudyBench";
            }

            @Override
            public String getBrandingDescription() {
                return "StudyBench";
            }

            @Override
            public String getBrandingId() {
                return "org.studybench.app.product";
            }

            @Override
            public String getBrandingProperty(String key) {
                return null;
            }

            @Override
            public Bundle getBrandingBundle() {
                return null;
            }

            @Override
            public void setResult(Object result, org.eclipse.equinox.app.IApplication application) {
            }
        };
    }
}
