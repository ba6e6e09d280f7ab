package org.studybench.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** A label and its field in a two-column grid, as the editor pages and wizards lay out their forms; and showing a value in a field. */
public final class Fields {

    private Fields() {
    }

    /** A label and a text field that fills the second column, with the test/jump id {@code id}. */
    public static Text text(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(Ids.KEY, id);
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    /** A label and a read-only drop-down that fills the second column. */
    public static Combo combo(Composite parent, String label, String id) {
        new Label(parent, SWT.NONE).setText(label);
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        combo.setData(Ids.KEY, id);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    /** Shows {@code value} (null as empty) without touching a field that already shows it, so its caret and selection stay. */
    public static void show(Text text, String value) {
        String shown = value == null ? "" : value;
        if (!text.getText().equals(shown)) {
            text.setText(shown);
        }
    }
}
