package org.studybench.ui.importer;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
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
import org.studybench.core.Importer;
import org.studybench.core.InputException;
import org.studybench.core.Registry;
import org.studybench.core.workflow.ImportWorkflow;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.model.study.Variable;
import org.studybench.ui.editor.Ids;
import org.studybench.ui.editor.TableLook;
import org.studybench.ui.editor.MonitorProgress;
import org.studybench.ui.editor.ParameterForm;
import org.studybench.ui.editor.StudyEditing;

/**
 * Imports a data file into the open study: choose the file (format by extension or chosen, the
 * importer's own options as a generated form), see the dictionary the importer infers and the first
 * rows, name the design variables, then import with a progress bar and Cancel. Any importer in the
 * registry, a plug-in's too, works here without GUI code of its own. The import writes the Parquet
 * file next to the study; the new dataset joins the study as one undoable change, saved with it.
 * Or choose a table (or query) of an external SQL engine by its JDBC URL: the preview and the import
 * are the command line's ({@code studybench import URL --study S}); the rows stay in the engine and
 * the study records the URL, never a password. Errors are the importer's or the engine's one-line
 * message, shown in the wizard; what was typed stays.
 */
public final class ImportWizard extends Wizard {

    public static final String FILE_ID = "studybench.import.file";
    public static final String FROM_FILE_ID = "studybench.import.from-file";
    public static final String FROM_ENGINE_ID = "studybench.import.from-engine";
    public static final String URL_ID = "studybench.import.url";
    public static final String TABLE_ID = "studybench.import.table";
    public static final String QUERY_ID = "studybench.import.query";
    public static final String FORMAT_ID = "studybench.import.format";
    public static final String NAME_ID = "studybench.import.name";
    public static final String DICTIONARY_ID = "studybench.import.dictionary";
    public static final String ROWS_ID = "studybench.import.rows";
    public static final String DETECTED_ID = "studybench.import.detected";
    public static final String WEIGHT_ID = "studybench.import.weight";
    public static final String CLUSTER_ID = "studybench.import.cluster";
    public static final String STRATA_ID = "studybench.import.strata";

    private final StudyEditing editing;
    private final Path studyFile;
    private final Registry registry;
    private final ImportWorkflow imports;
    private final FilePage filePage = new FilePage();
    private final PreviewPage previewPage = new PreviewPage();
    private final DesignPage designPage = new DesignPage();
    private Importer.Preview preview;

    public ImportWizard(StudyEditing editing, Path studyFile, Registry registry, ImportWorkflow imports) {
        this.editing = editing;
        this.studyFile = studyFile;
        this.registry = registry;
        this.imports = imports;
        setWindowTitle("Import Data");
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(previewPage);
        addPage(designPage);
    }

    @Override
    public boolean canFinish() {
        return preview != null && getContainer().getCurrentPage() != filePage;
    }

    @Override
    public boolean performFinish() {
        if (preview == null) {
            return false;
        }
        String name = filePage.datasetName();
        ImportWorkflow.Roles roles = new ImportWorkflow.Roles(designPage.chosen(designPage.weight), designPage.chosen(designPage.cluster),
                designPage.chosen(designPage.strata));
        if (filePage.fromEngine()) {
            String url = filePage.url();
            return finish("Reading the table's columns", (copy, monitor) -> imports.importTable(copy, studyFile, new ImportWorkflow.TableRequest(url, name, roles)));
        }
        Importer importer = filePage.importer().orElse(null);
        if (importer == null) {
            return false;
        }
        Path file = filePage.file();
        Map<String, String> options = filePage.options.values();
        return finish("Importing " + file.getFileName(), (copy, monitor) -> imports.importInto(copy, studyFile,
                new ImportWorkflow.Request(file, importer.id(), options, name, roles), MonitorProgress.of(monitor, 1000)));
    }

    /** An import into a copy of the study, in the wizard's progress area. */
    private interface Import {
        ImportWorkflow.Imported into(Study copy, IProgressMonitor monitor) throws InputException;
    }

    /**
     * Runs {@code work} as the CLI's import does, on a copy of the study; only the finished dataset joins
     * the editor's study, as one undoable change. An error stays in the wizard, which stays open.
     */
    private boolean finish(String task, Import work) {
        Study copy = editing.detachedCopy(studyFile);
        ImportWorkflow.Imported[] imported = new ImportWorkflow.Imported[1];
        try {
            getContainer().run(true, true, monitor -> {
                monitor.beginTask(task, 1000);
                try {
                    imported[0] = work.into(copy, monitor);
                } catch (InputException e) {
                    throw new InvocationTargetException(e);
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            designPage.setErrorMessage(cause instanceof InputException ? cause.getMessage() : "internal error: " + cause);
            return false;
        } catch (InterruptedException e) {
            designPage.setErrorMessage("Cancelled; nothing was imported");
            return false;
        }
        Dataset dataset = imported[0].dataset();
        if (!imported[0].warnings().isEmpty()) {
            MessageDialog.openWarning(getShell(), "Import Data", "Imported with warnings:\n" + String.join("\n", imported[0].warnings()));
        }
        copy.getDatasets().remove(dataset);
        editing.add(editing.study(), StudyPackage.eINSTANCE.getStudy_Datasets(), dataset);
        return true;
    }

    /** Step 1: the file, its format and the importer's options; or an engine's table. */
    private final class FilePage extends WizardPage {
        private Button fromFile;
        private Button fromEngine;
        private Text file;
        private Button browse;
        private Text url;
        private Text table;
        private Text query;
        private Combo format;
        private Text name;
        private ParameterForm options;
        private List<Importer> importers = List.of();

        FilePage() {
            super("file", "Choose a data file or a database table", null);
            setDescription("CSV (Qualtrics, SurveyMonkey), XLSX, SPSS .sav, or any format a plug-in adds; or a table whose rows stay in its database");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(3, false));
            fromFile = new Button(page, SWT.RADIO);
            fromFile.setText("A data file, copied into the study's data folder");
            fromFile.setData(Ids.KEY, FROM_FILE_ID);
            fromFile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            fromFile.setSelection(true);
            new Label(page, SWT.NONE).setText("File");
            file = new Text(page, SWT.BORDER);
            file.setData(Ids.KEY, FILE_ID);
            file.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            browse = new Button(page, SWT.PUSH);
            browse.setText("Browse...");
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            new Label(page, SWT.NONE).setText("Format");
            format = new Combo(page, SWT.READ_ONLY);
            format.setData(Ids.KEY, FORMAT_ID);
            format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            importers = registry.importers().stream().sorted(java.util.Comparator.comparing(Importer::id)).toList();
            format.add("(by file extension)");
            importers.forEach(i -> format.add(i.label() + " (" + i.id() + ")"));
            format.select(0);
            fromEngine = new Button(page, SWT.RADIO);
            fromEngine.setText("A table in a database, whose rows stay there (the study records its URL, never a password)");
            fromEngine.setData(Ids.KEY, FROM_ENGINE_ID);
            fromEngine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
            url = engineField(page, "Database URL", URL_ID, SWT.SINGLE);
            url.setMessage("jdbc:postgresql://HOST:PORT/DATABASE (the password from PGPASSWORD or ~/.pgpass)");
            table = engineField(page, "Table", TABLE_ID, SWT.SINGLE);
            table.setMessage("TABLE or SCHEMA.TABLE (names are case-sensitive)");
            query = engineField(page, "or a query", QUERY_ID, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            query.setMessage("SELECT ... (read-only)");
            ((GridData) query.getLayoutData()).heightHint = 40;
            new Label(page, SWT.NONE).setText("Dataset name");
            name = new Text(page, SWT.BORDER);
            name.setData(Ids.KEY, NAME_ID);
            name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            Label optionsLabel = new Label(page, SWT.NONE);
            optionsLabel.setText("Options");
            optionsLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Composite holder = new Composite(page, SWT.NONE);
            holder.setLayout(new GridLayout(1, false));
            holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
            options = new ParameterForm(holder);
            file.addListener(SWT.Modify, e -> changed(true));
            format.addListener(SWT.Selection, e -> changed(false));
            name.addListener(SWT.Modify, e -> validate());
            fromFile.addListener(SWT.Selection, e -> switched());
            fromEngine.addListener(SWT.Selection, e -> switched());
            for (Text t : List.of(url, table, query)) {
                t.addListener(SWT.Modify, e -> tableChanged());
            }
            setControl(page);
            switched();
        }

        private Text engineField(Composite page, String label, String id, int style) {
            new Label(page, SWT.NONE).setText(label);
            Text text = new Text(page, SWT.BORDER | style);
            text.setData(Ids.KEY, id);
            text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            return text;
        }

        /** A file or a table: only the chosen one's fields can be edited; what was typed in the other stays. */
        private void switched() {
            boolean engine = fromEngine();
            for (org.eclipse.swt.widgets.Control c : List.of(file, browse, format)) {
                c.setEnabled(!engine);
            }
            options.control().setEnabled(!engine);
            for (Text t : List.of(url, table, query)) {
                t.setEnabled(engine);
            }
            if (engine) {
                preview = null;
                previewPage.clear();
                validate();
            } else {
                changed(false);
            }
        }

        boolean fromEngine() {
            return fromEngine.getSelection();
        }

        /** The JDBC URL: the typed URL with the table (or query) as its parameter, unless the URL names one itself. */
        String url() {
            String base = url.getText().trim();
            String t = table.getText().trim();
            String q = query.getText().trim();
            String parameter = !t.isEmpty() ? "table=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                    : !q.isEmpty() ? "query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") : null;
            return parameter == null ? base : base + (base.contains("?") ? "&" : "?") + parameter;
        }

        private void tableChanged() {
            if (fromEngine() && !url.getText().isBlank()) {
                name.setText(imports.defaultTableName(url()));
            }
            preview = null;
            previewPage.clear();
            validate();
        }

        private void changed(boolean fileChanged) {
            Optional<Importer> importer = importer();
            options.show(importer.map(Importer::options).orElse(List.of()));
            String fileName = fileName();
            if (fileChanged && !fileName.isEmpty()) {
                name.setText(imports.defaultName(file()));
            }
            preview = null;
            previewPage.clear(); // the next page shows this file's preview or its error, never the last file's
            validate();
        }

        private void validate() {
            String problem = fromEngine() ? tableProblem() : fileProblem();
            if (problem == null && !name.getText().matches("[A-Za-z][A-Za-z0-9_-]*")) {
                problem = "Dataset name: letters, digits, '_' and '-', starting with a letter";
            } else if (problem == null && editing.study().getDatasets().stream().anyMatch(d -> d.getName().equals(name.getText()))) {
                problem = "The study has a dataset named '" + name.getText() + "' already";
            }
            setErrorMessage(problem);
            setPageComplete(problem == null);
        }

        /** What keeps the typed table from being previewed, in the user's words; null when nothing does. */
        private String tableProblem() {
            String base = url.getText().trim();
            boolean named = base.matches(".*[?&;](table|query)=.*");
            if (base.isEmpty()) {
                return "Enter the database's JDBC URL, e.g. jdbc:postgresql://localhost:5432/survey";
            } else if (!base.startsWith("jdbc:")) {
                return "The database URL starts with jdbc:, e.g. jdbc:postgresql://localhost:5432/survey";
            } else if (!org.studybench.data.engine.DatasetRows.withoutPassword(base).equals(base)) {
                return "The URL carries a password, which the study would record; remove it and give it outside the study (for PostgreSQL: PGPASSWORD or ~/.pgpass)";
            } else if (!table.getText().isBlank() && !query.getText().isBlank()) {
                return "Give a table or a query, not both";
            } else if (!named && table.getText().isBlank() && query.getText().isBlank()) {
                return "Enter the table (or a query)";
            } else if (named && !(table.getText().isBlank() && query.getText().isBlank())) {
                return "The URL names its table (or query) already; leave Table and query empty, or remove it from the URL";
            }
            return null;
        }

        /** What keeps the typed file from being previewed, in the user's words; null when nothing does. */
        private String fileProblem() {
            String problem = null;
            if (file.getText().isBlank()) {
                problem = "Choose the file to import";
            } else if (file() == null || !Files.isRegularFile(file())) {
                problem = file.getText() + ": no such file";
            } else if (importer().isEmpty()) {
                problem = fileName() + ": no importer reads ." + extension() + " files; choose the format";
            }
            return problem;
        }

        /** The typed file, or null while what is typed is no path ("\0", or an unfinished name on some systems). */
        Path file() {
            try {
                return Path.of(file.getText().trim());
            } catch (java.nio.file.InvalidPathException e) {
                return null;
            }
        }

        /** The typed file's name; empty while there is none yet ("/", "" or a folder ending in a separator). */
        private String fileName() {
            Path f = file();
            return f == null || f.getFileName() == null ? "" : f.getFileName().toString();
        }

        String datasetName() {
            return name.getText().trim();
        }

        private String extension() {
            String f = fileName();
            int dot = f.lastIndexOf('.');
            return dot < 0 ? "" : f.substring(dot + 1).toLowerCase(Locale.ROOT);
        }

        Optional<Importer> importer() {
            if (format.getSelectionIndex() > 0) {
                return Optional.of(importers.get(format.getSelectionIndex() - 1));
            }
            if (file.getText().isBlank()) {
                return Optional.empty();
            }
            Path f = file();
            try {
                return f == null || fileName().isEmpty() ? Optional.empty() : Optional.of(imports.importerFor(f, null));
            } catch (InputException e) {
                return Optional.empty(); // validate() says so in the page's words
            }
        }
    }

    /** Step 2: what the importer makes of the file. */
    private final class PreviewPage extends WizardPage {
        private Label detected;
        private Table dictionary;
        private Table rows;

        PreviewPage() {
            super("preview", "Preview", null);
            setDescription("The dictionary the importer infers and the first rows; nothing is imported yet");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(1, false));
            detected = new Label(page, SWT.WRAP);
            detected.setData(Ids.KEY, DETECTED_ID);
            detected.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            dictionary = table(page, DICTIONARY_ID, 150);
            for (String c : List.of("Variable", "Type", "Measure", "Label", "Value labels", "Missing")) {
                new TableColumn(dictionary, SWT.NONE).setText(c);
            }
            TableLook.apply(dictionary, 3); // the label takes the spare width
            rows = table(page, ROWS_ID, 130);
            TableLook.apply(rows, -1);
            setControl(page);
        }

        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible) {
                load();
            }
        }

        /** Empties the page, so that nothing of a file chosen before shows while another is read. */
        void clear() {
            if (detected == null) {
                return; // not created yet
            }
            detected.setText("");
            dictionary.removeAll();
            rows.removeAll();
            for (TableColumn c : rows.getColumns()) {
                c.dispose();
            }
        }

        private void load() {
            clear();
            Importer importer = filePage.importer().orElse(null);
            boolean engine = filePage.fromEngine();
            if (importer == null && !engine) {
                return;
            }
            Path file = engine ? null : filePage.file();
            String url = engine ? filePage.url() : null;
            Map<String, String> options = filePage.options.values();
            Importer.Preview[] result = new Importer.Preview[1];
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask(engine ? "Reading the table's columns and first rows" : "Reading the start of " + file.getFileName(), IProgressMonitor.UNKNOWN);
                    try {
                        result[0] = engine ? imports.previewTable(url, 20) : imports.preview(file, importer.id(), options, 20);
                    } catch (InputException e) {
                        throw new InvocationTargetException(e);
                    } finally {
                        monitor.done();
                    }
                });
            } catch (InvocationTargetException e) {
                preview = null;
                setErrorMessage(e.getCause() instanceof InputException ? e.getCause().getMessage() : "internal error: " + e.getCause());
                setPageComplete(false);
                return;
            } catch (InterruptedException e) {
                setErrorMessage("Preview cancelled");
                setPageComplete(false);
                return;
            }
            preview = result[0];
            setErrorMessage(null);
            setPageComplete(true);
            show();
            designPage.variables(preview.dictionary());
            getContainer().updateButtons();
        }

        private void show() {
            List<String> facts = new ArrayList<>();
            preview.detected().forEach((k, v) -> facts.add(k + ": " + v));
            detected.setText((facts.isEmpty() ? "" : String.join(" · ", facts) + " · ") + preview.dictionary().size() + " variables"
                    + (preview.estimatedRows() >= 0 ? ", about " + String.format("%,d", preview.estimatedRows()) + " rows" : ""));
            dictionary.removeAll();
            for (Variable v : preview.dictionary()) {
                TableItem item = new TableItem(dictionary, SWT.NONE);
                item.setText(new String[] { v.getName(), v.getType().getLiteral(), v.getMeasureLevel().getLiteral(), v.getLabel() == null ? "" : v.getLabel(),
                        v.getValueLabels().isEmpty() ? "" : Integer.toString(v.getValueLabels().size()), String.join(", ", v.getMissingValues()) });
            }
            for (TableColumn c : rows.getColumns()) {
                c.dispose();
            }
            rows.removeAll();
            preview.dictionary().forEach(v -> new TableColumn(rows, SWT.NONE).setText(v.getName()));
            for (List<Object> row : preview.rows()) {
                TableItem item = new TableItem(rows, SWT.NONE);
                for (int i = 0; i < row.size() && i < preview.dictionary().size(); i++) {
                    item.setText(i, row.get(i) == null ? "" : row.get(i).toString());
                }
            }
            TableLook.fit(dictionary);
            TableLook.fit(rows);
            ((Composite) getControl()).layout(true, true);
        }

        private Table table(Composite page, String id, int height) {
            Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL);
            table.setData(Ids.KEY, id);
            table.setHeaderVisible(true);
            table.setLinesVisible(true);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = height;
            data.widthHint = 640;
            table.setLayoutData(data);
            return table;
        }
    }

    /** Step 3: the design variables. */
    private final class DesignPage extends WizardPage {
        private Combo weight;
        private Combo cluster;
        private Combo strata;

        DesignPage() {
            super("design", "Sample design", null);
            setDescription("Which variables hold the survey weight, the clusters (PSUs) and the strata; leave empty for none");
        }

        @Override
        public void createControl(Composite parent) {
            Composite page = new Composite(parent, SWT.NONE);
            page.setLayout(new GridLayout(2, false));
            weight = org.studybench.ui.editor.Fields.combo(page, "Weight", WEIGHT_ID);
            cluster = org.studybench.ui.editor.Fields.combo(page, "Cluster", CLUSTER_ID);
            strata = org.studybench.ui.editor.Fields.combo(page, "Strata", STRATA_ID);
            setControl(page);
        }

        /** The variables offered, in the drop-downs' order after the empty "none". */
        private List<String> names = List.of();

        void variables(List<Variable> dictionary) {
            names = dictionary.stream().map(Variable::getName).toList();
            for (Combo c : List.of(weight, cluster, strata)) {
                c.removeAll();
                c.add("");
                dictionary.forEach(v -> c.add(org.studybench.ui.editor.StudyLabels.labelled(v.getLabel(), v.getName()))); // "Final weight  [pw]"
                c.select(0);
            }
        }

        /** The name of the variable chosen in {@code combo}; empty for none. */
        String chosen(Combo combo) {
            int i = combo.getSelectionIndex();
            return i <= 0 || i > names.size() ? "" : names.get(i - 1);
        }
    }
}
