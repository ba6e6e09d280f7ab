package org.studybench.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/**
 * Finds SWT widgets and drives them with plain SWT events, the small part of SWTBot we need (SWTBot
 * is not on Maven Central). Knows nothing about StudyBench: widgets are found by their
 * {@code setData(key, id)} or by text. Call from the UI thread.
 */
public final class Widgets {

    private Widgets() {
    }

    /** All controls under {@code root} (itself included) that match. */
    public static <T extends Control> List<T> findAll(Composite root, Class<T> type, Predicate<? super T> match) {
        List<T> found = new ArrayList<>();
        collect(root, type, match, found);
        return found;
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<? super T> match, List<T> found) {
        if (type.isInstance(control) && match.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, match, found);
            }
        }
    }

    /** The one control of {@code type} whose data under {@code key} equals {@code id}. */
    public static <T extends Control> T byData(Composite root, Class<T> type, String key, String id) {
        List<T> found = findAll(root, type, c -> Objects.equals(c.getData(key), id));
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " with " + key + "=" + id + ", found " + found.size());
        }
        return found.get(0);
    }

    /** Texts of the top-level items of a tree. */
    public static List<String> itemTexts(Tree tree) {
        List<String> texts = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            texts.add(item.getText());
        }
        return texts;
    }

    public static TreeItem item(Tree tree, String text) {
        for (TreeItem item : tree.getItems()) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        throw new AssertionError("no item '" + text + "' in " + itemTexts(tree));
    }

    /** The child item of {@code parent} with {@code text}. */
    public static TreeItem child(TreeItem parent, String text) {
        for (TreeItem item : parent.getItems()) {
            if (item.getText().equals(text)) {
                return item;
            }
        }
        List<String> texts = new ArrayList<>();
        for (TreeItem item : parent.getItems()) {
            texts.add(item.getText());
        }
        throw new AssertionError("no item '" + text + "' under '" + parent.getText() + "' in " + texts);
    }

    /** Expands {@code item} the way a click on its arrow does (viewers create children on SWT.Expand). */
    public static void expand(TreeItem item) {
        notify(item.getParent(), SWT.Expand, item);
        item.setExpanded(true);
        flush(item.getDisplay());
    }

    /** Selects {@code item} as a single click does. */
    public static void select(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        notify(tree, SWT.Selection, item);
        flush(tree.getDisplay());
    }

    /** The value in column 1 of the table row whose column 0 is {@code key}. */
    public static String cell(org.eclipse.swt.widgets.Table table, String key) {
        for (org.eclipse.swt.widgets.TableItem row : table.getItems()) {
            if (row.getText(0).equals(key)) {
                return row.getText(1);
            }
        }
        throw new AssertionError("no row '" + key + "' in table");
    }

    /** Selects {@code item} and double-clicks it (SWT.Selection then SWT.DefaultSelection), as a user would. */
    public static void doubleClick(TreeItem item) {
        Tree tree = item.getParent();
        tree.setSelection(item);
        notify(tree, SWT.Selection, item);
        notify(tree, SWT.DefaultSelection, item);
        flush(tree.getDisplay());
    }

    private static void notify(Widget widget, int type, Widget item) {
        Event event = new Event();
        event.item = item;
        event.widget = widget;
        widget.notifyListeners(type, event);
    }

    /** Runs pending UI events. */
    public static void flush(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    public static Shell activeShell(Display display) {
        Shell shell = display.getActiveShell();
        return shell != null ? shell : display.getShells()[0];
    }
}
