package org.studybench.ui.tests;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.e4.ui.internal.workbench.E4Workbench;
import org.eclipse.e4.ui.internal.workbench.swt.E4Application;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

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
