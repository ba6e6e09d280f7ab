package org.studybench.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * How the workbench's tables look: headers in the list's own dark text on a light blue-grey band (GTK
 * draws header text grey, which reads as disabled), and columns as wide as their header and widest cell
 * within bounds, one column (a finding's or a variable's label) taking the table's spare width or giving
 * up its own so that the others show — as
 * KNIME's and the Eclipse IDE's tables do. A column the user widened or narrowed keeps its width.
 */
public final class TableLook {

    /** Header band: light enough for dark text, distinct from the white rows. */
    private static final int[] HEADER = { 0xe8, 0xec, 0xf1 };
    private static final String FILL = "studybench.look.fill", FITTING = "studybench.look.fitting", USER = "studybench.look.user",
            NATURAL = "studybench.look.natural", WATCHED = "studybench.look.watched";
    /** Narrowest and widest fitted column; a longer text is cut (its whole text is in the form beside or a tooltip). */
    static final int MIN = 56, MAX = 320;
    /** The fill column gives up width down to this for the other columns to show. */
    static final int FILL_MIN = 180;

    private TableLook() {
    }

    /**
     * Styles {@code table}'s header and fits its columns whenever it is resized; {@code fill} is the index
     * of the column that takes the spare width (-1: none). Call {@link #fit} after its rows changed.
     */
    public static void apply(Table table, int fill) {
        Display display = table.getDisplay();
        table.setHeaderForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        Color band = new Color(HEADER[0], HEADER[1], HEADER[2]);
        table.setHeaderBackground(band);
        table.setData(FILL, fill);
        table.addListener(SWT.Resize, e -> spread(table));
        for (TableColumn column : table.getColumns()) {
            watch(column);
        }
        fit(table);
    }

    /** Fits every column the user has not sized to its header and cells (new columns included), then spreads the spare width. */
    public static void fit(Table table) {
        if (table.isDisposed()) {
            return;
        }
        table.setData(FITTING, true);
        try {
            for (TableColumn column : table.getColumns()) {
                watch(column);
                if (column.getData(USER) == null) {
                    column.pack();
                    column.setWidth(Math.max(MIN, Math.min(MAX, column.getWidth() + 12))); // a little air beside the text
                    column.setData(NATURAL, column.getWidth());
                }
            }
        } finally {
            table.setData(FITTING, null);
        }
        spread(table);
    }

    /** Gives the table's spare width to its fill column, so that no empty band is left at its right. */
    private static void spread(Table table) {
        if (!(table.getData(FILL) instanceof Integer fill) || fill < 0 || fill >= table.getColumnCount()) {
            return;
        }
        TableColumn filler = table.getColumn(fill);
        if (filler.getData(USER) != null) {
            return;
        }
        int others = 0;
        for (TableColumn column : table.getColumns()) {
            // GTK stretches the last column over the rest of the table by itself: counted at its fitted width
            others += column == filler ? 0 : column.getData(NATURAL) instanceof Integer n && column.getData(USER) == null ? n : column.getWidth();
        }
        int natural = filler.getData(NATURAL) instanceof Integer n ? n : filler.getWidth();
        table.setData(FITTING, true);
        try {
            // the table's width exactly, so that every column shows; never below its own width or FILL_MIN, whichever is less
            filler.setWidth(Math.max(Math.min(natural, FILL_MIN), table.getClientArea().width - others));
        } finally {
            table.setData(FITTING, null);
        }
    }

    /** Marks a column the user resizes by hand (a resize that is not this class's own). */
    private static void watch(TableColumn column) {
        if (column.getData(WATCHED) == null) {
            column.setData(WATCHED, true);
            column.addListener(SWT.Resize, e -> {
                Table table = column.getParent();
                // GTK's own stretching of the last column is not the user's
                if (!Boolean.TRUE.equals(table.getData(FITTING)) && table.indexOf(column) != table.getColumnCount() - 1) {
                    column.setData(USER, true);
                }
            });
        }
    }
}
