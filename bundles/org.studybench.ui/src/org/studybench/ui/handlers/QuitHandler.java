package org.studybench.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;

/**
 * File > Quit (Ctrl+Q): each window closes as its close box would close it — through its close
 * handler, which asks about unsaved studies ({@link org.studybench.ui.parts.UnsavedWork}) — and the
 * workbench only when every window agreed; Cancel keeps everything open.
 */
public class QuitHandler {

    @Execute
    public void execute(IWorkbench workbench, MApplication application) {
        for (MWindow window : application.getChildren()) {
            IWindowCloseHandler handler = window.getContext() == null ? null : window.getContext().get(IWindowCloseHandler.class);
            if (handler != null && !handler.close(window)) {
                return;
            }
        }
        workbench.close();
    }
}
