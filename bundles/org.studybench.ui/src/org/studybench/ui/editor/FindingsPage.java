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
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;

/**
 * The findings of a study as a table: one row per finding, one column per segment (and "All" for
 * whole-sample estimates). Values are edited in place ("72%", "0.72" or "72" for a proportion); an
 * edited value replaces the published text it came with. Below, the selected finding's label, base
 * and notes. Every change is one undoable command.
 */
public final class FindingsPage {

    public static final String TABLE_ID = "studybench.editor.findings";
    /** Prefix of the ids of the selected finding's form fields: {@code FORM_ID + ".label"}, {@code FORM_ID + ".base.n"}. */
    public static final String FORM_ID = "studybench.editor.finding";
    public static final String LABEL_ID = FORM_ID + ".label";
    public static final String BASE_ID = FORM_ID + ".base.n";
    public static final String NOTES_ID = FORM_ID + ".notes";
    public static final String COMPUTE_ID = "studybench.editor.findings.compute";
    public static final String STATUS_ID = "studybench.editor.findings.status";
    public static final String ADD_ID = "studybench.editor.findings.add";
    public static final String DELETE_ID = "studybench.editor.findings.delete";

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    /** A value column's segment, as data of its table column; {@link #ALL} for the whole sample. */
    private static final String SEGMENT = "studybench.segment";
    private static final Object ALL = new Object();

    private final StudyEditing editing;
    private final Composite control;
    private final TableViewer viewer;
    private final Label status;
    private final PropertyForm details;
    private final java.nio.file.Path studyFile;
    private final org.studybench.data.engine.DatasetRows datasets;

    public FindingsPage(Composite parent, StudyEditing editing, PropertyForm.Choices choices, java.nio.file.Path studyFile,
            org.studybench.data.engine.DatasetRows datasets) {
        this.editing = editing;
        this.studyFile = studyFile;
        this.datasets = datasets;
        org.eclipse.swt.custom.SashForm sash = new org.eclipse.swt.custom.SashForm(parent, SWT.VERTICAL);
        Composite page = new Composite(sash, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        this.control = sash;
        Composite bar = new Composite(page, SWT.NONE);
        bar.setLayout(new GridLayout(4, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label hint = new Label(bar, SWT.WRAP);
        hint.setText("Click a value to edit or enter it; Ctrl+Z undoes, Ctrl+Y redoes.");
        hint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        org.eclipse.swt.widgets.Button add = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        add.setText("Add finding");
        add.setData(Ids.KEY, ADD_ID);
        add.addListener(SWT.Selection, e -> addFinding());
        org.eclipse.swt.widgets.Button delete = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        delete.setText("Delete...");
        delete.setData(Ids.KEY, DELETE_ID);
        delete.addListener(SWT.Selection, e -> deleteFinding());
        org.eclipse.swt.widgets.Button compute = new org.eclipse.swt.widgets.Button(bar, SWT.PUSH);
        compute.setText("Compute from data");
        compute.setToolTipText("Computes the findings whose origin is 'computed' from their dataset, in the background");
        compute.setData(Ids.KEY, COMPUTE_ID);
        compute.addListener(SWT.Selection, e -> compute());
        viewer = new TableViewer(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(Ids.KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        status = new Label(page, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        details = new PropertyForm(sash, editing, FORM_ID, choices, f -> true);
        sash.setWeights(55, 45);
        viewer.addSelectionChangedListener(e -> showDetails((Finding) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        TableViewerColumn name = new TableViewerColumn(viewer, SWT.NONE);
        name.getColumn().setText("Finding");
        name.getColumn().setWidth(380);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> {
            Finding f = (Finding) o;
            return f.getLabel() != null && !f.getLabel().isBlank() ? f.getLabel() : f.getName();
        }));
        columns();
        viewer.setInput(editing.study().getFindings());
        TableLook.apply(viewer.getTable(), 0); // the finding's label takes the spare width
        Live.follow(page, editing, () -> {
            columns();
            viewer.refresh();
            TableLook.fit(viewer.getTable());
        });
    }

    public Composite control() {
        return control;
    }

    /** A new published proportion with no estimates yet: its values are entered in the table. */
    public void addFinding() {
        Finding f = org.studybench.model.study.StudyFactory.eINSTANCE.createFinding();
        f.setId(org.studybench.model.io.Ids.newId());
        f.setName(StudyEditing.freshName("finding", editing.study().getFindings()));
        f.setLabel("New finding");
        f.setMeasure(MeasureKind.PROPORTION);
        f.setOrigin(org.studybench.model.study.Origin.PUBLISHED);
        editing.add(editing.study(), P.getStudy_Findings(), f);
        columns();
        viewer.refresh();
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(f), true);
        status.setText("Added " + f.getName() + ": enter its label below and its values in the table");
    }

    private void deleteFinding() {
        if (Deletion.confirmAndDelete(control.getShell(), editing, (Finding) viewer.getStructuredSelection().getFirstElement())) {
            viewer.refresh();
        }
    }

    private void showDetails(Finding f) {
        details.bind(f);
    }

    /**
     * Computes the study's computed findings from their datasets in a job, on a copy of the study,
     * then writes the new estimates into the edited study as one undoable change.
     */
    private void compute() {
        Study copy = editing.detachedCopy(studyFile);
        org.eclipse.swt.widgets.Display display = control.getDisplay();
        status.setText("Computing findings from data...");
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create("Findings from data", monitor -> {
            try {
                org.studybench.data.aggregate.ComputedFindings.Run run = org.studybench.data.aggregate.ComputedFindings.update(copy, studyFile, datasets);
                display.asyncExec(() -> {
                    if (!control.isDisposed()) {
                        adopt(copy);
                        status.setText("Findings from data: " + run.computed() + " computed, " + run.reused() + " unchanged since the data were last read");
                        status.getParent().layout();
                    }
                });
            } catch (org.studybench.core.InputException | RuntimeException e) {
                String message = e instanceof RuntimeException ? "internal error: " + e : e.getMessage();
                display.asyncExec(() -> {
                    if (!control.isDisposed()) {
                        status.setText(message);
                        status.getParent().layout();
                    }
                });
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    /**
     * Takes the computed findings' estimates and input hashes from {@code computed}, a copy of the
     * study made when the job started (findings and segments matched by position), as one undo step.
     */
    private void adopt(Study computed) {
        List<Finding> findings = editing.study().getFindings();
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < findings.size() && i < computed.getFindings().size(); i++) {
            Finding f = findings.get(i);
            if (f.getOrigin() == org.studybench.model.study.Origin.COMPUTED && java.util.Objects.equals(computed.getFindings().get(i).getName(), f.getName())
                    && !java.util.Objects.equals(computed.getFindings().get(i).getInputHash(), f.getInputHash())) {
                changed.add(i);
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        editing.change("Compute findings", () -> {
            for (int i : changed) {
                Finding f = findings.get(i);
                Finding from = computed.getFindings().get(i);
                f.getEstimates().clear();
                for (Estimate e : from.getEstimates()) {
                    Estimate copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(e);
                    int segment = computed.getSegments().indexOf(e.getSegment());
                    copy.setSegment(segment < 0 || segment >= editing.study().getSegments().size() ? null : editing.study().getSegments().get(segment));
                    f.getEstimates().add(copy);
                }
                f.setInputHash(from.getInputHash());
            }
        });
    }

    /**
     * One value column per segment of the study now (and "All" when a finding has a whole-sample
     * value): segments added, renamed or deleted since the page was built change the columns.
     */
    private void columns() {
        List<Segment> wanted = new ArrayList<>();
        if (editing.study().getFindings().stream().flatMap(f -> f.getEstimates().stream()).anyMatch(e -> e.getSegment() == null)) {
            wanted.add(null);
        }
        wanted.addAll(editing.study().getSegments());
        List<String> titles = wanted.stream().map(s -> s == null ? "All" : s.getLabel() != null && !s.getLabel().isBlank() ? s.getLabel() : s.getName())
                .toList();
        org.eclipse.swt.widgets.TableColumn[] shown = viewer.getTable().getColumns();
        boolean same = shown.length == wanted.size() + 1;
        for (int i = 0; same && i < wanted.size(); i++) {
            same = shown[i + 1].getData(SEGMENT) == (wanted.get(i) == null ? ALL : wanted.get(i)) && shown[i + 1].getText().equals(titles.get(i));
        }
        if (same) {
            return;
        }
        viewer.getTable().setRedraw(false);
        for (int i = 1; i < shown.length; i++) {
            shown[i].dispose();
        }
        for (int i = 0; i < wanted.size(); i++) {
            Segment s = wanted.get(i);
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
            column.getColumn().setText(titles.get(i));
            column.getColumn().setWidth(130);
            column.getColumn().setData(SEGMENT, s == null ? ALL : s);
            column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text((Finding) o, s)));
            column.setEditingSupport(new ValueEditing(s));
        }
        viewer.getTable().setRedraw(true);
        viewer.refresh();
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
            return ((Finding) element).getOrigin() != org.studybench.model.study.Origin.COMPUTED; // computed ones come from the data
        }

        @Override
        protected Object getValue(Object element) {
            return text((Finding) element, segment);
        }

        @Override
        protected void setValue(Object element, Object value) {
            Finding f = (Finding) element;
            Estimate e = estimate(f, segment);
            if (value.equals(text(f, segment)) || e == null && ((String) value).isBlank()) {
                return;
            }
            try {
                double v = parse((String) value, f.getMeasure());
                if (e == null) { // a value entered where there was none: a new estimate for this segment
                    Estimate created = org.studybench.model.study.StudyFactory.eINSTANCE.createEstimate();
                    created.setSegment(segment);
                    created.setValue(v);
                    editing.add(f, P.getFinding_Estimates(), created);
                } else {
                    editing.setAll("Edit value", List.of(new Object[] { e, P.getEstimate_Value(), v }, new Object[] { e, P.getEstimate_PublishedText(), null }));
                }
                status.setText("");
            } catch (NumberFormatException x) {
                status.setText("'" + value + "' is not a value for " + f.getName() + ": " + (x.getMessage() == null ? "not a number" : x.getMessage()));
            }
            status.getParent().layout();
        }
    }
}
