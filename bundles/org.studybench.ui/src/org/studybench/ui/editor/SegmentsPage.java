package org.studybench.ui.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.studybench.core.DatasetService;
import org.studybench.core.InputException;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;

/**
 * The study's segments (e.g. "SMEs", "large firms") with a filter editor: the filter is checked
 * against the first dataset's dictionary as it is typed (unknown variables, text compared with
 * numbers, syntax, with the place), and a valid one shows how many respondents it selects (counted
 * in the background). Only a valid filter is written; add and delete are undoable like every change.
 */
public final class SegmentsPage {

    public static final String TABLE_ID = "studybench.editor.segments";
    public static final String NAME_ID = "studybench.editor.segment.name";
    public static final String LABEL_ID = "studybench.editor.segment.label";
    public static final String FILTER_ID = "studybench.editor.segment.filter";
    public static final String CHECK_ID = "studybench.editor.segment.check";
    public static final String ADD_ID = "studybench.editor.segment.add";
    public static final String DELETE_ID = "studybench.editor.segment.delete";

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    private final StudyEditing editing;
    private final Path studyFile;
    private final DatasetService datasets;
    private final Composite control;
    private final TableViewer viewer;
    private final Text name;
    private final Text label;
    private final Text filter;
    private final Label check;
    private Segment segment;
    /** The first dataset when the shown filter was last checked and counted (a later change to another element needs no recount). */
    private Dataset checkedAgainst;
    private int checks;

    public SegmentsPage(Composite parent, StudyEditing editing, Path studyFile, DatasetService datasets) {
        this.editing = editing;
        this.studyFile = studyFile;
        this.datasets = datasets;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(Ids.KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 160;
        viewer.getTable().setLayoutData(tableData);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Segment", 140, o -> ((Segment) o).getName());
        column("Label", 200, o -> ((Segment) o).getLabel());
        column("Filter", 360, o -> ((Segment) o).getFilter());
        viewer.setInput(editing.study().getSegments());
        Composite buttons = new Composite(control, SWT.NONE);
        buttons.setLayout(new GridLayout(1, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("Add");
        add.setData(Ids.KEY, ADD_ID);
        add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        add.addListener(SWT.Selection, e -> add());
        Button delete = new Button(buttons, SWT.PUSH);
        delete.setText("Delete...");
        delete.setData(Ids.KEY, DELETE_ID);
        delete.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        delete.addListener(SWT.Selection, e -> delete());

        Composite form = new Composite(control, SWT.NONE);
        form.setLayout(new GridLayout(2, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        name = Fields.text(form, "Name", NAME_ID);
        label = Fields.text(form, "Label", LABEL_ID);
        filter = Fields.text(form, "Filter", FILTER_ID);
        filter.setMessage("e.g. size = \"SME\" and country in (\"IT\", \"DE\")");
        new Label(form, SWT.NONE);
        check = new Label(form, SWT.WRAP);
        check.setData(Ids.KEY, CHECK_ID);
        check.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        name.addListener(SWT.DefaultSelection, e -> commitName());
        name.addListener(SWT.FocusOut, e -> commitName());
        label.addListener(SWT.DefaultSelection, e -> set(P.getNamed_Label(), blankToNull(label.getText())));
        label.addListener(SWT.FocusOut, e -> set(P.getNamed_Label(), blankToNull(label.getText())));
        filter.addListener(SWT.Modify, e -> validate());
        filter.addListener(SWT.DefaultSelection, e -> commitFilter());
        filter.addListener(SWT.FocusOut, e -> commitFilter());
        viewer.addSelectionChangedListener(e -> select((Segment) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        TableLook.apply(viewer.getTable(), 2); // the filter takes the spare width
        Live.follow(control, editing, () -> {
            viewer.refresh();
            TableLook.fit(viewer.getTable());
            select(segment != null && editing.study().getSegments().contains(segment) ? segment : null);
            Dataset first = editing.study().getDatasets().isEmpty() ? null : editing.study().getDatasets().get(0);
            if (segment != null && first != checkedAgainst) {
                validate(); // against the dictionary as it is now: an import brought the first dataset, or undo took it
            }
        });
        select(null);
    }

    public Composite control() {
        return control;
    }

    private void select(Segment s) {
        segment = s;
        for (Text t : new Text[] { name, label, filter }) {
            t.setEnabled(s != null);
        }
        Fields.show(name, s == null ? null : s.getName());
        Fields.show(label, s == null ? null : s.getLabel());
        Fields.show(filter, s == null ? null : s.getFilter());
        if (s == null) {
            check.setText("");
        }
    }

    /** The filter as typed: its problem with the place, or how many respondents it selects. */
    private void validate() {
        String text = filter.getText();
        int mine = ++checks;
        if (text.isBlank()) {
            check.setText("No filter: a published group (its findings come from the source, not from respondents)");
            return;
        }
        Dataset dataset = editing.study().getDatasets().isEmpty() ? null : editing.study().getDatasets().get(0);
        checkedAgainst = dataset;
        try {
            SegmentFilters.inDataset(text, dataset); // checks it at once; the data layer counts
        } catch (FilterException e) {
            check.setText("✗ " + e.getMessage());
            control.layout(true, true);
            return;
        }
        if (dataset == null) {
            check.setText("✓ valid (the study has no dataset to count respondents in)");
            return;
        }
        check.setText("✓ valid; counting respondents...");
        org.eclipse.swt.widgets.Display display = control.getDisplay();
        Job.create("Count segment", monitor -> {
            String result;
            try {
                if (!org.studybench.data.engine.DatasetRows.inEngine(dataset)) {
                    datasets.dataFile(studyFile, dataset); // a dataset in an engine has no file; counting says if it cannot be reached
                }
                try {
                    DatasetService.SegmentCount count = datasets.countSegment(studyFile, dataset, text);
                    result = String.format("✓ valid; %,d of %,d respondents in dataset '%s'", count.selected(), count.total(), dataset.getName());
                } catch (InputException e) {
                    result = "✗ " + e.getMessage();
                }
            } catch (InputException e) {
                result = "✓ valid; " + e.getMessage(); // the filter is fine; the data file is missing
            }
            String shown = result;
            display.asyncExec(() -> {
                if (!control.isDisposed() && mine == checks) {
                    check.setText(shown);
                    control.layout(true, true);
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    private void commitFilter() {
        if (segment == null) {
            return;
        }
        String text = blankToNull(filter.getText());
        if (text != null) {
            Dataset dataset = editing.study().getDatasets().isEmpty() ? null : editing.study().getDatasets().get(0);
            try {
                SegmentFilters.inDataset(text, dataset);
            } catch (FilterException e) {
                return; // only a valid filter is written; the message stays under the field
            }
        }
        set(P.getSegment_Filter(), text);
    }

    private void commitName() {
        String text = name.getText().trim();
        if (segment == null || text.equals(segment.getName())) {
            return;
        }
        if (!text.matches("[A-Za-z][A-Za-z0-9_-]*") || StudyEditing.named(text, editing.study().getSegments())) {
            check.setText("✗ name: letters, digits, '_' and '-', starting with a letter, and unique in the study");
            return;
        }
        set(P.getNamed_Name(), text);
    }

    private void add() {
        Segment s = StudyFactory.eINSTANCE.createSegment();
        s.setName(StudyEditing.freshName("segment", editing.study().getSegments()));
        s.setId(org.studybench.model.io.Ids.newId());
        editing.add(editing.study(), P.getStudy_Segments(), s);
        viewer.refresh();
        viewer.setSelection(new StructuredSelection(s), true);
        filter.setFocus();
    }

    private void delete() {
        Deletion.confirmAndDelete(control.getShell(), editing, segment);
    }

    private void set(org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
        if (segment != null) {
            editing.set(segment, feature, value);
        }
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> {
            String t = text.apply(o);
            return t == null ? "" : t;
        }));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
