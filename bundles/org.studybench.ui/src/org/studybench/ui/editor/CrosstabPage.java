package org.studybench.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
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
import org.studybench.banner.Banner;
import org.studybench.banner.BannerWriter;
import org.studybench.core.InputException;
import org.studybench.data.aggregate.CrossTab;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.data.filter.SqlFilter;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Segment;
import org.studybench.model.study.Variable;
import org.studybench.model.study.VariableRole;
import org.studybench.stats.PAdjust;

/**
 * Crosstabs and banners of the study's first dataset: row questions against breakdowns, with the
 * weight (the dataset's by default; clusters and strata from its roles) and a segment. Each cell shows
 * the column percentage with its letters (columns it significantly exceeds), and, when asked, its 95%
 * interval and unweighted count; each question its bases and test of independence (Rao-Scott with a
 * design). Letters use the alpha and correction of the preferences. The same computation and files
 * as {@code studybench banner}, in a background job.
 */
public final class CrosstabPage {

    public static final String ROWS_ID = "studybench.editor.crosstab.rows";
    public static final String COLUMNS_ID = "studybench.editor.crosstab.columns";
    public static final String WEIGHT_ID = "studybench.editor.crosstab.weight";
    public static final String SEGMENT_ID = "studybench.editor.crosstab.segment";
    public static final String DETAILS_ID = "studybench.editor.crosstab.details";
    public static final String RUN_ID = "studybench.editor.crosstab.run";
    public static final String TABLE_ID = "studybench.editor.crosstab.table";
    public static final String STATUS_ID = "studybench.editor.crosstab.status";
    private static final String NONE = "(none)";
    private static final String EVERYONE = "(all respondents)";

    private final StudyEditing editing;
    private final Path studyFile;
    private final org.studybench.data.engine.DatasetRows datasets;
    private final SashForm control;
    private final org.eclipse.swt.widgets.List rows;
    private final org.eclipse.swt.widgets.List columns;
    private final Combo weight;
    private final Combo segment;
    private final Button details;
    private final Button run;
    private final Table table;
    private final Label status;
    private Banner banner;
    private String defaultWeight;

    public CrosstabPage(Composite parent, StudyEditing editing, Path studyFile, org.studybench.data.engine.DatasetRows datasets) {
        this.editing = editing;
        this.studyFile = studyFile;
        this.datasets = datasets;
        control = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(control, SWT.NONE);
        left.setLayout(new GridLayout(2, false));
        rows = list(left, "Rows (questions)", ROWS_ID);
        columns = list(left, "Columns (breakdowns)", COLUMNS_ID);
        weight = Fields.combo(left, "Weight", WEIGHT_ID);
        segment = Fields.combo(left, "Segment", SEGMENT_ID);
        details = new Button(left, SWT.CHECK);
        details.setText("Intervals and counts");
        details.setData(Ids.KEY, DETAILS_ID);
        details.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        run = new Button(left, SWT.PUSH);
        run.setText("Compute");
        run.setData(Ids.KEY, RUN_ID);
        run.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Composite exports = new Composite(left, SWT.NONE);
        exports.setLayout(new GridLayout(3, true));
        exports.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        for (String format : BannerWriter.FORMATS) {
            Button export = new Button(exports, SWT.PUSH);
            export.setText(format.toUpperCase(Locale.ROOT) + "...");
            export.setToolTipText("Export the table as " + format.toUpperCase(Locale.ROOT));
            export.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            export.addListener(SWT.Selection, e -> export(format));
        }
        Composite right = new Composite(control, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        table = new Table(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setData(Ids.KEY, TABLE_ID);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        status = new Label(right, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 500;
        status.setLayoutData(statusData);
        control.setWeights(28, 72);
        fill();
        Live.follow(control, editing, this::fill);
        run.addListener(SWT.Selection, e -> compute());
        details.addListener(SWT.Selection, e -> show());
    }

    public Composite control() {
        return control;
    }

    private Dataset dataset() {
        return editing.study().getDatasets().isEmpty() ? null : editing.study().getDatasets().get(0);
    }

    /**
     * The choices as the study is now: the first dataset's variables (an import brings the first
     * dataset; a role changed in the dictionary changes the default weight) and the segments with
     * filters. What was chosen stays chosen while it is still offered.
     */
    private void fill() {
        Dataset d = dataset();
        run.setEnabled(d != null);
        List<String> weights = new java.util.ArrayList<>(List.of(NONE));
        List<String> variables = new java.util.ArrayList<>();
        String defaultWeight = null;
        for (Variable v : d == null ? List.<Variable> of() : d.getVariables()) {
            boolean numeric = v.getType() != null && v.getType().getLiteral().matches("integer|double");
            if (v.getRole() == VariableRole.WEIGHT) {
                defaultWeight = v.getName();
            }
            if (numeric) {
                weights.add(v.getName());
            }
            if (v.getRole() != VariableRole.WEIGHT && v.getRole() != VariableRole.CLUSTER && v.getRole() != VariableRole.ID) {
                variables.add(v.getName());
            }
        }
        List<String> segments = new java.util.ArrayList<>(List.of(EVERYONE));
        editing.study().getSegments().stream().filter(s -> s.getFilter() != null && !s.getFilter().isBlank()).forEach(s -> segments.add(s.getName()));
        boolean changed = refill(rows, variables) | refill(columns, variables);
        boolean weightsChanged = !java.util.Arrays.asList(weight.getItems()).equals(weights) || !java.util.Objects.equals(defaultWeight, this.defaultWeight);
        String chosenWeight = weight.getText();
        if (!java.util.Arrays.asList(weight.getItems()).equals(weights)) {
            weight.setItems(weights.toArray(String[]::new));
        }
        changed |= weightsChanged;
        if (weightsChanged) { // the dataset's weight is the default; a weight chosen here stays while it exists
            boolean keep = !chosenWeight.equals(this.defaultWeight == null ? NONE : this.defaultWeight) && weights.contains(chosenWeight);
            weight.select(keep ? weights.indexOf(chosenWeight) : defaultWeight == null ? 0 : weights.indexOf(defaultWeight));
            this.defaultWeight = defaultWeight;
        }
        String chosenSegment = segment.getText();
        if (!java.util.Arrays.asList(segment.getItems()).equals(segments)) {
            segment.setItems(segments.toArray(String[]::new));
            segment.select(Math.max(0, segments.indexOf(chosenSegment)));
            changed = true;
        }
        if (d == null) {
            status.setText("The study has no dataset; import one (Study > Import Data...)");
        } else if (status.getText().startsWith("The study has no dataset")) {
            status.setText("");
        }
        if (changed) {
            control.layout(true, true);
        }
    }

    /** Shows {@code items} in a list, keeping the selected ones that are still there; returns whether it changed. */
    private static boolean refill(org.eclipse.swt.widgets.List list, List<String> items) {
        if (java.util.Arrays.asList(list.getItems()).equals(items)) {
            return false;
        }
        List<String> selected = List.of(list.getSelection());
        list.setItems(items.toArray(String[]::new));
        for (String s : selected) {
            int i = items.indexOf(s);
            if (i >= 0) {
                list.select(i);
            }
        }
        return true;
    }

    private void compute() {
        Dataset d = dataset();
        List<String> rowVars = List.of(rows.getSelection());
        List<String> columnVars = List.of(columns.getSelection());
        if (d == null || rowVars.isEmpty() || columnVars.isEmpty()) {
            status.setText("Choose at least one row and one column variable");
            return;
        }
        CrossTab.Design roles = CrossTab.Design.of(d);
        String w = weight.getText().equals(NONE) ? null : weight.getText();
        CrossTab.Design design = new CrossTab.Design(w, roles.cluster(), roles.strata());
        SqlFilter filter = null;
        if (segment.getSelectionIndex() > 0) {
            Segment s = editing.study().getSegments().stream().filter(x -> x.getName().equals(segment.getText())).findFirst().orElseThrow();
            try {
                filter = SegmentFilters.toSql(s.getFilter(), SegmentFilters.types(d));
            } catch (FilterException e) {
                status.setText("Segment '" + s.getName() + "': " + e.getMessage());
                return;
            }
        }
        Banner.Labels labels = Banner.labels(d);
        SqlFilter chosen = filter;
        PAdjust correction = Preferences.correction();
        double alpha = Preferences.alpha();
        run.setEnabled(false);
        status.setText("Computing " + rowVars.size() * columnVars.size() + " table(s)...");
        Job.create("Crosstab", monitor -> {
            String problem = null;
            Banner computed = null;
            try {
                computed = Banner.of(datasets.rows(studyFile, d), rowVars, columnVars, design, chosen, labels, correction, alpha);
            } catch (InputException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                problem = "internal error: " + e;
            }
            Banner result = computed;
            String message = problem;
            control.getDisplay().asyncExec(() -> {
                if (control.isDisposed()) {
                    return;
                }
                run.setEnabled(true);
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

    /** The banner as a table: header from its first two grid rows, cells with intervals and counts when asked. */
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
        for (int c = 0; c < groups.length; c++) {
            group = groups[c].isEmpty() ? group : groups[c];
            TableColumn column = new TableColumn(table, c < 2 ? SWT.LEFT : SWT.RIGHT);
            column.setText(c < 2 ? (c == 0 ? "Question" : "Answer") : (group.equals("Total") ? "Total" : group + ": " + levels[c]));
        }
        int block = -1;
        int level = 0;
        for (String[] line : grid.subList(2, grid.size())) {
            if (!line[0].isEmpty()) {
                block++;
                level = 0;
            }
            String[] shown = line.clone();
            boolean levelRow = line[0].isEmpty() && level < banner.blocks().get(block).levels().size() && !line[1].isEmpty()
                    && line[1].equals(banner.blocks().get(block).levelLabels().get(level));
            if (levelRow && details.getSelection()) {
                Banner.Block b = banner.blocks().get(block);
                for (int j = 0; j < banner.columnCount(); j++) {
                    double lo = b.lowPercent()[level][j];
                    double hi = b.highPercent()[level][j];
                    shown[2 + j] = line[2 + j] + (Double.isNaN(lo) ? "" : String.format(Locale.ROOT, " [%.1f, %.1f]", lo, hi))
                            + String.format(Locale.ROOT, " n=%.0f", b.counts()[level][j]);
                }
            }
            if (levelRow) {
                level++;
            }
            new TableItem(table, SWT.NONE).setText(shown);
        }
        for (TableColumn c : table.getColumns()) {
            c.pack();
        }
        table.setRedraw(true);
        status.setText(BannerWriter.note(banner) + (details.getSelection() ? " Brackets: 95% intervals (design-based with a design); n: unweighted count." : ""));
        control.layout(true, true);
    }

    private void export(String format) {
        if (banner == null) {
            status.setText("Compute a table first");
            return;
        }
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName("banner." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target != null) {
            try {
                BannerWriter.write(banner, Path.of(target), editing.study().getTitle() != null ? editing.study().getTitle() : editing.study().getName());
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
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        list.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        data.heightHint = 120;
        list.setLayoutData(data);
        return list;
    }
}
