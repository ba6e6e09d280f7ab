package org.studybench.ui.data;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.event.CellSelectionEvent;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.studybench.core.DatasetService;
import org.studybench.core.DatasetView;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.data.filter.FilterException;
import org.studybench.data.filter.SegmentFilters;
import org.studybench.model.study.Dataset;
import org.studybench.ui.editor.Ids;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A dataset's respondents in a virtual grid (NatTable): only the rows on screen are read, a page at a
 * time, so millions of rows scroll like a few. Above it: a filter in the segment filter language
 * (checked as you type, applied with Enter), a sort column, a value-labels toggle; below it: the row
 * count and statistics of the selected column. Loading and re-sorting run as background jobs.
 */
public class DatasetGridPart {

    public static final String STUDY_KEY = "studybench.file";
    public static final String DATASET_KEY = "studybench.dataset";
    public static final String GRID_ID = "studybench.grid";
    public static final String FILTER_ID = "studybench.grid.filter";
    public static final String SORT_ID = "studybench.grid.sort";
    public static final String LABELS_ID = "studybench.grid.labels";
    public static final String STATUS_ID = "studybench.grid.status";

    @Inject
    StudyService studies;
    @Inject
    DatasetService datasets;
    @Inject
    MPart part;
    @Inject
    org.eclipse.e4.ui.workbench.modeling.EModelService models;
    @Inject
    org.eclipse.e4.ui.model.application.MApplication application;

    private Composite parent;
    private DatasetView data;
    private NatTable table;
    private Text filter;
    private Combo sort;
    private Button descending;
    private Button labels;
    private Label status;
    private org.studybench.banner.Banner.Labels valueLabels = org.studybench.banner.Banner.Labels.NONE;
    private volatile boolean loading = true;
    private int requests;
    /** One view change at a time: a dataset view is not thread-safe. */
    private final org.eclipse.core.runtime.jobs.ISchedulingRule views = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
        @Override
        public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
            return rule == this;
        }
    };
    private long loadedAt;

    @PostConstruct
    public void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(6, false));
        new Label(parent, SWT.NONE).setText("Filter");
        filter = new Text(parent, SWT.BORDER);
        filter.setData(Ids.KEY, FILTER_ID);
        filter.setMessage("e.g. size = \"SME\" and country in (\"IT\", \"DE\")");
        filter.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(parent, SWT.NONE).setText("Sort by");
        sort = new Combo(parent, SWT.READ_ONLY);
        sort.setData(Ids.KEY, SORT_ID);
        descending = new Button(parent, SWT.CHECK);
        descending.setText("descending");
        labels = new Button(parent, SWT.CHECK);
        labels.setText("Value labels");
        labels.setData(Ids.KEY, LABELS_ID);
        labels.setSelection(true);
        status = new Label(parent, SWT.NONE);
        status.setData(Ids.KEY, STATUS_ID);
        status.setText("Loading...");
        status.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1));

        Path file = Path.of(part.getPersistedState().get(STUDY_KEY));
        String name = part.getPersistedState().get(DATASET_KEY);
        long started = System.nanoTime();
        // With the study open in an editor, the grid shows the dataset as edited there (imported and not
        // saved yet, its value labels as they are now), and follows it.
        org.studybench.ui.editor.StudyEditing editing = editing(file);
        Dataset edited = editing == null ? null : live(editing, name);
        Dataset given = edited == null ? null : org.eclipse.emf.ecore.util.EcoreUtil.copy(edited); // the job's own: the editor's belongs to the UI thread
        if (editing != null) {
            org.studybench.ui.editor.Live.follow(parent, editing, () -> {
                Dataset now = live(editing, name);
                if (now != null && data != null) {
                    valueLabels = org.studybench.banner.Banner.labels(now);
                    table.refresh();
                }
            });
        }
        Job.create("Open dataset " + name, monitor -> {
            try {
                Dataset dataset = given != null ? given : studies.load(file).getDatasets().stream().filter(d -> d.getName().equals(name)).findFirst()
                        .orElseThrow(() -> new InputException(file + ": no dataset '" + name + "'"));
                DatasetView opened = datasets.view(file, dataset);
                parent.getDisplay().asyncExec(() -> show(opened, started));
            } catch (InputException e) {
                parent.getDisplay().asyncExec(() -> {
                    if (!parent.isDisposed()) {
                        status.setText(e.getMessage());
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** The edits of the study editor open on {@code file}, or null. */
    private org.studybench.ui.editor.StudyEditing editing(Path file) {
        MPart editor = org.studybench.ui.parts.StudyEditors.find(file, models, application);
        return editor != null && editor.getObject() instanceof org.studybench.ui.parts.StudyEditorPart open ? open.getEditing() : null;
    }

    private static Dataset live(org.studybench.ui.editor.StudyEditing editing, String name) {
        return editing.study().getDatasets().stream().filter(d -> name.equals(d.getName())).findFirst().orElse(null);
    }

    private void show(DatasetView opened, long started) {
        if (parent.isDisposed()) {
            opened.close();
            return;
        }
        data = opened;
        valueLabels = org.studybench.banner.Banner.labels(data.dataset());
        part.setLabel(data.dataset().getName() + " (" + String.format("%,d", data.rowCount()) + " rows)");
        sort.add("(file order)");
        // each variable by its label, the name beside, as the workbench's other pickers show them
        data.columns().forEach(c -> sort.add(data.dataset().getVariables().stream().filter(v -> c.equals(v.getName())).findFirst()
                .map(v -> org.studybench.ui.editor.StudyLabels.labelled(v.getLabel(), c)).orElse(c)));
        sort.select(0);

        IDataProvider body = new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return loading ? null : text(column, data.value(row, column));
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                // read-only: data change through imports, not by typing into respondents' answers
            }

            @Override
            public int getColumnCount() {
                return data.columns().size();
            }

            @Override
            public int getRowCount() {
                return loading ? 0 : (int) Math.min(Integer.MAX_VALUE, data.rowCount());
            }
        };
        CollectionsFactories.ensure();
        DataLayer bodyLayer = new DataLayer(body);
        SelectionLayer selection = new SelectionLayer(bodyLayer);
        ViewportLayer viewport = new ViewportLayer(selection);
        DataLayer headerData = new DataLayer(new DefaultColumnHeaderDataProvider(data.columns().toArray(new String[0])));
        ColumnHeaderLayer header = new ColumnHeaderLayer(headerData, viewport, selection);
        DataLayer rowHeaderData = new DataLayer(new DefaultRowHeaderDataProvider(body), 70, 20);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderData, viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData.getDataProvider(), rowHeaderData.getDataProvider())),
                rowHeader, header);
        // Without NO_BACKGROUND (NatTable's default style): with it, GTK3 never shows the grid on screen.
        table = new NatTable(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.H_SCROLL, new GridLayer(viewport, header, rowHeader, corner));
        table.setData(Ids.KEY, GRID_ID);
        headerLook(table);
        fitColumns(bodyLayer);
        table.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
        selection.addLayerListener(event -> {
            if (event instanceof CellSelectionEvent cell && data != null && !loading) {
                status.setText(rows() + " · " + statistics(cell.getColumnPosition()));
            }
        });
        loading = false;
        table.refresh();
        parent.layout(true, true);
        loadedAt = System.nanoTime() - started;
        status.setText(rows());

        filter.addListener(SWT.Modify, e -> check());
        filter.addListener(SWT.DefaultSelection, e -> apply());
        sort.addListener(SWT.Selection, e -> apply());
        descending.addListener(SWT.Selection, e -> apply());
        labels.addListener(SWT.Selection, e -> {
            fitColumns(bodyLayer); // value labels are wider than codes
            table.refresh();
        });
    }

    /**
     * Headers as the workbench's tables have them (dark text on a light band; a selected column's header
     * a light blue with dark text rather than NatTable's white on grey, which reads as disabled).
     */
    private static void headerLook(NatTable grid) {
        org.eclipse.nebula.widgets.nattable.style.Style normal = new org.eclipse.nebula.widgets.nattable.style.Style();
        normal.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.BACKGROUND_COLOR, new org.eclipse.swt.graphics.Color(0xe8, 0xec, 0xf1));
        normal.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.FOREGROUND_COLOR,
                grid.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        org.eclipse.nebula.widgets.nattable.style.Style selected = new org.eclipse.nebula.widgets.nattable.style.Style();
        selected.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.BACKGROUND_COLOR, new org.eclipse.swt.graphics.Color(0xc5, 0xd6, 0xee));
        selected.setAttributeValue(org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes.FOREGROUND_COLOR,
                grid.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
        var registry = grid.getConfigRegistry();
        for (String region : List.of(org.eclipse.nebula.widgets.nattable.grid.GridRegion.COLUMN_HEADER, org.eclipse.nebula.widgets.nattable.grid.GridRegion.ROW_HEADER,
                org.eclipse.nebula.widgets.nattable.grid.GridRegion.CORNER)) {
            registry.registerConfigAttribute(org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes.CELL_STYLE, normal,
                    org.eclipse.nebula.widgets.nattable.style.DisplayMode.NORMAL, region);
            registry.registerConfigAttribute(org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes.CELL_STYLE, selected,
                    org.eclipse.nebula.widgets.nattable.style.DisplayMode.SELECT, region);
        }
    }

    /** Each column as wide as its name and the first rows' values (as shown, value labels too), within 60 to 300 pixels. */
    private void fitColumns(DataLayer bodyLayer) {
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(table);
        try {
            int rows = (int) Math.min(100, data.rowCount());
            for (int c = 0; c < data.columns().size(); c++) {
                int width = gc.textExtent(data.columns().get(c)).x;
                for (int r = 0; r < rows; r++) {
                    width = Math.max(width, gc.textExtent(String.valueOf(text(c, data.value(r, c)))).x);
                }
                bodyLayer.setColumnWidthByPosition(c, Math.max(60, Math.min(300, width + 16)), false);
            }
        } finally {
            gc.dispose();
        }
    }

    private String rows() {
        return String.format("%,d rows", data.rowCount()) + (filter.getText().isBlank() ? "" : " match the filter");
    }

    /** Checks the filter as it is typed; the message says what is wrong and where. */
    private void check() {
        if (filter.getText().isBlank()) {
            status.setText(rows());
            return;
        }
        try {
            SegmentFilters.inDataset(filter.getText(), data.dataset());
            status.setText("Press Enter to apply the filter");
        } catch (FilterException e) {
            status.setText("Filter: " + e.getMessage());
        }
    }

    /**
     * Applies the filter and sort in the background; the grid is empty meanwhile. Requests run one
     * after another (one scheduling rule per grid) and only the last one shows its result.
     */
    private void apply() {
        String filterText = filter.getText();
        String column = sort.getSelectionIndex() <= 0 ? null : data.columns().get(sort.getSelectionIndex() - 1);
        boolean desc = descending.getSelection();
        int mine = ++requests;
        loading = true;
        table.refresh();
        status.setText("Applying...");
        Job job = Job.create("Filter and sort " + data.dataset().getName(), monitor -> {
            String problem = null;
            try {
                data.view(filterText, column, desc);
            } catch (InputException e) {
                problem = e.getMessage();
            }
            String message = problem;
            parent.getDisplay().asyncExec(() -> {
                if (parent.isDisposed() || mine != requests) {
                    return; // a newer request is on its way
                }
                loading = false;
                table.refresh();
                status.setText(message == null ? rows() : message);
            });
            return Status.OK_STATUS;
        });
        job.setRule(views);
        job.schedule();
    }

    private Object text(int column, Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (labels.getSelection()) {
            String code = value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : s;
            String label = valueLabels.level(data.columns().get(column), code);
            return label.equals(code) ? s : label; // a code without a label is shown as read
        }
        return s;
    }

    /** "q1: 998 values, 2 missing, ~5 distinct; min 1, mean 3.012, max 5" */
    private String statistics(int column) {
        try {
            DatasetView.ColumnStatistics s = data.statistics(column);
            String text = s.column() + ": " + s.values() + " values, " + s.missing() + " missing, ~" + s.distinct() + " distinct";
            return s.min() == null ? text
                    : text + String.format(java.util.Locale.ROOT, "; min %s, mean %.4g, max %s", number(s.min()), s.mean(), number(s.max()));
        } catch (InputException e) {
            return e.getMessage();
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(java.util.Locale.ROOT, "%.4g", v);
    }

    /** For tests and the benchmark: the grid, its data and how long opening took. */
    public NatTable table() {
        return table;
    }

    public DatasetView data() {
        return data;
    }

    public boolean isLoading() {
        return loading;
    }

    public long openNanos() {
        return loadedAt;
    }

    public List<String> columns() {
        return data == null ? List.of() : data.columns();
    }

    @PreDestroy
    public void dispose() {
        if (data != null) {
            data.close();
        }
    }
}
