package org.studybench.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.studybench.core.ChartRenderer;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.model.io.AtomicFiles;
import org.studybench.model.study.AxisScale;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.SortOrder;
import org.studybench.model.study.StudyPackage;
import org.studybench.stats.Defaults;

/**
 * The chart editor: the study's charts on the left with the selected chart's properties, a live
 * preview on the right drawn by the same renderer as the reports, and export to PNG, SVG and PDF.
 * Every property change is an undoable command and redraws the preview.
 */
public final class ChartsPage {

    public static final String LIST_ID = "studybench.editor.charts";
    public static final String TITLE_ID = "studybench.editor.chart.title";
    public static final String SUBTITLE_ID = "studybench.editor.chart.subtitle";
    public static final String KIND_ID = "studybench.editor.chart.kind";
    public static final String INTERVAL_ID = "studybench.editor.chart.interval";
    public static final String SORT_ID = "studybench.editor.chart.sort";
    public static final String PERCENT_ID = "studybench.editor.chart.percent";
    public static final String STATUS_ID = "studybench.editor.chart.status";
    public static final String ADD_ID = "studybench.editor.chart.add";
    public static final String FINDINGS_ID = "studybench.editor.chart.findings";
    public static final String SEGMENTS_ID = "studybench.editor.chart.segments";
    public static final String ROWS_ID = "studybench.editor.chart.rows";
    public static final String LEVEL_ID = "studybench.editor.chart.level";
    public static final String COLUMNS_ID = "studybench.editor.chart.columns";

    private static final StudyPackage P = StudyPackage.eINSTANCE;
    /** The interval methods a chart can draw (the statistics' proportion intervals), and none. */
    public static final List<String> INTERVALS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(org.studybench.stats.ProportionInterval.values()).map(org.studybench.stats.ProportionInterval::id), java.util.stream.Stream.of("none"))
            .toList();

    private final StudyEditing editing;
    private final Registry registry;
    private final SashForm control;
    private final org.eclipse.swt.widgets.List charts;
    private final Text title;
    private final Text subtitle;
    private final Combo kind;
    private final Combo interval;
    private final Combo sort;
    private final Combo yScale;
    private final Button percent;
    private final Label status;
    private final ChartPreview preview;
    private final org.eclipse.swt.widgets.Table findingList;
    private final org.eclipse.swt.widgets.Table segmentList;
    private final org.eclipse.swt.widgets.Table rows;
    private final org.eclipse.swt.widgets.Group optionsGroup;
    private final ParameterForm options;
    private List<org.studybench.core.ParameterSpec> shownOptions = List.of();
    private final org.eclipse.swt.widgets.Combo level;
    private final org.eclipse.swt.widgets.Combo columnsVar;
    private List<ChartRenderer> renderers = List.of();
    private ChartSpec chart;

    public ChartsPage(Composite parent, StudyEditing editing, Registry registry) {
        this.editing = editing;
        this.registry = registry;
        control = new SashForm(parent, SWT.HORIZONTAL);
        // The properties scroll when the window is lower than they are tall.
        org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(control, SWT.V_SCROLL);
        Composite left = new Composite(scroll, SWT.NONE);
        scroll.setContent(left);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(left.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
        left.setLayout(new GridLayout(2, false));
        charts = new org.eclipse.swt.widgets.List(left, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        charts.setData(Ids.KEY, LIST_ID);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        listData.heightHint = 90;
        charts.setLayoutData(listData);
        Composite listButtons = new Composite(left, SWT.NONE);
        listButtons.setLayout(new GridLayout(2, true));
        listButtons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        Button addChart = new Button(listButtons, SWT.PUSH);
        addChart.setText("Add chart");
        addChart.setData(Ids.KEY, ADD_ID);
        addChart.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addChart.addListener(SWT.Selection, e -> addChart());
        Button deleteChart = new Button(listButtons, SWT.PUSH);
        deleteChart.setText("Delete...");
        deleteChart.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        deleteChart.addListener(SWT.Selection, e -> deleteChart());
        title = Fields.text(left, "Title", TITLE_ID);
        subtitle = Fields.text(left, "Subtitle", SUBTITLE_ID);
        kind = Fields.combo(left, "Kind", KIND_ID);
        interval = Fields.combo(left, "Intervals", INTERVAL_ID);
        INTERVALS.forEach(interval::add);
        sort = Fields.combo(left, "Sort", SORT_ID);
        SortOrder.VALUES.forEach(s -> sort.add(s.getLiteral()));
        yScale = Fields.combo(left, "Y axis", "studybench.editor.chart.yscale");
        AxisScale.VALUES.forEach(s -> yScale.add(s.getLiteral()));
        new Label(left, SWT.NONE);
        percent = new Button(left, SWT.CHECK);
        percent.setText("Values in percent");
        percent.setData(Ids.KEY, PERCENT_ID);
        new Label(left, SWT.NONE).setText("Export");
        Composite exports = new Composite(left, SWT.NONE);
        exports.setLayout(new GridLayout(3, true));
        exports.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        for (String format : List.of("png", "svg", "pdf")) {
            Button export = new Button(exports, SWT.PUSH);
            export.setText(format.toUpperCase(java.util.Locale.ROOT) + "...");
            export.setToolTipText("Export the chart as " + format.toUpperCase(java.util.Locale.ROOT));
            export.setData(Ids.KEY, "studybench.editor.chart.export." + format);
            export.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            export.addListener(SWT.Selection, e -> export(format));
        }
        org.eclipse.swt.widgets.Group data = new org.eclipse.swt.widgets.Group(left, SWT.NONE);
        data.setText("Data (none ticked: all)");
        data.setLayout(new GridLayout(2, true));
        data.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1));
        findingList = checklist(data, FINDINGS_ID);
        segmentList = checklist(data, SEGMENTS_ID);
        Composite query = new Composite(data, SWT.NONE);
        query.setLayout(new GridLayout(2, false));
        query.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        org.eclipse.swt.widgets.Label rowsLabel = new org.eclipse.swt.widgets.Label(query, SWT.NONE);
        rowsLabel.setText("Or a crosstab of the data: questions");
        rowsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        rows = checklist(query, ROWS_ID);
        ((GridData) rows.getLayoutData()).horizontalSpan = 2;
        rows.setToolTipText("Tick a question to chart its answers, or several with a level to chart each one's share of that level");
        new org.eclipse.swt.widgets.Label(query, SWT.NONE).setText("Level");
        level = new org.eclipse.swt.widgets.Combo(query, SWT.DROP_DOWN);
        level.setData(Ids.KEY, LEVEL_ID);
        level.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        level.setToolTipText("With several questions: the answer whose share each shows");
        columnsVar = Fields.combo(query, "Breakdown", COLUMNS_ID);
        optionsGroup = new org.eclipse.swt.widgets.Group(left, SWT.NONE);
        optionsGroup.setText("Options of this chart kind");
        optionsGroup.setLayout(new GridLayout(1, false));
        optionsGroup.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        options = new ParameterForm(optionsGroup);
        options.onChange(this::setOptions);
        status = new Label(left, SWT.WRAP);
        status.setData(Ids.KEY, STATUS_ID);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, true, 2, 1);
        statusData.widthHint = 260;
        status.setLayoutData(statusData);
        preview = new ChartPreview(control, what -> status.setText("Selected: " + what));
        control.setWeights(32, 68);

        fillList();
        charts.addListener(SWT.Selection, e -> select(charts.getSelectionIndex()));
        title.addListener(SWT.DefaultSelection, e -> set(P.getChartSpec_Title(), blankToNull(title.getText())));
        title.addListener(SWT.FocusOut, e -> set(P.getChartSpec_Title(), blankToNull(title.getText())));
        subtitle.addListener(SWT.DefaultSelection, e -> set(P.getChartSpec_Subtitle(), blankToNull(subtitle.getText())));
        subtitle.addListener(SWT.FocusOut, e -> set(P.getChartSpec_Subtitle(), blankToNull(subtitle.getText())));
        kind.addListener(SWT.Selection, e -> set(P.getChartSpec_Kind(), renderers.get(kind.getSelectionIndex()).id()));
        interval.addListener(SWT.Selection, e -> set(P.getChartSpec_Interval(), interval.getText()));
        sort.addListener(SWT.Selection, e -> set(P.getChartSpec_SortOrder(), SortOrder.get(sort.getText())));
        yScale.addListener(SWT.Selection, e -> set(P.getChartSpec_YScale(), AxisScale.get(yScale.getText())));
        percent.addListener(SWT.Selection, e -> set(P.getChartSpec_Percent(), percent.getSelection()));
        findingList.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                bind(P.getChartSpec_Findings(), findingList);
            }
        });
        segmentList.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                bind(P.getChartSpec_Segments(), segmentList);
            }
        });
        rows.addListener(SWT.Selection, e -> {
            if (e.detail == SWT.CHECK) {
                setQuery();
            }
        });
        level.addListener(SWT.Selection, e -> setQuery());
        level.addListener(SWT.DefaultSelection, e -> setQuery());
        level.addListener(SWT.FocusOut, e -> setQuery());
        columnsVar.addListener(SWT.Selection, e -> setQuery());
        preview.control().addListener(SWT.Resize, e -> redraw());
        Live.follow(control, editing, () -> {
            if (fillList()) { // a chart was added, removed or renamed (or that was undone)
                int index = chart == null ? -1 : editing.study().getCharts().indexOf(chart);
                if (index >= 0) {
                    charts.select(index);
                }
                select(index);
                return;
            }
            showProperties();
            redraw();
        });
        refreshKinds();
        if (!editing.study().getCharts().isEmpty()) {
            charts.select(0);
            select(0);
        }
    }

    public Composite control() {
        return control;
    }

    /** Lists the study's charts; returns whether the list changed. */
    private boolean fillList() {
        String[] items = editing.study().getCharts().stream().map(c -> StudyLabels.labelled(c.getLabel(), c.getName())).toArray(String[]::new);
        if (java.util.Arrays.equals(items, charts.getItems()) && (chart == null || editing.study().getCharts().contains(chart))) {
            return false;
        }
        charts.setItems(items);
        return true;
    }

    /** A new grouped-bar chart of all findings by segment, with the interval method and palette of the preferences. */
    private void addChart() {
        ChartSpec created = org.studybench.model.study.StudyFactory.eINSTANCE.createChartSpec();
        created.setId(org.studybench.model.io.Ids.newId());
        created.setName(StudyEditing.freshName("chart", editing.study().getCharts()));
        created.setKind("grouped-bar");
        created.setTitle("New chart");
        created.setPercent(true);
        created.setInterval(Preferences.interval());
        created.setPalette(Preferences.palette());
        chart = created;
        editing.add(editing.study(), P.getStudy_Charts(), created);
        status.setText("Added " + created.getName() + ": all findings by segment; change its properties here");
    }

    private void deleteChart() {
        if (chart != null && Deletion.confirmAndDelete(control.getShell(), editing, chart)) {
            chart = null;
        }
    }

    public ChartPreview preview() {
        return preview;
    }

    /** Lists the registry's chart kinds (built-in and plug-ins). */
    public void refreshKinds() {
        renderers = registry.chartRenderers().stream().sorted(java.util.Comparator.comparing(ChartRenderer::id)).toList();
        kind.removeAll();
        renderers.forEach(r -> kind.add(r.id()));
        showProperties();
    }

    private void select(int index) {
        chart = index < 0 ? null : editing.study().getCharts().get(index);
        showProperties();
        redraw();
    }

    private void showProperties() {
        boolean on = chart != null;
        for (org.eclipse.swt.widgets.Control c : List.of(title, subtitle, kind, interval, sort, yScale, percent, findingList, segmentList, rows, level,
                columnsVar)) {
            c.setEnabled(on);
        }
        if (!on) {
            return;
        }
        fillChecklist(findingList, editing.study().getFindings(), chart.getFindings());
        fillChecklist(segmentList, editing.study().getSegments(), chart.getSegments());
        showQuery();
        Fields.show(title, chart.getTitle());
        Fields.show(subtitle, chart.getSubtitle());
        kind.select(renderers.stream().map(ChartRenderer::id).toList().indexOf(chart.getKind()));
        interval.select(INTERVALS.indexOf(chart.getInterval() == null || chart.getInterval().isBlank() ? Defaults.INTERVAL_ID : chart.getInterval()));
        sort.select(chart.getSortOrder().getValue());
        yScale.select(chart.getYScale().getValue());
        percent.setSelection(chart.isPercent());
        showOptions();
    }

    /** The chart kind's own settings (declared by its renderer, a plug-in's too) as a form over the chart's properties. */
    private void showOptions() {
        List<org.studybench.core.ParameterSpec> declared = registry.chartRenderer(chart.getKind()).map(ChartRenderer::options).orElse(List.of());
        if (!declared.equals(shownOptions)) {
            options.show(declared);
            shownOptions = declared;
        }
        optionsGroup.setVisible(!declared.isEmpty());
        ((GridData) optionsGroup.getLayoutData()).exclude = declared.isEmpty();
        java.util.Map<String, String> values = new java.util.HashMap<>();
        chart.getProperties().forEach(p -> values.put(p.getName(), p.getValue()));
        options.setValues(values);
        optionsGroup.getParent().layout(true, true);
    }

    /** Writes the options form into the chart's properties (one undoable change); a default value is not stored. */
    private void setOptions() {
        if (chart == null) {
            return;
        }
        java.util.Map<String, String> typed = options.values();
        java.util.Map<String, String> wanted = new java.util.LinkedHashMap<>();
        for (org.studybench.core.ParameterSpec spec : shownOptions) {
            String value = typed.get(spec.name());
            if (value != null && !value.equals(spec.defaultValue())) {
                wanted.put(spec.name(), value);
            }
        }
        try {
            org.studybench.core.Arguments.parse(shownOptions, wanted);
        } catch (org.studybench.core.InputException e) {
            status.setText(e.getMessage()); // not written: the chart keeps what it had
            status.getParent().layout();
            return;
        }
        ChartSpec target = chart;
        boolean same = shownOptions.stream().allMatch(spec -> java.util.Objects.equals(wanted.get(spec.name()),
                target.getProperties().stream().filter(p -> spec.name().equals(p.getName())).map(org.studybench.model.study.Parameter::getValue).findFirst()
                        .orElse(null)));
        if (same) {
            return;
        }
        editing.change("Chart options", () -> {
            for (org.studybench.core.ParameterSpec spec : shownOptions) {
                target.getProperties().removeIf(p -> spec.name().equals(p.getName()));
                if (wanted.containsKey(spec.name())) {
                    org.studybench.model.study.Parameter p = org.studybench.model.study.StudyFactory.eINSTANCE.createParameter();
                    p.setName(spec.name());
                    p.setValue(wanted.get(spec.name()));
                    target.getProperties().add(p);
                }
            }
        });
    }

    /** The ticked items of a checklist become the chart's findings or segments (one undoable change). */
    private void bind(org.eclipse.emf.ecore.EReference feature, org.eclipse.swt.widgets.Table list) {
        if (chart == null) {
            return;
        }
        List<Object> ticked = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : list.getItems()) {
            if (item.getChecked()) {
                ticked.add(item.getData());
            }
        }
        ChartSpec target = chart;
        @SuppressWarnings("unchecked")
        List<Object> current = (List<Object>) target.eGet(feature);
        if (current.equals(ticked)) {
            return;
        }
        editing.change("Chart data", () -> {
            current.clear();
            current.addAll(ticked);
        });
    }

    /** The crosstab binding (chart properties rows, level, columns); blank removes a property. */
    private void setQuery() {
        if (chart == null) {
            return;
        }
        List<String> ticked = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.TableItem item : rows.getItems()) {
            if (item.getChecked()) {
                ticked.add((String) item.getData());
            }
        }
        int column = columnsVar.getSelectionIndex();
        String[][] wanted = { { "rows", String.join(",", ticked) }, { "level", code(level.getText().trim()) },
                { "columns", column <= 0 ? "" : offeredVariables().get(column - 1).getName() } };
        boolean same = true;
        for (String[] w : wanted) {
            same &= w[1].equals(property(w[0]));
        }
        if (same) {
            return;
        }
        ChartSpec target = chart;
        editing.change("Chart data query", () -> {
            for (String[] w : wanted) {
                target.getProperties().removeIf(p -> w[0].equals(p.getName()));
                if (!w[1].isEmpty()) {
                    org.studybench.model.study.Parameter p = org.studybench.model.study.StudyFactory.eINSTANCE.createParameter();
                    p.setName(w[0]);
                    p.setValue(w[1]);
                    target.getProperties().add(p);
                }
            }
        });
    }

    /** The chart's dataset's variables a crosstab can show (design variables and ids left out). */
    private List<org.studybench.model.study.Variable> offeredVariables() {
        org.studybench.model.study.Dataset d = chart == null ? null : org.studybench.model.lookup.Lookups.dataset(editing.study(), chart);
        List<org.studybench.model.study.Variable> out = new java.util.ArrayList<>();
        for (org.studybench.model.study.Variable v : d == null ? List.<org.studybench.model.study.Variable> of() : d.getVariables()) {
            switch (v.getRole()) {
                case WEIGHT, CLUSTER, STRATA, ID -> {
                }
                default -> out.add(v);
            }
        }
        return out;
    }

    /** The crosstab binding as the chart has it: its questions ticked, the level, the breakdown; labels shown, names stored. */
    private void showQuery() {
        List<org.studybench.model.study.Variable> variables = offeredVariables();
        List<String> chosen = java.util.Arrays.stream(property("rows").split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
        boolean same = rows.getItemCount() == variables.size();
        for (int i = 0; same && i < variables.size(); i++) {
            same = variables.get(i).getName().equals(rows.getItem(i).getData())
                    && rows.getItem(i).getText().equals(StudyLabels.labelled(variables.get(i).getLabel(), variables.get(i).getName()));
        }
        if (!same) {
            rows.removeAll();
            for (org.studybench.model.study.Variable v : variables) {
                org.eclipse.swt.widgets.TableItem item = new org.eclipse.swt.widgets.TableItem(rows, SWT.NONE);
                item.setText(StudyLabels.labelled(v.getLabel(), v.getName()));
                item.setData(v.getName());
            }
        }
        for (org.eclipse.swt.widgets.TableItem item : rows.getItems()) {
            item.setChecked(chosen.contains(item.getData()));
        }
        List<String> breakdowns = new java.util.ArrayList<>(List.of("(segments or none)"));
        variables.forEach(v -> breakdowns.add(StudyLabels.labelled(v.getLabel(), v.getName())));
        if (!java.util.Arrays.asList(columnsVar.getItems()).equals(breakdowns)) {
            columnsVar.setItems(breakdowns.toArray(String[]::new));
        }
        String columns = property("columns");
        int index = 0;
        for (int i = 0; i < variables.size(); i++) {
            if (variables.get(i).getName().equals(columns)) {
                index = i + 1;
            }
        }
        columnsVar.select(index);
        // the levels offered: the value labels of the first question ticked
        List<String> levels = new java.util.ArrayList<>();
        variables.stream().filter(v -> !chosen.isEmpty() && v.getName().equals(chosen.get(0))).findFirst()
                .ifPresent(v -> v.getValueLabels().forEach(l -> levels.add(StudyLabels.labelled(l.getLabel(), l.getValue()))));
        if (!java.util.Arrays.asList(level.getItems()).equals(levels)) {
            level.setItems(levels.toArray(String[]::new));
        }
        String code = property("level");
        String shown = levels.stream().filter(l -> code.equals(code(l))).findFirst().orElse(code);
        if (!level.getText().equals(shown)) {
            level.setText(shown);
        }
    }

    /** The stored value of a level as the drop-down shows it ("Yes  [yes]" → "yes"), or the text as typed. */
    private static String code(String shown) {
        int open = shown.lastIndexOf("  [");
        return open >= 0 && shown.endsWith("]") ? shown.substring(open + 3, shown.length() - 1) : shown;
    }

    private String property(String name) {
        return chart.getProperties().stream().filter(p -> name.equals(p.getName())).map(p -> p.getValue() == null ? "" : p.getValue()).findFirst()
                .orElse("");
    }

    private static org.eclipse.swt.widgets.Table checklist(Composite parent, String id) {
        org.eclipse.swt.widgets.Table table = new org.eclipse.swt.widgets.Table(parent, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
        table.setData(Ids.KEY, id);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
        data.heightHint = 90;
        data.widthHint = 120;
        table.setLayoutData(data);
        return table;
    }

    private void set(EAttribute feature, Object value) {
        if (chart != null) {
            editing.set(chart, feature, value);
        }
    }

    private void redraw() {
        if (chart != null) {
            preview.show(editing.study(), chart, renderer().orElse(null));
        }
    }

    private Optional<ChartRenderer> renderer() {
        return chart == null ? Optional.empty() : registry.chartRenderer(chart.getKind());
    }

    private void export(String format) {
        Optional<ChartRenderer> renderer = renderer();
        if (renderer.isEmpty()) {
            status.setText("No chart, or no renderer for its kind, to export");
            return;
        }
        FileDialog dialog = new FileDialog(control.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format });
        dialog.setFileName(chart.getName() + "." + format);
        dialog.setOverwrite(true);
        String target = dialog.open();
        if (target == null) {
            return;
        }
        try {
            exportTo(Path.of(target), format, renderer.get());
            status.setText("Wrote " + target);
        } catch (IOException | InputException e) {
            status.setText("Could not write " + target + ": " + e.getMessage());
        }
        status.getParent().layout();
    }

    /** Writes the selected chart to {@code target} (atomically), as the CLI's chart command does. */
    public void exportTo(Path target, String format, ChartRenderer renderer) throws IOException, InputException {
        try {
            AtomicFiles.write(target, out -> {
                try {
                    renderer.render(editing.study(), chart, format, format.equals("png") ? 144 : 96, out);
                } catch (InputException e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            throw e;
        }
    }

    private static void fillChecklist(org.eclipse.swt.widgets.Table list, List<? extends org.studybench.model.study.Named> all, List<?> ticked) {
        boolean same = list.getItemCount() == all.size();
        for (int i = 0; same && i < all.size(); i++) {
            same = list.getItem(i).getData() == all.get(i) && list.getItem(i).getText().equals(StudyLabels.labelled(all.get(i).getLabel(), all.get(i).getName()));
        }
        if (!same) {
            list.removeAll();
            for (org.studybench.model.study.Named n : all) {
                org.eclipse.swt.widgets.TableItem item = new org.eclipse.swt.widgets.TableItem(list, SWT.NONE);
                item.setText(StudyLabels.labelled(n.getLabel(), n.getName()));
                item.setData(n);
            }
        }
        for (org.eclipse.swt.widgets.TableItem item : list.getItems()) {
            item.setChecked(ticked.contains(item.getData()));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
