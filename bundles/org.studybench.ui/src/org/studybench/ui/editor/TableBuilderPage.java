package org.studybench.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.banner.TableWorkflow;
import org.studybench.core.InputException;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Section;
import org.studybench.model.study.SectionKind;
import org.studybench.model.study.Segment;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.TableSpec;
import org.studybench.model.study.TableWeighting;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;

/**
 * The table builder: questions (rows) by breakdowns (columns) of the study's first dataset, picked from
 * labelled, searchable lists, with the dataset's design (or the weight only, or none) and a segment. The
 * table is computed in the background as the choices change, by the same table workflow as
 * {@code studybench banner --table} and the reports, so what is seen here is what a report shows.
 *
 * <p>Choosing a saved table shows it and makes the choices edit it (each change one undoable step, as
 * every edit of the study); "(new table)" is a scratch table that "Save as Table..." adds to the study.
 * "Add to Report" puts the saved table into the study's first report as a section of its own (making a
 * report when there is none), in one undoable step.
 */
public final class TableBuilderPage {

    public static final String TABLES_ID = "studybench.editor.tables.saved";
    public static final String SEARCH_ID = "studybench.editor.tables.search";
    public static final String DATASET_ID = "studybench.editor.tables.dataset";
    public static final String ROWS_ID = "studybench.editor.crosstab.rows";
    public static final String COLUMNS_ID = "studybench.editor.crosstab.columns";
    public static final String WEIGHT_ID = "studybench.editor.crosstab.weight";
    public static final String SEGMENT_ID = "studybench.editor.crosstab.segment";
    public static final String MEANS_ID = "studybench.editor.tables.means";
    public static final String DETAILS_ID = "studybench.editor.crosstab.details";
    public static final String RUN_ID = "studybench.editor.crosstab.run";
    public static final String SAVE_ID = "studybench.editor.tables.save";
    public static final String REPORT_ID = "studybench.editor.tables.report";
    public static final String TABLE_ID = "studybench.editor.crosstab.table";
    public static final String STATUS_ID = "studybench.editor.crosstab.status";
    private static final String NEW_TABLE = "(new table)";
    private static final String EVERYONE = "(all respondents)";

    private final StudyEditing editing;
    private final Path studyFile;
    private final TableWorkflow tables;
    private final SashForm control;
    private final Combo saved;
    private final Combo datasetChoice;
    private final Text search;
    private final org.eclipse.swt.widgets.List rows;
    private final org.eclipse.swt.widgets.List columns;
    private final Combo weight;
    private final Combo segment;
    private final Button means;
    private final Button details;
    private final Button run;
    private final Button save;
    private final Button toReport;
    private final Table table;
    private final Label status;
    /** The variables the lists offer, in dictionary order; the lists show those matching the search. */
    private List<Variable> offered = List.of();
    /** The dataset's multiple-response sets that rows may show (those with a counted answer). */
    private List<org.studybench.model.study.MultipleResponseSet> offeredSets = List.of();
    /** The questions and breakdowns chosen, by name, in the order chosen (a search hides, never unchooses). */
    private final List<String> chosenRows = new ArrayList<>();
    private final List<String> chosenColumns = new ArrayList<>();
    private final List<String> shownRows = new ArrayList<>();
    private final List<String> shownColumns = new ArrayList<>();
    private Banner banner;
    private org.eclipse.swt.graphics.Font bold;
    private boolean filling;
    private int generation;

    public TableBuilderPage(Composite parent, StudyEditing editing, Path studyFile, TableWorkflow tables) {
        this.editing = editing;
        this.studyFile = studyFile;
        this.tables = tables;
        control = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(control, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        saved = Fields.combo(left, "Table", TABLES_ID);
        datasetChoice = Fields.combo(left, "Dataset", DATASET_ID);
        search = new Text(left, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search questions by label or name");
        search.setData(Ids.KEY, SEARCH_ID);
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        rows = list(left, "Rows (questions)", ROWS_ID);
        columns = list(left, "Columns (breakdowns)", COLUMNS_ID);
        weight = Fields.combo(left, "Weighting", WEIGHT_ID);
        weight.setItems(weightings(null));
        weight.select(0);
        segment = Fields.combo(left, "Respondents", SEGMENT_ID);
        means = check(left, "Means of numeric answers", MEANS_ID);
        details = check(left, "Intervals and counts", DETAILS_ID);
        Composite actions = new Composite(left, SWT.NONE);
        actions.setLayout(new GridLayout(2, true));
        actions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        save = button(actions, "Save as Table...", SAVE_ID, "Add this table to the study, to show it again and put it in reports");
        toReport = button(actions, "Add to Report", REPORT_ID, "Show the chosen saved table in the study's first report");
        Composite exports = new Composite(left, SWT.NONE);
        exports.setLayout(new GridLayout(4, false));
        exports.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        run = button(exports, "Compute", RUN_ID, "Compute the table now (it is also computed as the choices change)");
        for (String format : BannerWriter.FORMATS) {
            button(exports, format.toUpperCase(Locale.ROOT) + "...", null, "Export the table as " + format.toUpperCase(Locale.ROOT))
                    .addListener(SWT.Selection, e -> export(format));
        }
        Composite right = new Composite(control, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setData(Ids.KEY, TABLE_ID);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableLook.apply(table, -1); // columns fitted to the computed table below
        status = new Label(right, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 500;
        status.setLayoutData(statusData);
        control.setWeights(30, 70);
        fill();
        Live.follow(control, editing, this::fill);
        saved.addListener(SWT.Selection, e -> load());
        datasetChoice.addListener(SWT.Selection, e -> { // another dataset for the scratch table: its variables, nothing chosen yet
            chosenRows.clear();
            chosenColumns.clear();
            banner = null;
            fill();
        });
        search.addListener(SWT.Modify, e -> showVariables());
        rows.addListener(SWT.Selection, e -> chose(rows, shownRows, chosenRows));
        columns.addListener(SWT.Selection, e -> chose(columns, shownColumns, chosenColumns));
        weight.addListener(SWT.Selection, e -> changed());
        segment.addListener(SWT.Selection, e -> changed());
        means.addListener(SWT.Selection, e -> changed());
        details.addListener(SWT.Selection, e -> show());
        run.addListener(SWT.Selection, e -> compute());
        save.addListener(SWT.Selection, e -> saveAsTable());
        toReport.addListener(SWT.Selection, e -> addToReport());
    }

    public Composite control() {
        return control;
    }

    /** The dataset the table counts: a saved table's own, else the one chosen for the scratch table (the first by default). */
    private Dataset dataset() {
        if (selected() != null) {
            return org.studybench.model.lookup.Lookups.dataset(editing.study(), selected());
        }
        List<Dataset> all = editing.study().getDatasets();
        int i = datasetChoice.getSelectionIndex();
        return all.isEmpty() ? null : all.get(i >= 0 && i < all.size() ? i : 0);
    }

    /** The saved table chosen, or null for the scratch table. */
    private TableSpec selected() {
        int i = saved.getSelectionIndex();
        return i <= 0 || i > editing.study().getTables().size() ? null : editing.study().getTables().get(i - 1);
    }

    /**
     * The choices as the study is now: its saved tables, the first dataset's variables with their labels,
     * the segments with filters. A saved table changed elsewhere (undo, the outline) is shown as it is now.
     */
    private void fill() {
        filling = true;
        try {
            TableSpec current = selected();
            List<String> names = new ArrayList<>(List.of(NEW_TABLE));
            editing.study().getTables().forEach(t -> names.add(StudyLabels.labelled(t.getLabel(), t.getName())));
            if (!java.util.Arrays.asList(saved.getItems()).equals(names)) {
                saved.setItems(names.toArray(String[]::new));
            }
            int index = current == null ? 0 : editing.study().getTables().indexOf(current) + 1;
            saved.select(Math.max(0, index)); // a deleted table leaves the scratch table
            List<String> datasets = editing.study().getDatasets().stream().map(x -> StudyLabels.labelled(x.getLabel(), x.getName())).toList();
            int chosenDataset = datasetChoice.getSelectionIndex();
            if (!java.util.Arrays.asList(datasetChoice.getItems()).equals(datasets)) {
                datasetChoice.setItems(datasets.toArray(String[]::new));
            }
            Dataset d = dataset();
            datasetChoice.select(d == null ? -1 : current == null && chosenDataset >= 0 && chosenDataset < datasets.size() ? chosenDataset
                    : editing.study().getDatasets().indexOf(d));
            datasetChoice.setEnabled(selected() == null && datasets.size() > 1); // a saved table's dataset is changed in the Outline
            List<Variable> variables = new ArrayList<>();
            for (Variable v : d == null ? List.<Variable> of() : d.getVariables()) {
                if (v.getRole() != VariableRole.WEIGHT && v.getRole() != VariableRole.CLUSTER && v.getRole() != VariableRole.ID) {
                    variables.add(v);
                }
            }
            offered = variables;
            offeredSets = d == null ? List.of() : org.studybench.data.aggregate.ResponseSets.usable(d);
            String[] weightings = weightings(d);
            if (!java.util.Arrays.equals(weight.getItems(), weightings)) { // the roles named as the dictionary has them now
                int chosen = Math.max(0, weight.getSelectionIndex());
                weight.setItems(weightings);
                weight.select(chosen);
            }
            List<String> segments = new ArrayList<>(List.of(EVERYONE));
            editing.study().getSegments().stream().filter(s -> s.getFilter() != null && !s.getFilter().isBlank())
                    .forEach(s -> segments.add(StudyLabels.labelled(s.getLabel(), s.getName())));
            if (!java.util.Arrays.asList(segment.getItems()).equals(segments)) {
                String chosen = segment.getText();
                segment.setItems(segments.toArray(String[]::new));
                segment.select(Math.max(0, segments.indexOf(chosen)));
            }
            TableSpec spec = selected();
            if (spec != null && !matches(spec)) {
                take(spec);
            }
            showVariables();
            boolean data = d != null;
            run.setEnabled(data);
            save.setEnabled(data);
            toReport.setEnabled(spec != null);
            if (!data) {
                status.setText("The study has no dataset; import one (Study > Import Data...)");
            } else if (status.getText().startsWith("The study has no dataset")) {
                status.setText("");
            }
        } finally {
            filling = false;
        }
        if (selected() != null && (banner == null || !matches(selected()))) {
            scheduleCompute();
        }
    }

    /** The weighting choices, naming the dataset's design roles (TableWeighting's order). */
    private static String[] weightings(Dataset d) {
        String weight = null;
        List<String> design = new ArrayList<>();
        for (Variable v : d == null ? List.<Variable> of() : d.getVariables()) {
            switch (v.getRole()) {
                case WEIGHT -> {
                    weight = v.getName();
                    design.add("weight " + v.getName());
                }
                case CLUSTER -> design.add("clusters " + v.getName());
                case STRATA -> design.add("strata " + v.getName());
                default -> {
                }
            }
        }
        return new String[] { "Design: " + (design.isEmpty() ? "none declared (simple random sample)" : String.join(", ", design)),
                "Weight only: " + (weight == null ? "none declared" : weight), "Unweighted" };
    }

    /** Whether the choices shown are those of {@code spec}. */
    private boolean matches(TableSpec spec) {
        return chosenRows.equals(spec.getRows()) && chosenColumns.equals(spec.getColumns()) && weight.getSelectionIndex() == spec.getWeighting().getValue()
                && segmentChosen() == spec.getSegment() && means.getSelection() == spec.isMeans();
    }

    /** Shows a saved table's choices. */
    private void take(TableSpec spec) {
        chosenRows.clear();
        chosenRows.addAll(spec.getRows());
        chosenColumns.clear();
        chosenColumns.addAll(spec.getColumns());
        weight.select(spec.getWeighting().getValue());
        segment.select(spec.getSegment() == null ? 0 : Math.max(0, java.util.Arrays.asList(segment.getItems())
                .indexOf(StudyLabels.labelled(spec.getSegment().getLabel(), spec.getSegment().getName()))));
        means.setSelection(spec.isMeans());
    }

    /** A table chosen in the Table drop-down: its dataset's variables, its choices, computed. */
    private void load() {
        fill();
        toReport.setEnabled(selected() != null);
        compute();
    }

    /** The lists: the variables whose label or name contains the search text, chosen ones selected. */
    private void showVariables() {
        String needle = search.getText().strip().toLowerCase(Locale.ROOT);
        shownRows.clear();
        shownColumns.clear();
        List<String> items = new ArrayList<>();
        for (Variable v : offered) {
            String text = item(v);
            if (needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle)) {
                items.add(text);
                shownRows.add(v.getName());
            }
        }
        shownColumns.addAll(shownRows);
        List<String> columnItems = List.copyOf(items);
        for (org.studybench.model.study.MultipleResponseSet set : offeredSets) { // rows only: a set is not one breakdown
            String text = StudyLabels.responseSet(set);
            if (needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle)) {
                items.add(text);
                shownRows.add(set.getName());
            }
        }
        show(rows, items, shownRows, chosenRows);
        show(columns, columnItems, shownColumns, chosenColumns);
    }

    private static void show(org.eclipse.swt.widgets.List list, List<String> items, List<String> names, List<String> chosen) {
        if (!java.util.Arrays.asList(list.getItems()).equals(items)) {
            list.setItems(items.toArray(String[]::new));
        }
        list.deselectAll();
        for (int i = 0; i < names.size(); i++) {
            if (chosen.contains(names.get(i))) {
                list.select(i);
            }
        }
    }

    /** A variable as the lists show it: its label, then its name. */
    private static String item(Variable v) {
        return StudyLabels.labelled(v.getLabel(), v.getName());
    }

    /** The selection of a list changed: the shown variables are chosen or not, the hidden ones stay as they were. */
    private void chose(org.eclipse.swt.widgets.List list, List<String> shown, List<String> chosen) {
        List<Integer> selected = java.util.Arrays.stream(list.getSelectionIndices()).boxed().toList();
        for (int i = 0; i < shown.size(); i++) {
            String name = shown.get(i);
            if (selected.contains(i) && !chosen.contains(name)) {
                chosen.add(name);
            } else if (!selected.contains(i)) {
                chosen.remove(name);
            }
        }
        changed();
    }

    private Segment segmentChosen() {
        int i = segment.getSelectionIndex();
        if (i <= 0) {
            return null;
        }
        String shown = segment.getItem(i);
        return editing.study().getSegments().stream().filter(s -> StudyLabels.labelled(s.getLabel(), s.getName()).equals(shown)).findFirst().orElse(null);
    }

    /** A choice changed: a saved table takes it (one undoable step), and the table is computed again shortly. */
    private void changed() {
        if (filling) {
            return;
        }
        TableSpec spec = selected();
        if (spec != null && !matches(spec)) {
            StudyPackage p = StudyPackage.eINSTANCE;
            List<Object[]> changes = new ArrayList<>();
            changes.add(new Object[] { spec, p.getTableSpec_Rows(), new org.eclipse.emf.common.util.BasicEList<>(chosenRows) });
            changes.add(new Object[] { spec, p.getTableSpec_Columns(), new org.eclipse.emf.common.util.BasicEList<>(chosenColumns) });
            changes.add(new Object[] { spec, p.getTableSpec_Weighting(), TableWeighting.get(weight.getSelectionIndex()) });
            changes.add(new Object[] { spec, p.getTableSpec_Segment(), segmentChosen() });
            changes.add(new Object[] { spec, p.getTableSpec_Means(), means.getSelection() });
            editing.setAll("Change table '" + spec.getName() + "'", changes);
        }
        scheduleCompute();
    }

    /** Computes after a short pause, so that a few clicks in a row compute once. */
    private void scheduleCompute() {
        int mine = ++generation;
        control.getDisplay().timerExec(300, () -> {
            if (!control.isDisposed() && mine == generation) {
                compute();
            }
        });
    }

    /** The table the choices describe: the saved one, or a scratch one that is not part of the study. */
    private TableSpec definition() {
        TableSpec spec = selected();
        if (spec != null) {
            return spec;
        }
        TableSpec scratch = StudyFactory.eINSTANCE.createTableSpec();
        scratch.setName("new-table");
        scratch.getRows().addAll(chosenRows);
        scratch.getColumns().addAll(chosenColumns);
        scratch.setWeighting(TableWeighting.get(weight.getSelectionIndex()));
        scratch.setSegment(segmentChosen());
        scratch.setMeans(means.getSelection());
        scratch.setAlpha(Preferences.alpha());
        scratch.setCorrection(Preferences.correction().id());
        scratch.setEffectiveBases(true);
        if (dataset() != null && editing.study().getDatasets().indexOf(dataset()) > 0) {
            scratch.setDataset(dataset());
        }
        return scratch;
    }

    private void compute() {
        generation++;
        if (dataset() == null) {
            return;
        }
        if (chosenRows.isEmpty() || chosenColumns.isEmpty()) {
            status.setText("Choose at least one question (rows) and one breakdown (columns)");
            return;
        }
        TableSpec spec = definition();
        int mine = generation;
        status.setText("Computing " + chosenRows.size() * chosenColumns.size() + " table(s)...");
        Job.create("Table", monitor -> {
            String problem = null;
            Banner computed = null;
            try {
                computed = tables.compute(editing.study(), studyFile, spec);
            } catch (InputException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "internal error: " + e;
            }
            Banner result = computed;
            String message = problem;
            control.getDisplay().asyncExec(() -> {
                if (control.isDisposed() || mine != generation) {
                    return; // a later choice computes again
                }
                if (result == null) {
                    status.setText(message);
                } else {
                    banner = result;
                    show();
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /**
     * The banner as a table: one column of questions (bold) with their answers, bases and tests indented
     * beneath, then the Total and each breakdown's columns; cells with intervals and counts when asked.
     */
    private void show() {
        if (banner == null) {
            return;
        }
        table.setRedraw(false);
        table.removeAll();
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        List<String[]> grid = BannerWriter.grid(banner);
        String[] groups = grid.get(0);
        String[] levels = grid.get(1);
        String group = "";
        new TableColumn(table, SWT.LEFT).setText("Question / answer");
        for (int c = 2; c < groups.length; c++) {
            group = groups[c].isEmpty() ? group : groups[c];
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            // the header names the breakdown only when there are several, shortened (whole in its tooltip), so the
            // columns' numbers stay in view
            String shortGroup = group.length() > 16 ? group.substring(0, 14).strip() + "…" : group;
            column.setText(group.equals("Total") ? "Total" : banner.groups().size() > 2 ? shortGroup + ": " + levels[c] : levels[c]);
            column.setToolTipText(group.equals("Total") ? "Total" : group + ": " + levels[c]);
        }
        if (bold == null) {
            org.eclipse.swt.graphics.FontData data = table.getFont().getFontData()[0];
            bold = new org.eclipse.swt.graphics.Font(table.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
            table.addListener(SWT.Dispose, e -> bold.dispose());
        }
        int block = -1;
        int level = 0;
        for (String[] line : grid.subList(2, grid.size())) {
            TableItem item = new TableItem(table, SWT.NONE);
            if (!line[0].isEmpty()) { // a question
                block++;
                level = 0;
                item.setText(0, line[0]);
                item.setFont(0, bold);
                continue;
            }
            String[] shown = new String[line.length - 1];
            shown[0] = "    " + line[1];
            System.arraycopy(line, 2, shown, 1, line.length - 2);
            boolean levelRow = level < banner.blocks().get(block).levels().size() && !line[1].isEmpty()
                    && line[1].equals(banner.blocks().get(block).levelLabels().get(level));
            if (levelRow && details.getSelection()) {
                Banner.Block b = banner.blocks().get(block);
                for (int j = 0; j < banner.columnCount(); j++) {
                    double lo = b.lowPercent()[level][j];
                    double hi = b.highPercent()[level][j];
                    shown[1 + j] = line[2 + j] + (Double.isNaN(lo) ? "" : String.format(Locale.ROOT, " [%.1f, %.1f]", lo, hi))
                            + String.format(Locale.ROOT, " n=%.0f", b.counts()[level][j]);
                }
            }
            if (levelRow) {
                level++;
            }
            item.setText(shown);
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth() + 8, 320)); // a very long question is cut here, shown whole in exports and reports
        }
        table.getColumn(0).setWidth(Math.min(table.getColumn(0).getWidth(), 280)); // the columns' numbers beside it in a 1200-pixel window
        table.setRedraw(true);
        status.setText(BannerWriter.note(banner) + (details.getSelection() ? " Brackets: 95% intervals (design-based with a design); n: unweighted count." : ""));
        control.layout(true, true);
    }

    /** Adds the scratch table to the study under a name the user gives, and chooses it. */
    private void saveAsTable() {
        if (chosenRows.isEmpty() || chosenColumns.isEmpty()) {
            status.setText("Choose at least one question (rows) and one breakdown (columns)");
            return;
        }
        String proposed = StudyEditing.freshName("table", editing.study().getTables());
        InputDialog dialog = new InputDialog(control.getShell(), "Save as Table", "Name of the table (letters, digits and dashes):", proposed,
                name -> name.isBlank() ? "Give the table a name" : StudyEditing.named(name.strip(), editing.study().getTables())
                        ? "The study has a table named '" + name.strip() + "' already" : null);
        if (dialog.open() != Window.OK) {
            return;
        }
        TableSpec spec = definition();
        TableSpec created = StudyFactory.eINSTANCE.createTableSpec();
        created.setName(dialog.getValue().strip());
        created.getRows().addAll(spec.getRows());
        created.getColumns().addAll(spec.getColumns());
        created.setWeighting(spec.getWeighting());
        created.setSegment(spec.getSegment());
        created.setMeans(spec.isMeans());
        created.setAlpha(spec.getAlpha());
        created.setCorrection(spec.getCorrection());
        created.setEffectiveBases(spec.isEffectiveBases());
        if (dataset() != null && editing.study().getDatasets().indexOf(dataset()) > 0) {
            created.setDataset(dataset()); // (the study's first dataset is every table's default)
        }
        editing.add(editing.study(), StudyPackage.eINSTANCE.getStudy_Tables(), created);
        saved.setItems(new String[0]); // refilled with the new table, which becomes the chosen one
        fill();
        saved.select(editing.study().getTables().indexOf(created) + 1);
        load();
        status.setText("Saved table '" + created.getName() + "'; Add to Report shows it in the report");
    }

    /** The chosen saved table as a section of the study's first report (a new report when there is none), one undoable step. */
    private void addToReport() {
        TableSpec spec = selected();
        if (spec == null) {
            status.setText("Save the table first (Save as Table...), then add it to a report");
            return;
        }
        CompoundCommand add = new CompoundCommand("Add table '" + spec.getName() + "' to a report");
        ReportSpec report = editing.study().getReports().isEmpty() ? null : editing.study().getReports().get(0);
        Section section = StudyFactory.eINSTANCE.createSection();
        section.setKind(SectionKind.TABLE);
        section.setTable(spec);
        section.setTitle(TableWorkflow.title(spec));
        if (report == null) {
            report = StudyFactory.eINSTANCE.createReportSpec();
            report.setName("report");
            report.setTitle(editing.study().getTitle());
            add.append(AddCommand.create(editing.domain(), editing.study(), StudyPackage.eINSTANCE.getStudy_Reports(), report));
            report.getSections().add(section); // the new report comes with its section
        } else {
            add.append(AddCommand.create(editing.domain(), report, StudyPackage.eINSTANCE.getReportSpec_Sections(), section));
        }
        editing.execute(add);
        status.setText("Added table '" + spec.getName() + "' to report '" + report.getName() + "'");
    }

    private void export(String format) {
        if (banner == null) {
            status.setText("Compute a table first");
            return;
        }
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName((selected() != null ? selected().getName() : "banner") + "." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                BannerWriter.write(banner, Path.of(target), selected() != null ? TableWorkflow.title(selected())
                        : editing.study().getTitle() != null ? editing.study().getTitle() : editing.study().getName());
                status.setText("Wrote " + target);
            } catch (IOException e) {
                status.setText("Could not write " + target + ": " + e.getMessage());
            }
        }
    }

    /** The table of the current banner, for the export buttons and tests. */
    public Banner banner() {
        return banner;
    }

    private static org.eclipse.swt.widgets.List list(Composite parent, String label, String id) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(label);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        list.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = 120;
        data.widthHint = 260;
        list.setLayoutData(data);
        return list;
    }

    private static Button check(Composite parent, String text, String id) {
        Button b = new Button(parent, SWT.CHECK);
        b.setText(text);
        b.setData(Ids.KEY, id);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return b;
    }

    private static Button button(Composite parent, String text, String id, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        if (id != null) {
            b.setData(Ids.KEY, id);
        }
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return b;
    }
}
