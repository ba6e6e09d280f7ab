package org.studybench.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.studybench.model.study.Source;
import org.studybench.model.study.StudyFactory;
import org.studybench.model.study.StudyPackage;

/**
 * The study itself and where its numbers come from: title, date and description, and the sources
 * (publisher, title, author, date, address, citation) that published findings point to, edited in
 * place; every change undoable.
 */
public final class OverviewPage {

    public static final String TITLE_ID = "studybench.editor.study.title";
    public static final String SOURCES_ID = "studybench.editor.sources";
    public static final String ADD_SOURCE_ID = "studybench.editor.sources.add";

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    private final StudyEditing editing;
    private final Composite control;
    private final TableViewer sources;
    private final PropertyForm study;

    public OverviewPage(Composite parent, StudyEditing editing) {
        this.editing = editing;
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        study = new PropertyForm(control, editing, "studybench.editor.study", PropertyForm.Choices.NONE,
                f -> f == P.getStudy_Title() || f == P.getStudy_Date() || f == P.getStudy_Description());
        study.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        study.bind(editing.study());

        Composite bar = new Composite(control, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Label label = new Label(bar, SWT.NONE);
        label.setText("Sources (click a cell to edit it)");
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = new Button(bar, SWT.PUSH);
        add.setText("Add source");
        add.setData(Ids.KEY, ADD_SOURCE_ID);
        add.addListener(SWT.Selection, e -> addSource());
        Button delete = new Button(bar, SWT.PUSH);
        delete.setText("Delete...");
        delete.addListener(SWT.Selection, e -> deleteSource());

        sources = new TableViewer(control, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        sources.getTable().setData(Ids.KEY, SOURCES_ID);
        sources.getTable().setHeaderVisible(true);
        sources.getTable().setLinesVisible(true);
        sources.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sources.setContentProvider(ArrayContentProvider.getInstance());
        for (Object[] c : List.of(new Object[] { "Name", P.getNamed_Name(), 110 }, new Object[] { "Publisher", P.getSource_Publisher(), 130 },
                new Object[] { "Title", P.getSource_Title(), 220 }, new Object[] { "Author", P.getSource_Author(), 120 },
                new Object[] { "Date", P.getSource_Date(), 80 }, new Object[] { "Address", P.getSource_Url(), 160 },
                new Object[] { "Citation", P.getSource_Citation(), 260 })) {
            column((String) c[0], (EAttribute) c[1], (Integer) c[2]);
        }
        sources.setInput(editing.study().getSources());
        TableLook.apply(sources.getTable(), 6); // the citation takes the spare width
        Live.follow(control, editing, () -> {
            sources.refresh();
            TableLook.fit(sources.getTable());
        });
    }

    public Composite control() {
        return control;
    }

    private void addSource() {
        Source s = StudyFactory.eINSTANCE.createSource();
        s.setName(StudyEditing.freshName("source", editing.study().getSources()));
        editing.add(editing.study(), P.getStudy_Sources(), s);
        sources.refresh();
    }

    private void deleteSource() {
        Deletion.confirmAndDelete(control.getShell(), editing, (Source) sources.getStructuredSelection().getFirstElement());
    }

    private void column(String title, EAttribute attribute, int width) {
        TableViewerColumn column = new TableViewerColumn(sources, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        java.util.function.Function<Source, String> text = source -> {
            Object v = source.eGet(attribute);
            return v == null ? "" : v.toString();
        };
        column.setLabelProvider(ColumnLabelProvider.createTextProvider(o -> text.apply((Source) o)));
        column.setEditingSupport(new TextCellEditing<>(sources, Source.class, text, (source, value) -> {
            String typed = value.trim();
            if (attribute == P.getNamed_Name() && (!typed.matches("[A-Za-z][A-Za-z0-9_.-]*") || StudyEditing.named(typed, editing.study().getSources()))) {
                return; // a name must stay a unique identifier
            }
            editing.set(source, attribute, typed.isEmpty() ? null : typed);
        }));
    }
}
