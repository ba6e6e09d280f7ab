package org.studybench.ui.parts;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.studybench.banner.TableWorkflow;
import org.studybench.core.DatasetService;
import org.studybench.data.engine.DatasetRows;
import org.studybench.core.Problem;
import org.studybench.core.Registry;
import org.studybench.core.StudyService;
import org.studybench.core.workflow.ReportWorkflow;
import org.studybench.model.study.Dataset;
import org.studybench.model.study.Named;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.editor.ChartsPage;
import org.studybench.ui.editor.ComparisonsPage;
import org.studybench.ui.editor.TableBuilderPage;
import org.studybench.ui.editor.DictionaryPage;
import org.studybench.ui.editor.ElementsPage;
import org.studybench.ui.editor.FindingsPage;
import org.studybench.ui.editor.Ids;
import org.studybench.ui.editor.OverviewPage;
import org.studybench.ui.editor.PropertyForm;
import org.studybench.ui.editor.SegmentsPage;
import org.studybench.ui.editor.StudyChoices;
import org.studybench.ui.editor.StudyImages;
import org.studybench.ui.editor.TableLook;
import org.studybench.ui.pages.StudyEditorContext;
import org.studybench.ui.pages.StudyEditorPage;

/**
 * StudyBench's own pages of the study editor, contributed as {@link StudyEditorPage} services like a
 * plug-in's: the editor knows none of them by name. They reach the editor's undo stack through
 * {@link EditorPages#editing}; a page other parts act on (the outline reveals elements, the findings
 * page adds one, the comparisons page runs them) is kept with {@link EditorPages#keep}.
 */
public final class BuiltInPages {

    private BuiltInPages() {
    }

    /** Title, description and sources. */
    @Component(service = StudyEditorPage.class)
    public static final class Overview extends Page {
        public Overview() {
            super(OVERVIEW_ID, "Study", OVERVIEW, "study"); // the study itself; short, so that every tab fits
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return new OverviewPage(parent, EditorPages.editing(context)).control();
        }
    }

    /** The whole study as a tree, with the selected element's properties. */
    @Component(service = StudyEditorPage.class)
    public static final class Outline extends Page {
        public static final String TREE_ID = "studybench.editor.outline", PROPERTIES_ID = "studybench.editor.properties";

        @Reference
        Registry registry;

        public Outline() {
            super(OUTLINE_ID, "Outline", OUTLINE, StudyImages.OUTLINE);
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            Study study = context.study();
            SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
            TreeViewer outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            outline.getTree().setData(Ids.KEY, TREE_ID);
            outline.setContentProvider(new StudyTree.OutlineContent());
            outline.setLabelProvider(new StudyTree.Labels());
            outline.setInput(study);
            PropertyForm properties = new PropertyForm(sash, EditorPages.editing(context), PROPERTIES_ID, new StudyChoices(study, registry), f -> true);
            sash.setWeights(45, 55);
            outline.addSelectionChangedListener(e -> properties.bind(
                    ((IStructuredSelection) e.getSelection()).getFirstElement() instanceof EObject element ? element : study));
            outline.addDoubleClickListener(e -> {
                if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof Dataset dataset) {
                    context.openData(dataset);
                }
            });
            properties.bind(study);
            context.follow(outline.getControl(), outline::refresh);
            EditorPages.keep(context, new Revealer(outline, study));
            return sash;
        }
    }

    /** Selects an element in the outline, its group expanded. */
    record Revealer(TreeViewer outline, Study study) {
        void reveal(EObject element) {
            for (StudyTree.Group g : StudyTree.groups(study)) {
                if (g.children().contains(element)) {
                    outline.expandToLevel(g, 1);
                }
            }
            outline.setSelection(new StructuredSelection(element), true);
        }
    }

    /** Instruments with their questions and options, and each dataset's multiple-response sets. */
    @Component(service = StudyEditorPage.class)
    public static final class Instrument extends Page {
        public static final String TREE_PREFIX = "studybench.editor.instrument";

        @Reference
        Registry registry;

        public Instrument() {
            super(INSTRUMENT_ID, "Instrument", INSTRUMENT, "instrument");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            StudyPackage p = StudyPackage.eINSTANCE;
            return new ElementsPage(parent, EditorPages.editing(context), TREE_PREFIX, s -> {
                List<EObject> roots = new java.util.ArrayList<>(s.getInstruments());
                roots.addAll(s.getDatasets());
                return roots;
            }, Set.of(p.getInstrument_Questions(), p.getQuestion_Options(), p.getDataset_MultipleResponseSets()),
                    List.of(p.getStudy_Instruments(), p.getInstrument_Questions(), p.getQuestion_Options(), p.getDataset_MultipleResponseSets()),
                    new StudyChoices(context.study(), registry)).control();
        }
    }

    /** The variables of each dataset: labels, roles, value labels. */
    @Component(service = StudyEditorPage.class)
    public static final class Dictionary extends Page {
        public Dictionary() {
            super(DICTIONARY_ID, "Dictionary", DICTIONARY, "variable");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return new DictionaryPage(parent, EditorPages.editing(context)).control();
        }
    }

    /** Segments with their filter editor and counts. */
    @Component(service = StudyEditorPage.class)
    public static final class Segments extends Page {
        @Reference
        DatasetService datasets;

        public Segments() {
            super(SEGMENTS_ID, "Segments", SEGMENTS, "segment");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return new SegmentsPage(parent, EditorPages.editing(context), context.studyFile(), datasets).control();
        }
    }

    /** The findings table, published and computed. */
    @Component(service = StudyEditorPage.class)
    public static final class Findings extends Page {
        @Reference
        Registry registry;
        @Reference
        DatasetRows datasets;

        public Findings() {
            super(FINDINGS_ID, "Findings", FINDINGS, "finding");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return EditorPages.keep(context, new FindingsPage(parent, EditorPages.editing(context), new StudyChoices(context.study(), registry),
                    context.studyFile(), datasets)).control();
        }
    }

    /** Comparisons with their generated parameter forms. */
    @Component(service = StudyEditorPage.class)
    public static final class Comparisons extends Page {
        @Reference
        Registry registry;

        public Comparisons() {
            super(COMPARISONS_ID, "Comparisons", COMPARISONS, "comparison");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return EditorPages.keep(context, new ComparisonsPage(parent, EditorPages.editing(context), registry)).control();
        }
    }

    /** The table builder: crosstabs and banners of the data, saved as tables of the study and added to reports. */
    @Component(service = StudyEditorPage.class)
    public static final class Tables extends Page {
        @Reference
        TableWorkflow tables;

        public Tables() {
            super(CROSSTAB_ID, "Tables", CROSSTAB, "table");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return new TableBuilderPage(parent, EditorPages.editing(context), context.studyFile(), tables).control();
        }
    }

    /** The chart editor with its live preview. */
    @Component(service = StudyEditorPage.class)
    public static final class Charts extends Page {
        @Reference
        Registry registry;

        public Charts() {
            super(CHARTS_ID, "Charts", CHARTS, "chart");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            return EditorPages.keep(context, new ChartsPage(parent, EditorPages.editing(context), registry)).control();
        }
    }

    /** The study's reports and their sections, in order; the selected report can be generated from here. */
    @Component(service = StudyEditorPage.class)
    public static final class Report extends Page {
        public static final String TREE_PREFIX = "studybench.editor.report";

        @Reference
        Registry registry;
        @Reference
        ReportWorkflow reports;

        public Report() {
            super(REPORT_ID, "Report", REPORT, "report");
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            StudyPackage p = StudyPackage.eINSTANCE;
            ElementsPage page = new ElementsPage(parent, EditorPages.editing(context), TREE_PREFIX, Study::getReports, Set.of(p.getReportSpec_Sections()),
                    List.of(p.getStudy_Reports(), p.getReportSpec_Sections()), new StudyChoices(context.study(), registry));
            page.action("Generate", TREE_PREFIX + ".generate", selected -> {
                EObject report = selected;
                while (report != null && !(report instanceof ReportSpec)) {
                    report = report.eContainer();
                }
                ReportJob.start(EditorPages.editor(context), reports, true, report == null ? null : ((Named) report).getName(), written -> {
                });
            });
            return page.control();
        }
    }

    /** The validation problems; a double-click shows the element in the outline. */
    @Component(service = StudyEditorPage.class)
    public static final class Problems extends Page {
        public static final String TABLE_ID = "studybench.editor.problems";

        @Reference
        StudyService studies;

        public Problems() {
            super(PROBLEMS_ID, "Problems", PROBLEMS, StudyImages.PROBLEMS);
        }

        @Override
        public Control create(Composite parent, StudyEditorContext context) {
            Composite box = new Composite(parent, SWT.NONE);
            box.setLayout(new FillLayout());
            Table problems = new Table(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
            problems.setData(Ids.KEY, TABLE_ID);
            problems.setHeaderVisible(true);
            new TableColumn(problems, SWT.NONE).setText("Severity");
            new TableColumn(problems, SWT.NONE).setText("Problem");
            TableLook.apply(problems, 1);
            problems.addListener(SWT.DefaultSelection, e -> {
                if (e.item != null && e.item.getData() instanceof EObject element) {
                    context.reveal(element);
                }
            });
            Runnable refresh = () -> {
                List<Problem> found = studies.validate(context.study());
                problems.removeAll();
                for (Problem p : found) {
                    TableItem item = new TableItem(problems, SWT.NONE);
                    item.setText(new String[] { p.severity().name().toLowerCase(Locale.ROOT), p.message() });
                    item.setData(p.element());
                }
                TableLook.fit(problems);
                long errors = found.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
                // whether there are errors in the icon, the count in the tooltip: the label stays short, so every tab fits
                context.setLabel("Problems");
                EditorPages.decorate(context, found.isEmpty() ? StudyImages.OK : errors > 0 ? StudyImages.ERROR : StudyImages.PROBLEMS, found.isEmpty() ? "No problems"
                        : found.size() + (found.size() == 1 ? " problem" : " problems") + (errors > 0 ? ", " + errors + (errors == 1 ? " error" : " errors") : ", no errors"));
            };
            context.follow(problems, refresh);
            refresh.run();
            return box;
        }
    }

    /** What every built-in page shares: its id, label, position and icon. */
    abstract static class Page implements StudyEditorPage {
        private final String id;
        private final String label;
        private final int position;
        private final String icon;

        /** {@code icon}: the {@link StudyImages} name of the tab's icon (the type of element the page is about). */
        Page(String id, String label, int position, String icon) {
            this.id = id;
            this.label = label;
            this.position = position;
            this.icon = icon;
        }

        @Override
        public java.net.URL icon() {
            return StudyImages.url(icon);
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public int position() {
            return position;
        }
    }
}
