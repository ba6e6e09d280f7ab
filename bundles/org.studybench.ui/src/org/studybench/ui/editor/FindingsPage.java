package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.MeasureKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.StudyPackage;

/**
 * The findings of a study as a table: one row per finding, one column per segment (and "All" for
 * whole-sample estimates). Values are edited in place ("72%", "0.72" or "72" for a proportion); an
 * edited value replaces the published text it came with. Below, the selected finding's label, base
 * and notes. Every change is one undoable command.
 */
public final class FindingsPage {

    public static final String TABLE_ID = "studybench.editor.findings";
    public static final String LABEL_ID = "studybench.editor.finding.label";
    public static final String BASE_ID = "studybench.editor.finding.base";
    public static final String NOTES_ID = "studybench.editor.finding.notes";
    public static final String STATUS_ID = "studybench.editor.findings.status";

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    private final StudyEditing editing;
    private final TableViewer viewer;
    private final Label status;
    private final FieldEditors details;

    public FindingsPage(Composite parent, StudyEditing editing) {
        this.editing = editing;
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        this.control = page;
        Label hint = new Label(page, SWT.WRAP);
        hint.setText("Click a value to edit it; Ctrl+Z undoes, Ctrl+Y redoes.");
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(Ids.KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        status = new Label(page, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        details = new FieldEditors(page, editing);
        details.text("Label", LABEL_ID, P.getNamed_Label(), false);
        details.integer("Base n", BASE_ID, P.getBase_N());
        details.text("Notes", NOTES_ID, P.getFinding_Notes(), true);
        viewer.addSelectionChangedListener(e -> showDetails((Finding) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        build();
        editing.stack().addCommandStackListener(e -> page.getDisplay().asyncExec(() -> {
            if (!page.isDisposed()) {
                viewer.refresh();
                showDetails((Finding) viewer.getStructuredSelection().getFirstElement());
            }
        }));
    }

    private final Composite control;

    public Composite control() {
        return control;
    }

    private void showDetails(Finding f) {
        details.bind(f, f == null ? null : f.getBase());
    }

    private void build() {
        List<Finding> findings = editing.study().getFindings();
        boolean whole = findings.stream().flatMap(f -> f.getEstimates().stream()).anyMatch(e -> e.getSegment() == null);
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.NONE);
        name.getColumn().setText("Finding");
        name.getColumn().setWidth(380);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> {
            Finding f = (Finding) o;
            return f.getLabel() != null && !f.getLabel().isBlank() ? f.getLabel() : f.getName();
        }));
        List<Segment> columns = new ArrayList<>();
        if (whole) {
            columns.add(null);
        }
        columns.addAll(editing.study().getSegments());
        for (Segment s : columns) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
            column.getColumn().setText(s == null ? "All" : s.getLabel() != null && !s.getLabel().isBlank() ? s.getLabel() : s.getName());
            column.getColumn().setWidth(130);
            column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text((Finding) o, s)));
            column.setEditingSupport(new ValueEditing(s));
        }
        viewer.setInput(findings);
    }

    static Estimate estimate(Finding f, Segment s) {
        return f.getEstimates().stream().filter(e -> e.getSegment() == s).findFirst().orElse(null);
    }

    static String text(Finding f, Segment s) {
        Estimate e = estimate(f, s);
        if (e == null) {
            return "";
        }
        if (e.getPublishedText() != null && !e.getPublishedText().isBlank()) {
            return e.getPublishedText();
        }
        return f.getMeasure() == MeasureKind.PROPORTION ? format(100 * e.getValue()) + "%" : format(e.getValue());
    }

    private static String format(double v) {
        return Math.abs(v - Math.rint(v)) < 1e-9 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v).replaceFirst("0$", "");
    }

    /** A typed value as the model stores it; proportions accept "72%", "0.72" and "72". */
    static double parse(String text, MeasureKind measure) {
        String t = text.trim().replace(',', '.');
        boolean percent = t.endsWith("%");
        double v = Double.parseDouble(percent ? t.substring(0, t.length() - 1).trim() : t);
        if (measure == MeasureKind.PROPORTION && (percent || v > 1)) {
            v /= 100;
        }
        if (!Double.isFinite(v) || measure == MeasureKind.PROPORTION && (v < 0 || v > 1)) {
            throw new NumberFormatException("a proportion is between 0% and 100%");
        }
        return v;
    }

    private final class ValueEditing extends EditingSupport {
        private final Segment segment;

        ValueEditing(Segment segment) {
            super(viewer);
            this.segment = segment;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return estimate((Finding) element, segment) != null;
        }

        @Override
        protected Object getValue(Object element) {
            return text((Finding) element, segment);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Finding f = (Finding) element;
            Estimate e = estimate(f, segment);
            if (e == null || value.equals(text(f, segment))) {
                return;
            }
            try {
                double v = parse((String) value, f.getMeasure());
                editing.setAll("Edit value", List.of(new Object[] { e, P.getEstimate_Value(), v }, new Object[] { e, P.getEstimate_PublishedText(), null }));
                status.setText("");
            } catch (NumberFormatException x) {
                status.setText("'" + value + "' is not a value for " + f.getName() + ": " + (x.getMessage() == null ? "not a number" : x.getMessage()));
            }
            status.getParent().layout();
        }
    }
}
