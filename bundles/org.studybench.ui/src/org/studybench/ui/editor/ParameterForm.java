package org.studybench.ui.editor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.studybench.core.ParameterSpec;
import org.studybench.core.ParameterType;

/**
 * A form generated from a plug-in's declared parameters, so comparators from any bundle get a GUI
 * without GUI code of their own: a drop-down for choices, a check box for booleans, a text field
 * otherwise (defaults filled in, required ones marked with *, the help as tooltip). Widget ids are
 * {@code param.NAME}.
 */
public final class ParameterForm {

    public static final String ID_PREFIX = "param.";

    private final Composite form;
    private final Map<ParameterSpec, Control> fields = new LinkedHashMap<>();
    private Runnable changed = () -> {
    };

    public ParameterForm(Composite parent) {
        form = new Composite(parent, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
    }

    public Composite control() {
        return form;
    }

    /** Replaces the fields with those of {@code specs}. */
    public void show(List<ParameterSpec> specs) {
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        fields.clear();
        for (ParameterSpec spec : specs) {
            Label label = new Label(form, SWT.NONE);
            label.setText(spec.name() + (spec.isRequired() ? " *" : ""));
            label.setToolTipText(spec.help());
            Control field;
            if (spec.type() == ParameterType.CHOICE) {
                Combo combo = new Combo(form, SWT.READ_ONLY);
                spec.choices().forEach(combo::add);
                combo.select(Math.max(0, spec.choices().indexOf(spec.defaultValue())));
                field = combo;
            } else if (spec.type() == ParameterType.BOOLEAN) {
                Button check = new Button(form, SWT.CHECK);
                check.setSelection(Boolean.parseBoolean(spec.defaultValue()));
                field = check;
            } else {
                Text text = new Text(form, SWT.BORDER);
                text.setText(spec.defaultValue() == null ? "" : spec.defaultValue());
                text.setMessage(spec.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                field = text;
            }
            field.setToolTipText(spec.help());
            field.setData(Ids.KEY, ID_PREFIX + spec.name());
            if (field instanceof Text) {
                field.addListener(SWT.DefaultSelection, e -> changed.run());
                field.addListener(SWT.FocusOut, e -> changed.run());
            } else {
                field.addListener(SWT.Selection, e -> changed.run());
            }
            field.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            fields.put(spec, field);
        }
        form.getParent().layout(true, true);
    }

    /** Calls {@code listener} when the user changes a field (Enter or leaving a text field; a choice; a check box). */
    public void onChange(Runnable listener) {
        changed = listener;
    }

    /** Shows {@code values} (by parameter name) in the fields; parameters without a value show their default. */
    public void setValues(Map<String, String> values) {
        fields.forEach((spec, field) -> {
            String value = values.getOrDefault(spec.name(), spec.defaultValue() == null ? "" : spec.defaultValue());
            switch (field) {
                case Combo c -> c.select(Math.max(0, spec.choices().indexOf(value)));
                case Button b -> b.setSelection(Boolean.parseBoolean(value));
                case Text t -> {
                    if (!t.getText().equals(value)) {
                        t.setText(value);
                    }
                }
                default -> {
                }
            }
        });
    }

    /** The filled-in values by parameter name; empty text fields are left out (defaults or bound values apply). */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        fields.forEach((spec, field) -> {
            String value = switch (field) {
                case Combo c -> c.getText();
                case Button b -> Boolean.toString(b.getSelection());
                case Text t -> t.getText().trim();
                default -> "";
            };
            if (!value.isEmpty()) {
                out.put(spec.name(), value);
            }
        });
        return out;
    }
}
