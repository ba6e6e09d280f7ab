package org.studybench.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps a page in step with its study: {@code refresh} runs on the UI thread after each change to the
 * model (EMF notifications, so undo, redo, imports and other pages' edits count too), once for a
 * batch of notifications, for as long as {@code control} lives.
 */
public final class Live {

    private Live() {
    }

    public static void follow(Control control, StudyEditing editing, Runnable refresh) {
        boolean[] pending = new boolean[1];
        Runnable listener = () -> {
            if (pending[0] || control.isDisposed()) {
                return;
            }
            pending[0] = true; // one refresh for all notifications of a command
            control.getDisplay().asyncExec(() -> {
                pending[0] = false;
                if (!control.isDisposed()) {
                    refresh.run();
                }
            });
        };
        editing.addListener(listener);
        control.addListener(SWT.Dispose, e -> editing.removeListener(listener));
    }
}
