package org.example.studybench.lollipop.ui;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.service.component.annotations.Component;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Parameter;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.pages.StudyEditorContext;
import org.studybench.ui.pages.StudyEditorPage;

/**
 * A page of the study editor for the example chart kind: the study's lollipop charts with their dot
 * size, which can be set here for the selected chart. It follows the study (a chart added or changed on
 * the Charts page shows at once) and changes it through the editor's command stack (undo works).
 */
@Component(service = StudyEditorPage.class)
public class LollipopChartsPage implements StudyEditorPage {

    /** Widget ids, for tests. */
    public static final String TABLE_ID = "org.example.lollipop.page.table";
    public static final String SIZE_ID = "org.example.lollipop.page.size";
    public static final String APPLY_ID = "org.example.lollipop.page.apply";

    private static final String DOT_SIZE = "dot-size";

    @Override
    public String id() {
        return "org.example.lollipop.page";
    }

    @Override
    public String label() {
        return "Lollipops";
    }

    /** Drawn by icons/make-icon.sh. */
    @Override
    public java.net.URL icon() {
        return getClass().getResource("/icons/lollipop.png");
    }

    @Override
    public int position() {
        return StudyEditorPage.CHARTS + 50; // right after the Charts page
    }

    @Override
    public Control create(Composite parent, StudyEditorContext context) {
        Composite page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(3, false));
        Table table = new Table(page, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        table.setData("studybench.id", TABLE_ID);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        for (String title : List.of("Chart", "Findings", "Dot size (px)")) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText(title);
            column.setWidth(title.equals("Chart") ? 240 : 120);
        }
        new Label(page, SWT.NONE).setText("Dot size of the selected chart");
        Spinner size = new Spinner(page, SWT.BORDER);
        size.setData("studybench.id", SIZE_ID);
        size.setValues(10, 1, 40, 0, 1, 5);
        Button apply = new Button(page, SWT.PUSH);
        apply.setData("studybench.id", APPLY_ID);
        apply.setText("Set");
        apply.addListener(SWT.Selection, e -> {
            int row = table.getSelectionIndex();
            if (row >= 0) {
                context.execute(dotSize(context, lollipops(context).get(row), size.getSelection()));
            }
        });
        Runnable fill = () -> {
            int selected = table.getSelectionIndex();
            table.removeAll();
            for (ChartSpec chart : lollipops(context)) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { chart.getName(), Integer.toString(chart.getFindings().size()), dotSize(chart) });
            }
            if (selected >= 0 && selected < table.getItemCount()) {
                table.setSelection(selected);
            }
        };
        fill.run();
        context.follow(table, fill);
        return page;
    }

    private static List<ChartSpec> lollipops(StudyEditorContext context) {
        return context.study().getCharts().stream().filter(c -> "lollipop".equals(c.getKind())).toList();
    }

    private static String dotSize(ChartSpec chart) {
        return chart.getProperties().stream().filter(p -> DOT_SIZE.equals(p.getName())).map(Parameter::getValue).findFirst().orElse("10 (default)");
    }

    /** Sets the chart's dot-size property: the value of the one it has, else a new one. */
    private static Command dotSize(StudyEditorContext context, ChartSpec chart, int pixels) {
        for (Parameter p : chart.getProperties()) {
            if (DOT_SIZE.equals(p.getName())) {
                return SetCommand.create(context.editingDomain(), p, StudyPackage.Literals.PARAMETER__VALUE, Integer.toString(pixels));
            }
        }
        Parameter p = StudyFactory.eINSTANCE.createParameter();
        p.setName(DOT_SIZE);
        p.setValue(Integer.toString(pixels));
        return AddCommand.create(context.editingDomain(), chart, StudyPackage.Literals.CHART_SPEC__PROPERTIES, p);
    }
}
