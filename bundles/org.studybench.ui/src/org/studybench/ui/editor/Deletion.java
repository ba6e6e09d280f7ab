package org.studybench.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.studybench.model.validation.Describe;

/**
 * Deleting an element from any page: the confirmation names every element that refers to it and
 * every report section that shows one of them, and the element goes with its references as one
 * undoable step ({@link StudyEditing#delete}).
 */
public final class Deletion {

    /** Referrers listed one per line; more are counted, so the dialog stays on the screen. */
    private static final int LISTED = 20;

    private Deletion() {
    }

    /** Asks, then deletes; returns whether the element was deleted. */
    public static boolean confirmAndDelete(Shell shell, StudyEditing editing, EObject element) {
        if (element == null) {
            return false;
        }
        MessageDialog dialog = new MessageDialog(shell, "Delete", null, message(editing, element), MessageDialog.CONFIRM, 1, "Delete", "Cancel");
        if (dialog.open() != 0) {
            return false;
        }
        editing.delete(element);
        return true;
    }

    static String message(StudyEditing editing, EObject element) {
        List<String> referrers = editing.referrers(element);
        StringBuilder text = new StringBuilder("Delete " + Describe.of(element) + "?");
        if (!referrers.isEmpty()) {
            text.append("\n\nIt is used here; these references are deleted with it:");
            referrers.stream().limit(LISTED).forEach(r -> text.append("\n  • ").append(r));
            if (referrers.size() > LISTED) {
                text.append("\n  • and ").append(referrers.size() - LISTED).append(" more");
            }
        }
        return text.append("\n\nEdit > Undo brings it all back; Save writes the change to the file.").toString();
    }
}
