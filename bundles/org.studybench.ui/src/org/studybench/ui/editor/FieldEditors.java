package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * A small form of text fields bound to features of model objects: a field commits its text as one
 * undoable command on Enter or when it loses focus; whole numbers are checked, and a bad one is
 * explained next to the field instead of being written.
 */
final class FieldEditors {

    private record Field(Text text, Label error, EStructuralFeature feature, boolean integer, boolean ofSecondOwner) {
    }

    private final Composite form;
    private final StudyEditing editing;
    private final List<Field> fields = new ArrayList<>();
    private EObject owner;
    private EObject secondOwner;

    FieldEditors(Composite parent, StudyEditing editing) {
        this.editing = editing;
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(3, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    Text text(String label, String id, EStructuralFeature feature, boolean multiLine) {
        return add(label, id, feature, false, multiLine, false);
    }

    /** A whole-number field bound to the second owner (e.g. a finding's base). */
    Text integer(String label, String id, EStructuralFeature feature) {
        return add(label, id, feature, true, false, true);
    }

    private Text add(String label, String id, EStructuralFeature feature, boolean integer, boolean multiLine, boolean ofSecondOwner) {
        new Label(form, SWT.NONE).setText(label);
        Text text = new Text(form, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
        text.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        if (multiLine) {
            data.heightHint = 48;
        }
        text.setLayoutData(data);
        Label error = new Label(form, SWT.NONE);
        error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
        Field field = new Field(text, error, feature, integer, ofSecondOwner);
        fields.add(field);
        if (!multiLine) {
            text.addListener(SWT.DefaultSelection, e -> commit(field));
        }
        text.addListener(SWT.FocusOut, e -> commit(field));
        return text;
    }

    /** Shows {@code owner}'s values (and {@code second}'s for the fields bound to it); null disables. */
    void bind(EObject owner, EObject second) {
        this.owner = owner;
        this.secondOwner = second;
        for (Field f : fields) {
            EObject o = f.ofSecondOwner() ? second : owner;
            f.text().setEnabled(o != null);
            Object value = o == null ? null : o.eGet(f.feature());
            String shown = value == null ? "" : value.toString();
            if (!f.text().getText().equals(shown)) {
                f.text().setText(shown);
            }
            f.error().setText("");
        }
        form.layout();
    }

    private void commit(Field f) {
        EObject o = f.ofSecondOwner() ? secondOwner : owner;
        if (o == null) {
            return;
        }
        String text = f.text().getText();
        Object value = text.isBlank() ? null : text;
        if (f.integer() && value != null) {
            try {
                int n = Integer.parseInt(text.trim());
                if (n <= 0) {
                    throw new NumberFormatException();
                }
                value = n;
            } catch (NumberFormatException e) {
                f.error().setText("a whole number above 0");
                form.layout();
                return;
            }
        }
        f.error().setText("");
        editing.set(o, f.feature(), value);
    }
}
