package org.studybench.ui.parts;

import java.nio.file.Path;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.studybench.core.InputException;
import org.studybench.core.StudyService;
import org.studybench.model.study.Named;
import org.studybench.model.study.Study;
import org.studybench.model.validation.Describe;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Opens one .study file: its outline on the left, the selected element's properties on the right. */
public class StudyEditorPart {

    public static final String OUTLINE_ID = "studybench.editor.outline";
    public static final String PROPERTIES_ID = "studybench.editor.properties";
    static final String APP_TITLE = "StudyBench";

    @Inject
    StudyService studies;
    @Inject
    MPart part;
    @Inject
    MWindow window;

    private Path file;
    private Study study;
    private TreeViewer outline;
    private Table properties;

    @PostConstruct
    public void create(Composite parent) {
        file = Path.of(part.getPersistedState().get(StudyEditors.FILE_KEY));
        parent.setLayout(new GridLayout(1, false));
        try {
            study = studies.load(file);
        } catch (InputException e) {
            Label error = new Label(parent, SWT.WRAP);
            error.setText("This study cannot be opened: " + e.getMessage());
            error.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            return;
        }
        part.setLabel(study.getName());
        Label title = new Label(parent, SWT.NONE);
        title.setText(study.getTitle() == null ? study.getName() : study.getTitle());
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        outline = new TreeViewer(sash, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        outline.getTree().setData("studybench.id", OUTLINE_ID);
        outline.setContentProvider(new StudyTree.OutlineContent());
        outline.setLabelProvider(new StudyTree.Labels());
        outline.setInput(study);
        properties = new Table(sash, SWT.BORDER | SWT.FULL_SELECTION);
        properties.setData("studybench.id", PROPERTIES_ID);
        properties.setHeaderVisible(true);
        properties.setLinesVisible(true);
        new TableColumn(properties, SWT.NONE).setText("Property");
        new TableColumn(properties, SWT.NONE).setText("Value");
        sash.setWeights(45, 55);
        outline.addSelectionChangedListener(e -> show(((IStructuredSelection) e.getSelection()).getFirstElement()));
        show(study);
        window.setLabel(APP_TITLE + " — " + study.getName());
    }

    /** Fills the properties table with the element's attributes and references, by reflection; groups show their study. */
    private void show(Object selected) {
        properties.removeAll();
        EObject element = selected instanceof EObject e ? e : study;
        for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
            if (feature instanceof EReference reference && reference.isContainment()) {
                continue;
            }
            Object value = element.eGet(feature);
            String text;
            if (feature instanceof EAttribute) {
                text = value == null ? "" : String.valueOf(value);
            } else if (value instanceof java.util.List<?> list) {
                text = String.join(", ", list.stream().map(v -> v instanceof Named n ? n.getName() : Describe.of((EObject) v)).toList());
            } else {
                text = value == null ? "" : value instanceof Named n ? n.getName() : Describe.of((EObject) value);
            }
            TableItem item = new TableItem(properties, SWT.NONE);
            item.setText(new String[] { feature.getName(), text });
        }
        for (TableColumn column : properties.getColumns()) {
            column.pack();
        }
    }

    public Study getStudy() {
        return study;
    }

    @Focus
    public void focus() {
        if (outline != null) {
            outline.getControl().setFocus();
            window.setLabel(APP_TITLE + " — " + study.getName());
        }
    }

    @Persist
    public void save() {
        if (study == null) {
            return;
        }
        try {
            studies.save(study, file);
            part.setDirty(false);
        } catch (InputException e) {
            MessageDialog.openError(outline.getControl().getShell(), APP_TITLE, e.getMessage());
        }
    }

    @PreDestroy
    public void dispose() {
        window.setLabel(APP_TITLE);
    }
}
