package org.studybench.ui.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Inject;

/**
 * Model add-on: unsaved studies are never lost silently. It gives each window a save handler that
 * asks "Save / Don't Save / Cancel" whenever e4 is about to drop a dirty part — closing its tab
 * ({@code EPartService.savePart}), closing the window and File > Quit (both through the window's
 * close handler, {@code EPartService.saveAll(true)}). Cancel, or a save that fails, keeps everything
 * open with the work in it.
 */
public final class UnsavedWork {

    /** e4's window renderer installs its own handler in each window's context; ours replaces it once the windows are up. */
    @Inject
    @Optional
    void windowsUp(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) MApplication application) {
        for (MWindow window : application.getChildren()) {
            if (window.getContext() != null) {
                window.getContext().set(ISaveHandler.class, new Handler(window));
            }
        }
    }

    static final class Handler implements ISaveHandler {
        private final MWindow window;

        Handler(MWindow window) {
            this.window = window;
        }

        @Override
        public boolean save(MPart dirtyPart, boolean confirm) {
            return saveParts(List.of(dirtyPart), confirm);
        }

        @Override
        public boolean saveParts(Collection<MPart> dirtyParts, boolean confirm) {
            List<MPart> dirty = dirtyParts.stream().filter(MPart::isDirty).toList();
            if (dirty.isEmpty()) {
                return true;
            }
            if (confirm) {
                Save answer = ask(dirty);
                if (answer != Save.YES) {
                    return answer == Save.NO;
                }
            }
            for (MPart part : dirty) {
                if (part.getObject() != null && part.getContext() != null) {
                    try {
                        ContextInjectionFactory.invoke(part.getObject(), Persist.class, part.getContext(), null);
                    } catch (RuntimeException e) { // a bug in a save: say so, and keep the work rather than close over it
                        MessageDialog.openError(shell(), "Save", part.getLocalizedLabel() + " could not be saved: " + e);
                    }
                }
                if (part.isDirty()) {
                    return false; // the save failed (its editor said why): keep the part and the work in it
                }
            }
            return true;
        }

        @Override
        public Save promptToSave(MPart dirtyPart) {
            return ask(List.of(dirtyPart));
        }

        @Override
        public Save[] promptToSave(Collection<MPart> dirtyParts) {
            Save answer = ask(new ArrayList<>(dirtyParts));
            return dirtyParts.stream().map(p -> answer).toArray(Save[]::new);
        }

        private Shell shell() {
            return window.getWidget() instanceof Shell s && !s.isDisposed() ? s : null;
        }

        private Save ask(List<MPart> dirty) {
            String names = String.join(", ", dirty.stream().map(p -> "'" + p.getLocalizedLabel() + "'").toList());
            String question = (dirty.size() == 1 ? "The study " + names + " has" : "The studies " + names + " have")
                    + " unsaved changes. Save them?\n\nIf you don't save, the changes are lost.";
            int answer = new MessageDialog(shell(), "Unsaved changes", null, question, MessageDialog.QUESTION, 0, "Save", "Don't Save", "Cancel").open();
            return switch (answer) {
                case 0 -> Save.YES;
                case 1 -> Save.NO;
                default -> Save.CANCEL; // Cancel, Escape or the dialog's close box
            };
        }
    }
}
