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

    /** Chooses {@code text} in a cell editor's drop-down (a CCombo) and confirms it, as Enter would. */
    public static void choose(org.eclipse.swt.custom.CCombo combo, String text) {
        int index = combo.indexOf(text);
        if (index < 0) {
            throw new AssertionError("no item '" + text + "' in " + java.util.Arrays.toString(combo.getItems()));
        }
        combo.select(index);
        notify(combo, SWT.Selection, null);
        notify(combo, SWT.DefaultSelection, null);
        flush(combo.getDisplay());
    }

    /** Runs pending UI events. */
    public static void flush(Display display) {
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    /** Clicks a button (or check box, toggling it first), as SWT.Selection. */
    public static void click(org.eclipse.swt.widgets.Button button) {
        Display display = button.getDisplay(); // (a Finish or OK button may be gone after the click)
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
            button.setSelection(!button.getSelection());
        }
        notify(button, SWT.Selection, null);
        flush(display);
    }

    /** Types {@code text} into a text field and presses Enter (SWT.DefaultSelection). */
    public static void type(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        field.setText(text);
        notify(field, SWT.Modify, null);
        notify(field, SWT.DefaultSelection, null);
        flush(field.getDisplay());
    }

    /** Chooses the item of a drop-down whose text starts with {@code prefix}, else a labelled element by its name ("label  [prefix]"). */
    public static void choose(org.eclipse.swt.widgets.Combo combo, String prefix) {
        List<String> items = List.of(combo.getItems());
        int i = items.indexOf(items.stream().filter(t -> t.startsWith(prefix)).findFirst()
                .orElse(items.stream().filter(t -> t.endsWith("  [" + prefix + "]")).findFirst().orElse(null)));
        if (i < 0) {
            throw new AssertionError("no item '" + prefix + "...' in " + items);
        }
        combo.select(i);
        notify(combo, SWT.Selection, null);
        flush(combo.getDisplay());
    }

    /** Selects the tab with {@code text} of a tab folder, as a click on it would. */
    public static void selectTab(org.eclipse.swt.custom.CTabFolder folder, String text) {
        for (org.eclipse.swt.custom.CTabItem item : folder.getItems()) {
            if (item.getText().equals(text) || item.getText().startsWith(text + " (")) {
                folder.setSelection(item);
                notify(folder, SWT.Selection, item);
                flush(folder.getDisplay());
                return;
            }
        }
        throw new AssertionError("no tab '" + text + "'");
    }

    /** Clicks (mouse button 1 down and up) at the centre of a table cell. */
    public static void clickCell(org.eclipse.swt.widgets.Table table, int row, int column) {
        // A real click selects the row natively before the mouse listeners run; synthetic events do not.
        table.setSelection(row);
        notify(table, SWT.Selection, table.getItem(row));
        org.eclipse.swt.graphics.Rectangle r = table.getItem(row).getBounds(column);
        Event down = new Event();
        down.button = 1;
        down.x = r.x + r.width / 2;
        down.y = r.y + r.height / 2;
        table.notifyListeners(SWT.MouseDown, down);
        Event up = new Event();
        up.button = 1;
        up.x = down.x;
        up.y = down.y;
        table.notifyListeners(SWT.MouseUp, up);
        flush(table.getDisplay());
    }

    /** Adds the item {@code text} of a list to its selection, as a Ctrl+click would (SWT.Selection). */
    public static void selectItem(org.eclipse.swt.widgets.List list, String text) {
        int index = list.indexOf(text);
        for (int i = 0; index < 0 && i < list.getItemCount(); i++) { // a labelled element by its name: "label  [name]"
            if (list.getItem(i).endsWith("  [" + text + "]")) {
                index = i;
            }
        }
        if (index < 0) {
            throw new AssertionError("no item '" + text + "' in " + java.util.Arrays.toString(list.getItems()));
        }
        list.select(index);
        notify(list, SWT.Selection, null);
        flush(list.getDisplay());
    }

    /** Selects a table row, as a click on it would (SWT.Selection). */
    public static void selectRow(org.eclipse.swt.widgets.Table table, int row) {
        table.setSelection(row);
        notify(table, SWT.Selection, table.getItem(row));
        flush(table.getDisplay());
    }

    /** The index of the first row whose column {@code column} has {@code text}. */
    public static int row(org.eclipse.swt.widgets.Table table, int column, String text) {
        for (int i = 0; i < table.getItemCount(); i++) {
            if (table.getItem(i).getText(column).equals(text)) {
                return i;
            }
        }
        for (int i = 0; i < table.getItemCount(); i++) { // a labelled element by its name: "label  [name]"
            if (table.getItem(i).getText(column).endsWith("  [" + text + "]")) {
                return i;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + column);
    }

    /** The index of the column with header {@code text}. */
    public static int column(org.eclipse.swt.widgets.Table table, String text) {
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (table.getColumn(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no column '" + text + "' in " + java.util.Arrays.stream(table.getColumns()).map(c -> c.getText()).toList());
    }

    /** Checks the table item with {@code text} (a check-box table). */
    public static void check(org.eclipse.swt.widgets.Table table, String text) {
        org.eclipse.swt.widgets.TableItem item = table.getItem(row(table, 0, text));
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        flush(table.getDisplay());
    }

    /** Selects a menu item of the shell's menu bar by its path of texts ("Edit", "Undo"), mnemonics ignored. */
    public static void menu(Shell shell, String... path) {
        Display display = shell.getDisplay(); // (File > Quit disposes the shell)
        org.eclipse.swt.widgets.Menu menu = shell.getMenuBar();
        org.eclipse.swt.widgets.MenuItem found = null;
        for (String step : path) {
            found = null;
            if (menu != null) {
                notify(menu, SWT.Show, null); // e4 updates enablement when a menu is shown
                for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
                    if (item.getText().replace("&", "").split("\t")[0].equals(step)) {
                        found = item;
                    }
                }
            }
            if (found == null) {
                throw new AssertionError("no menu item '" + step + "' in " + String.join(" > ", path));
            }
            menu = found.getMenu();
        }
        notify(found, SWT.Selection, null);
        flush(display);
    }

    /** Chooses {@code text} from the control's context menu, as a right-click and a click on the item would. */
    public static void contextMenu(Control control, String text) {
        control.forceFocus(); // a right-click focuses the control and asks for its menu
        notify(control, SWT.MenuDetect, null);
        org.eclipse.swt.widgets.Menu menu = control.getMenu();
        notify(menu, SWT.Show, null); // menus filled on show get their items now
        for (org.eclipse.swt.widgets.MenuItem item : menu.getItems()) {
            if (item.getText().replace("&", "").equals(text)) {
                notify(item, SWT.Selection, null);
                flush(control.getDisplay());
                return;
            }
        }
        throw new AssertionError("no item '" + text + "' in the context menu: "
                + java.util.Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList());
    }

    /** Dispatches UI events until {@code condition} holds (background jobs finish) or fails after {@code seconds}. */
    public static void waitUntil(Display display, java.util.function.BooleanSupplier condition, int seconds, String what) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + seconds + " s waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    /** Writes what {@code control} shows on screen to a PNG file (for docs and for looking at a failure). */
    public static void screenshot(Control control, java.nio.file.Path file) {
        Display display = control.getDisplay();
        long end = System.nanoTime() + 400_000_000L; // GTK paints on its frame clock: let it catch up
        while (System.nanoTime() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        org.eclipse.swt.graphics.Rectangle r = control.getBounds();
        org.eclipse.swt.graphics.Point origin = control instanceof Shell ? new org.eclipse.swt.graphics.Point(r.x, r.y)
                : control.getParent().toDisplay(r.x, r.y); // a shell's bounds are on the display already
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, r.width, r.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            java.nio.file.Files.createDirectories(file.getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** What the control with {@code key=id} shows: the text of a field, drop-down, label or button. */
    public static String text(Composite root, String key, String id) {
        Control c = byData(root, Control.class, key, id);
        if (c instanceof org.eclipse.swt.widgets.Text t) {
            return t.getText();
        }
        if (c instanceof org.eclipse.swt.widgets.Combo combo) {
            return combo.getText();
        }
        if (c instanceof org.eclipse.swt.widgets.Label label) {
            return label.getText();
        }
        if (c instanceof org.eclipse.swt.widgets.Button button) {
            return button.getText();
        }
        throw new AssertionError(id + " is a " + c.getClass().getSimpleName() + ", which shows no text");
    }

    /** Types {@code text} into a (multi-line) field and leaves it, as a click elsewhere does (SWT.FocusOut). */
    public static void typeAndLeave(org.eclipse.swt.widgets.Text field, String text) {
        field.setFocus();
        field.setText(text);
        notify(field, SWT.Modify, null);
        notify(field, SWT.FocusOut, null);
        flush(field.getDisplay());
    }

    /** Types {@code text} into an editable drop-down and presses Enter. */
    public static void type(org.eclipse.swt.widgets.Combo combo, String text) {
        combo.setFocus();
        combo.setText(text);
        notify(combo, SWT.Modify, null);
        notify(combo, SWT.DefaultSelection, null);
        flush(combo.getDisplay());
    }

    /**
     * Arranges for the next dialog that opens above {@code main} to be answered by pressing its button
     * {@code button} (mnemonics ignored); call before the action that opens it. The returned array
     * holds what went wrong, if anything, once the dialog has closed.
     */
    public static Throwable[] answerNextDialog(Shell main, String button) {
        return answerNextDialog(main, button, new ArrayList<>());
    }

    /** As {@link #answerNextDialog(Shell, String)}, and adds the dialog's title and the texts of its labels to {@code seen}. */
    public static Throwable[] answerNextDialog(Shell main, String button, List<String> seen) {
        return driveNextDialog(main, dialog -> {
            seen.add(dialog.getText());
            findAll(dialog, org.eclipse.swt.widgets.Label.class, l -> true).forEach(l -> seen.add(l.getText()));
            List<org.eclipse.swt.widgets.Button> buttons = findAll(dialog, org.eclipse.swt.widgets.Button.class, b -> b.getText().replace("&", "").equals(button));
            if (buttons.isEmpty()) {
                throw new AssertionError("no button '" + button + "' in the dialog '" + dialog.getText() + "'");
            }
            click(buttons.get(0));
        });
    }

    /**
     * Arranges for {@code driver} to run on the next dialog that opens above {@code main} (from the
     * dialog's own event loop), closing the dialog if the driver leaves it open; call before the action
     * that opens it. The returned array holds what went wrong, if anything.
     */
    public static Throwable[] driveNextDialog(Shell main, java.util.function.Consumer<Shell> driver) {
        Display display = main.getDisplay();
        Throwable[] failure = new Throwable[1];
        Runnable[] step = new Runnable[1];
        step[0] = () -> {
            Shell dialog = display.getActiveShell();
            if (dialog == null || dialog == main) {
                display.asyncExec(step[0]);
                return;
            }
            try {
                driver.accept(dialog);
            } catch (Throwable t) {
                failure[0] = t;
            }
            if (!dialog.isDisposed()) {
                dialog.close();
                failure[0] = failure[0] != null ? failure[0] : new AssertionError("the dialog '" + dialog.getText() + "' stayed open");
            }
        };
        display.asyncExec(step[0]);
        return failure;
    }

    /**
     * Closes a tab as its close box does: the folder's close listeners decide (e4 asks about unsaved
     * work there), and the tab goes if they let it. SWT keeps those listeners and the event's
     * constructor package-private, hence the reflection.
     */
    public static void closeTab(org.eclipse.swt.custom.CTabItem item) {
        org.eclipse.swt.custom.CTabFolder folder = item.getParent();
        try {
            java.lang.reflect.Field field = org.eclipse.swt.custom.CTabFolder.class.getDeclaredField("folderListeners");
            field.setAccessible(true);
            java.lang.reflect.Constructor<org.eclipse.swt.custom.CTabFolderEvent> create = org.eclipse.swt.custom.CTabFolderEvent.class
                    .getDeclaredConstructor(Widget.class);
            create.setAccessible(true);
            org.eclipse.swt.custom.CTabFolderEvent event = create.newInstance(folder);
            event.widget = folder;
            event.item = item;
            event.doit = true;
            for (org.eclipse.swt.custom.CTabFolder2Listener listener : (org.eclipse.swt.custom.CTabFolder2Listener[]) field.get(folder)) {
                listener.close(event);
            }
            if (event.doit && !item.isDisposed()) {
                item.dispose();
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot close the tab as its close box would", e);
        }
        flush(folder.getDisplay());
    }

    public static Shell activeShell(Display display) {
        Shell shell = display.getActiveShell();
        return shell != null ? shell : display.getShells()[0];
    }
}
