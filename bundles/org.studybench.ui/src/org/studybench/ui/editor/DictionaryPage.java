package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.MeasureLevel;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.ValueLabel;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;

/**
 * The variable dictionary of a dataset: one row per variable with its type and measure level (from
 * the import), and its label, role (weight, cluster, strata, ...), value labels ({@code 1=Agree;
 * 2=Disagree}) and missing codes, each edited in place as one undoable change. A role held by another
 * variable moves to this one, since a design has one weight, one cluster and one strata variable.
 */
public final class DictionaryPage {

    public static final String DATASET_ID = "studybench.editor.dictionary.dataset";
    public static final String TABLE_ID = "studybench.editor.dictionary";
    public static final String STATUS_ID = "studybench.editor.dictionary.status";

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    private static final List<String> ROLES = VariableRole.VALUES.stream().map(VariableRole::getLiteral).toList();

    private final StudyEditing editing;
    private final Composite control;
    private final Combo dataset;
    private final TableViewer viewer;
    private final Label status;
    private Dataset shown;

    public DictionaryPage(Composite parent, StudyEditing editing) {
        this.editing = editing;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        new Label(control, SWT.NONE).setText("Dataset");
        dataset = new Combo(control, SWT.READ_ONLY);
        dataset.setData(Ids.KEY, DATASET_ID);
        viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setData(Ids.KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Variable", 140, v -> v.getName(), null);
        column("Type", 70, v -> v.getType().getLiteral(), null);
        // the measure level the importer guessed, corrected by the researcher
        column("Measure", 80, v -> v.getMeasureLevel().getLiteral(), null).setEditingSupport(new ChoiceEditing(
                MeasureLevel.VALUES.stream().map(MeasureLevel::getLiteral).toList(), v -> v.getMeasureLevel().getValue(),
                (v, index) -> editing.set(v, P.getVariable_MeasureLevel(), MeasureLevel.get(index))));
        column("Label", 240, v -> v.getLabel() == null ? "" : v.getLabel(), (v, text) -> editing.set(v, P.getNamed_Label(), text.isBlank() ? null : text.trim()));
        column("Role", 90, v -> v.getRole().getLiteral(), null).setEditingSupport(new ChoiceEditing(ROLES, v -> v.getRole().getValue(), this::setRole));
        column("Value labels", 260, DictionaryPage::valueLabels, this::setValueLabels);
        column("Missing codes", 120, v -> String.join(", ", v.getMissingValues()), (v, text) -> editing.change("Missing codes of " + v.getName(), () -> {
            v.getMissingValues().clear();
            Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(v.getMissingValues()::add);
        }));
        status = new Label(control, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        status.setText("Click a measure level, label, role, value labels (1=Agree; 2=Disagree) or missing codes to edit them.");
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        dataset.addListener(SWT.Selection, e -> show());
        fillDatasets();
        TableLook.apply(viewer.getTable(), 3); // the label takes the spare width
        Live.follow(control, editing, () -> {
            fillDatasets();
            viewer.refresh();
            TableLook.fit(viewer.getTable());
        });
    }

    public Composite control() {
        return control;
    }

    /** The study's datasets as they are now (an import adds one); the one shown stays chosen while it exists. */
    private void fillDatasets() {
        List<Dataset> all = editing.study().getDatasets();
        String[] names = all.stream().map(d -> StudyLabels.labelled(d.getLabel(), d.getName())).toArray(String[]::new);
        Dataset chosen = shown;
        if (!java.util.Arrays.equals(names, dataset.getItems())) {
            dataset.setItems(names);
            control.layout(true, true);
        }
        int index = chosen == null ? -1 : all.indexOf(chosen);
        if (index < 0 && !all.isEmpty()) {
            index = 0;
        }
        if (index != dataset.getSelectionIndex()) {
            if (index < 0) {
                dataset.deselectAll();
            } else {
                dataset.select(index);
            }
        }
        show();
    }

    private void show() {
        int i = dataset.getSelectionIndex();
        Dataset d = i < 0 ? null : editing.study().getDatasets().get(i);
        if (d != shown || viewer.getInput() == null) {
            shown = d;
            viewer.setInput(d == null ? List.of() : d.getVariables());
            TableLook.fit(viewer.getTable());
        }
    }

    static String valueLabels(Variable v) {
        List<String> parts = new ArrayList<>();
        for (ValueLabel l : v.getValueLabels()) {
            parts.add(l.getValue() + "=" + l.getLabel());
        }
        return String.join("; ", parts);
    }

    private void setValueLabels(Variable v, String text) {
        List<ValueLabel> parsed = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                status.setText("Value labels of " + v.getName() + ": '" + part.trim() + "' is not code=label");
                return;
            }
            ValueLabel l = StudyFactory.eINSTANCE.createValueLabel();
            l.setValue(part.substring(0, eq).trim());
            l.setLabel(part.substring(eq + 1).trim());
            parsed.add(l);
        }
        editing.change("Value labels of " + v.getName(), () -> {
            v.getValueLabels().clear();
            v.getValueLabels().addAll(parsed);
        });
        status.setText("");
    }

    /** A column showing {@code text}; edited in place as text through {@code set} when it is not null. */
    private TableViewerColumn column(String title, int width, Function<Variable, String> text, java.util.function.BiConsumer<Variable, String> set) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Variable) o)));
        if (set != null) {
            column.setEditingSupport(new TextCellEditing<>(viewer, Variable.class, text, set));
        }
        return column;
    }

    /** A column edited by choosing from {@code choices} (the enumeration's literals in order); {@code set} makes the change. */
    private final class ChoiceEditing extends EditingSupport {
        private final List<String> choices;
        private final java.util.function.ToIntFunction<Variable> current;
        private final java.util.function.ObjIntConsumer<Variable> set;

        ChoiceEditing(List<String> choices, java.util.function.ToIntFunction<Variable> current, java.util.function.ObjIntConsumer<Variable> set) {
            super(viewer);
            this.choices = choices;
            this.current = current;
            this.set = set;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), choices.toArray(new String[0]), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            return current.applyAsInt((Variable) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0 && index != current.applyAsInt((Variable) element)) {
                set.accept((Variable) element, index);
            }
        }
    }

    /** A design role moves from the variable that had it (a dataset has one weight, one cluster and one stratum variable); one undo step. */
    private void setRole(Variable v, int index) {
        VariableRole role = VariableRole.get(index);
        Dataset d = (Dataset) v.eContainer();
        boolean single = role == VariableRole.WEIGHT || role == VariableRole.CLUSTER || role == VariableRole.STRATA;
        editing.change("Role of " + v.getName(), () -> {
            if (single) {
                d.getVariables().stream().filter(o -> o != v && o.getRole() == role).forEach(o -> o.setRole(VariableRole.NONE));
            }
            v.setRole(role);
        });
    }
}
