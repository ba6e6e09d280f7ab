package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.studybench.compare.StudyComparisons;
import org.studybench.core.Apa;
import org.studybench.core.Comparator;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.model.study.Comparison;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.Result;
import org.studybench.model.study.Segment;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;

/**
 * The study's comparisons with their results, and a form to add one: pick a comparator from the
 * registry (built-in or from a plug-in), fill in the form generated from its parameters, choose the
 * findings and segments it binds, and run it. The computation runs as a background job; the new
 * comparison with its result is added as one undoable command. "Run all" brings every comparison
 * up to date (only those whose inputs changed are recomputed).
 */
public final class ComparisonsPage {

    public static final String TABLE_ID = "studybench.editor.comparisons";
    public static final String COMPARATOR_ID = "studybench.editor.comparison.comparator";
    public static final String NAME_ID = "studybench.editor.comparison.name";
    public static final String FINDINGS_ID = "studybench.editor.comparison.findings";
    public static final String SEGMENTS_ID = "studybench.editor.comparison.segments";
    public static final String RUN_ID = "studybench.editor.comparison.run";
    public static final String RUN_ALL_ID = "studybench.editor.comparison.runall";
    public static final String MESSAGE_ID = "studybench.editor.comparison.message";

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    private final StudyEditing editing;
    private final Registry registry;
    private final SashForm control;
    private final TableViewer viewer;
    private final Combo comparatorCombo;
    private final Label description;
    private final ParameterForm parameters;
    private final Text name;
    private final Table findings;
    private final Table segments;
    private final Label message;
    private final Button run;
    private List<Comparator> comparators = List.of();

    public ComparisonsPage(Composite parent, StudyEditing editing, Registry registry) {
        this.editing = editing;
        this.registry = registry;
        control = new SashForm(parent, SWT.VERTICAL);

        Composite top = new Composite(control, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        viewer = new TableViewer(top, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(Ids.KEY, TABLE_ID);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Comparison", 240, o -> ((Comparison) o).getLabel() != null ? ((Comparison) o).getLabel() : ((Comparison) o).getName());
        column("Method", 130, o -> method(((Comparison) o).getComparatorId())); // the form's word for it, by the comparator's label
        // the adjusted p before the long result text, which may run past a narrow window's edge
        column("p (Holm)", 80, o -> {
            Result r = ((Comparison) o).getResult();
            return r == null || r.getAdjustedP() == null ? "" : Apa.p(r.getAdjustedP()).replaceFirst("^p (= )?", "");
        });
        column("Result", 330, o -> resultText((Comparison) o));
        viewer.setInput(editing.study().getComparisons());
        Button runAll = new Button(top, SWT.PUSH);
        runAll.setText("Run all");
        runAll.setToolTipText("Recompute the comparisons whose inputs changed");
        runAll.setData(Ids.KEY, RUN_ALL_ID);
        runAll.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        runAll.addListener(SWT.Selection, e -> runAll());
        Button delete = new Button(top, SWT.PUSH);
        delete.setText("Delete...");
        delete.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        delete.addListener(SWT.Selection, e -> delete());

        Group add = new Group(control, SWT.NONE);
        add.setText("New comparison");
        add.setLayout(new GridLayout(4, false));
        new Label(add, SWT.NONE).setText("Comparator");
        comparatorCombo = new Combo(add, SWT.READ_ONLY);
        comparatorCombo.setData(Ids.KEY, COMPARATOR_ID);
        comparatorCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(add, SWT.NONE).setText("Name");
        name = new Text(add, SWT.BORDER);
        name.setData(Ids.KEY, NAME_ID);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        description = new Label(add, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        wide.widthHint = 600;
        description.setLayoutData(wide);

        Composite form = new Composite(add, SWT.NONE);
        form.setLayout(new GridLayout(3, true));
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        parameters = new ParameterForm(form);
        findings = checklist(form, "Findings (rows or the finding compared)", FINDINGS_ID);
        segments = checklist(form, "Segments (groups, in order)", SEGMENTS_ID);
        fillChoices();

        run = new Button(add, SWT.PUSH);
        run.setText("Add and run");
        run.setData(Ids.KEY, RUN_ID);
        run.addListener(SWT.Selection, e -> addAndRun());
        message = new Label(add, SWT.WRAP);
        message.setData(Ids.KEY, MESSAGE_ID);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));

        comparatorCombo.addListener(SWT.Selection, e -> showComparator());
        refreshComparators();
        control.setWeights(45, 55);
        TableLook.apply(viewer.getTable(), 0); // the comparison's label takes the spare width or gives way to the result
        Live.follow(control, editing, () -> {
            viewer.refresh();
            TableLook.fit(viewer.getTable());
            fillChoices();
        });
    }

    public Composite control() {
        return control;
    }

    /** Lists the registry's comparators, e.g. after a plug-in was installed. */
    public void refreshComparators() {
        comparators = registry.comparators().stream().sorted(java.util.Comparator.comparing(Comparator::id)).toList();
        comparatorCombo.removeAll();
        comparators.forEach(c -> comparatorCombo.add(StudyLabels.labelled(c.label(), c.id())));
        if (!comparators.isEmpty()) {
            comparatorCombo.select(0);
            showComparator();
        }
    }

    private void showComparator() {
        Comparator c = selected();
        if (c == null) {
            return;
        }
        description.setText(c.description());
        parameters.show(c.parameters());
        control.layout(true, true);
    }

    private Comparator selected() {
        int i = comparatorCombo.getSelectionIndex();
        return i < 0 ? null : comparators.get(i);
    }

    private void addAndRun() {
        Comparator comparator = selected();
        if (comparator == null) {
            return;
        }
        String id = name.getText().trim().isEmpty() ? comparator.id() + "-" + (editing.study().getComparisons().size() + 1) : name.getText().trim();
        if (editing.study().getComparisons().stream().anyMatch(c -> id.equals(c.getName()))) {
            message.setText("A comparison named '" + id + "' exists; choose another name");
            return;
        }
        Comparison c = StudyFactory.eINSTANCE.createComparison();
        c.setName(id);
        c.setComparatorId(comparator.id());
        c.getFindings().addAll(checked(findings, Finding.class));
        c.getSegments().addAll(checked(segments, Segment.class));
        for (Map.Entry<String, String> v : parameters.values().entrySet()) {
            Parameter p = StudyFactory.eINSTANCE.createParameter();
            p.setName(v.getKey());
            p.setValue(v.getValue());
            c.getParameters().add(p);
        }
        run.setEnabled(false);
        message.setText("Running " + comparator.id() + "...");
        Job job = Job.create("Comparison " + id, monitor -> {
            try {
                Result result = StudyComparisons.compute(c, registry);
                control.getDisplay().asyncExec(() -> added(c, result));
            } catch (InputException | RuntimeException e) {
                String text = e instanceof InputException ? e.getMessage() : "internal error in " + comparator.id() + ": " + e;
                control.getDisplay().asyncExec(() -> failed(text));
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void added(Comparison c, Result result) {
        if (control.isDisposed()) {
            return;
        }
        c.setResult(result);
        editing.add(editing.study(), P.getStudy_Comparisons(), c);
        run.setEnabled(true);
        message.setText(resultText(c));
        viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(c), true);
    }

    private void failed(String text) {
        if (control.isDisposed()) {
            return;
        }
        run.setEnabled(true);
        message.setText(text);
        control.layout(true, true);
    }

    public void runAll() {
        Map<Comparison, Result> computed = new LinkedHashMap<>();
        message.setText("Running the comparisons...");
        Job.create("Run comparisons", monitor -> {
            try {
                for (Comparison c : new ArrayList<>(editing.study().getComparisons())) {
                    Result r = StudyComparisons.compute(c, registry);
                    if (r != null) {
                        computed.put(c, r);
                    }
                }
                control.getDisplay().asyncExec(() -> {
                    editing.change("Run comparisons", () -> {
                        computed.forEach(Comparison::setResult);
                        StudyComparisons.adjustFamilies(editing.study());
                    });
                    message.setText(computed.size() + " computed, " + (editing.study().getComparisons().size() - computed.size()) + " unchanged");
                });
            } catch (InputException e) {
                control.getDisplay().asyncExec(() -> failed(e.getMessage()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void delete() {
        Deletion.confirmAndDelete(control.getShell(), editing, (Comparison) viewer.getStructuredSelection().getFirstElement());
    }

    static String resultText(Comparison c) {
        Result r = c.getResult();
        if (r == null) {
            return "not computed yet";
        }
        List<String> letters = new java.util.ArrayList<>();
        org.studybench.compare.ResultValues.letters(r, c.getFindings().size(), c.getSegments().size()).ifPresent(cells -> {
            for (int f = 0; f < cells.length; f++) {
                for (int col = 0; col < cells[f].length; col++) {
                    if (!cells[f][col].isEmpty()) {
                        letters.add("[" + (f + 1) + "," + org.studybench.stats.ColumnProportions.letter(col) + "] " + cells[f][col]);
                    }
                }
            }
        });
        String line = Apa.line(StudyComparisons.outcome(r));
        return line.isEmpty() && !letters.isEmpty() ? "letters " + String.join(", ", letters) : line.isEmpty() ? r.getMethodText() : line;
    }

    /** A comparator by its label, as the New comparison drop-down offers it; an id the registry lacks (a plug-in gone) as it is. */
    private String method(String id) {
        return registry.comparators().stream().filter(c -> c.id().equals(id)).findFirst().map(Comparator::label).orElse(id == null ? "" : id);
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(text));
    }

    private static Table checklist(Composite parent, String title, String id) {
        Composite box = new Composite(parent, SWT.NONE);
        box.setLayout(new GridLayout(1, false));
        box.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new Label(box, SWT.NONE).setText(title);
        Table table = new Table(box, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        table.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 110;
        table.setLayoutData(data);
        return table;
    }

    /** The study's findings and segments as they are now to tick for a new comparison; ticks stay on what is still there. */
    private void fillChoices() {
        fill(findings, editing.study().getFindings());
        fill(segments, editing.study().getSegments());
    }

    private static void fill(Table table, List<? extends org.studybench.model.study.Named> elements) {
        List<Object> ticked = checked(table, Object.class);
        table.setRedraw(false);
        table.removeAll();
        for (org.studybench.model.study.Named element : elements) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(StudyLabels.labelled(element.getLabel(), element.getName()));
            item.setData(element);
            item.setChecked(ticked.contains(element));
        }
        table.setRedraw(true);
    }

    private static <T> List<T> checked(Table table, Class<T> type) {
        List<T> out = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            if (item.getChecked()) {
                out.add(type.cast(item.getData()));
            }
        }
        return out;
    }
}
