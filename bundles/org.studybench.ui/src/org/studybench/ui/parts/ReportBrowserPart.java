package org.studybench.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.studybench.ui.editor.Ids;
import org.studybench.ui.editor.Preferences;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A generated report inside the workbench, in an SWT browser (WebKitGTK on Linux, Edge on Windows,
 * WebKit on macOS). Where no browser engine is installed, or the preferences say so, reports open
 * in the system's browser instead; {@link #open} decides.
 */
public class ReportBrowserPart {

    public static final String DESCRIPTOR = "org.studybench.ui.partdescriptor.report";
    public static final String FILE_KEY = "studybench.report.file";
    public static final String BROWSER_ID = "studybench.report.browser";

    private static Boolean available;

    @Inject
    MPart part;

    private Browser browser;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        browser = new Browser(parent, SWT.NONE);
        browser.setData(Ids.KEY, BROWSER_ID);
        show(Path.of(part.getPersistedState().get(FILE_KEY)));
    }

    /** Loads (or reloads) the report file. */
    public void show(Path file) {
        part.getPersistedState().put(FILE_KEY, file.toString());
        part.setLabel(file.getFileName().toString());
        part.setTooltip(file.toString());
        browser.setUrl(file.toUri().toString());
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Opens a report: in the report part of the editor area (one for all reports, reloaded) when
     * the preferences ask for the internal browser and one is available, else in the system browser.
     * Returns the part, or null when the system browser was asked.
     */
    public static MPart open(Path file, EPartService parts, EModelService models, MApplication application) {
        if (!Preferences.internalBrowser() || !available(Display.getCurrent())) {
            Program.launch(file.toString());
            return null;
        }
        for (MPart part : parts.getParts()) {
            if (DESCRIPTOR.equals(part.getElementId()) && part.getObject() instanceof ReportBrowserPart shown) {
                shown.show(file);
                parts.showPart(part, PartState.ACTIVATE);
                return part;
            }
        }
        MPart part = parts.createPart(DESCRIPTOR);
        part.getPersistedState().put(FILE_KEY, file.toString());
        MPartStack stack = (MPartStack) models.find(org.studybench.ui.data.DataGrids.EDITOR_STACK, application);
        stack.getChildren().add(part);
        parts.showPart(part, PartState.ACTIVATE);
        return part;
    }

    /** Whether an SWT browser can be made here: tried once, on a hidden shell (SWT throws when no engine is installed). */
    public static boolean available(Display display) {
        if (available == null) {
            Shell probe = new Shell(display);
            try {
                new Browser(probe, SWT.NONE).dispose();
                available = true;
            } catch (SWTError e) {
                available = false;
            } finally {
                probe.dispose();
            }
        }
        return available;
    }
}
