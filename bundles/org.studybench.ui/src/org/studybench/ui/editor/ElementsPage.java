package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.studybench.model.io.Ids;
import org.studybench.model.study.Identified;
import org.studybench.model.study.Named;
import org.studybench.model.study.Option;
import org.studybench.model.study.Section;
import org.studybench.model.study.Study;
import org.studybench.model.validation.Describe;

/**
 * A master-detail page over one concern of a study: a tree of its elements (an instrument's
 * questions and their options; a report's sections), buttons to add each kind of element where the
 * selection says, delete (naming every element that refers to it) and move up or down, and on the
 * right a {@link PropertyForm} for the selected element. Every change is one undoable command.
 */
public final class ElementsPage {

    private final StudyEditing editing;
    private final Function<Study, List<? extends EObject>> roots;
    private final Set<EReference> children;
    private final List<EReference> adders;
    private final SashForm control;
    private final TreeViewer tree;
    private final PropertyForm form;
    private final List<Button> addButtons = new ArrayList<>();
    private final Button delete;
    private final Button up;
    private final Button down;

    /**
     * @param id       the page's id; the tree is {@code id + ".tree"}, the buttons {@code id + ".add." + type},
     *                 {@code .delete}, {@code .up}, {@code .down}; the form's fields {@code id + ".form." + feature}
     * @param roots    the top elements of the tree
     * @param children the containments shown as children in the tree
     * @param adders   the containments the page adds to (one "Add ..." button each); only elements in
     *                 these can be deleted or moved here
     */
    public ElementsPage(Composite parent, StudyEditing editing, String id, Function<Study, List<? extends EObject>> roots, Set<EReference> children,
            List<EReference> adders, PropertyForm.Choices choices) {
        this.editing = editing;
        this.roots = roots;
        this.children = children;
        this.adders = adders;
        control = new SashForm(parent, SWT.HORIZONTAL);
        Composite left = new Composite(control, SWT.NONE);
        left.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(left, SWT.NONE);
        bar.setLayout(new RowLayout(SWT.HORIZONTAL));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (EReference adder : adders) {
            Button add = new Button(bar, SWT.PUSH);
            add.setText("Add " + Describe.kind(EcoreUtil.create(adder.getEReferenceType())).toLowerCase(java.util.Locale.ROOT));
            add.setData(org.studybench.ui.editor.Ids.KEY, id + ".add." + adder.getEReferenceType().getName());
            add.addListener(SWT.Selection, e -> add(adder));
            addButtons.add(add);
        }
        delete = button(bar, "Delete...", id + ".delete");
        delete.addListener(SWT.Selection, e -> delete());
        up = button(bar, "Up", id + ".up");
        up.addListener(SWT.Selection, e -> move(-1));
        down = button(bar, "Down", id + ".down");
        down.addListener(SWT.Selection, e -> move(1));

        tree = new TreeViewer(left, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setData(org.studybench.ui.editor.Ids.KEY, id + ".tree");
        tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree.setContentProvider(new Content());
        tree.setLabelProvider(new ElementLabels()); // the outline's text and icons
        tree.setInput(editing.study());
        tree.expandToLevel(2);
        form = new PropertyForm(control, editing, id + ".form", choices, f -> true);
        control.setWeights(40, 60);
        tree.addSelectionChangedListener(e -> selected());
        selected();
        Live.follow(control, editing, () -> {
            tree.refresh();
            selected();
        });
    }

    public Control control() {
        return control;
    }

    public PropertyForm form() {
        return form;
    }

    /** Adds a button that acts on the selected element (null when nothing is selected). */
    public void action(String text, String id, java.util.function.Consumer<EObject> run) {
        Button b = button(delete.getParent(), text, id);
        b.addListener(SWT.Selection, e -> run.accept(selection()));
        delete.getParent().getParent().layout(true, true);
    }

    private static Button button(Composite bar, String text, String id) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.setData(org.studybench.ui.editor.Ids.KEY, id);
        return b;
    }

    private EObject selection() {
        return (EObject) tree.getStructuredSelection().getFirstElement();
    }

    private void selected() {
        EObject element = selection();
        if (element != null && !EcoreUtil.isAncestor(editing.study(), element)) {
            element = null;
        }
        form.bind(element);
        for (int i = 0; i < adders.size(); i++) {
            addButtons.get(i).setEnabled(owner(adders.get(i)) != null);
        }
        boolean movable = element != null && adders.contains(element.eContainmentFeature());
        delete.setEnabled(movable);
        up.setEnabled(movable && siblings(element).indexOf(element) > 0);
        down.setEnabled(movable && siblings(element).indexOf(element) < siblings(element).size() - 1);
    }

    /**
     * Where a new element of {@code adder} goes: the selected element or its nearest container that
     * has the containment, else the study, else the first such element in the tree.
     */
    private EObject owner(EReference adder) {
        EClass ownerType = adder.getEContainingClass();
        for (EObject o = selection(); o != null; o = o.eContainer()) {
            if (ownerType.isInstance(o)) {
                return o;
            }
        }
        if (ownerType.isInstance(editing.study())) {
            return editing.study();
        }
        for (EObject root : roots.apply(editing.study())) {
            if (ownerType.isInstance(root)) {
                return root;
            }
            for (var it = root.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (ownerType.isInstance(o)) {
                    return o;
                }
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private void add(EReference adder) {
        EObject owner = owner(adder);
        if (owner == null) {
            return;
        }
        List<EObject> siblings = (List<EObject>) owner.eGet(adder);
        EObject created = EcoreUtil.create(adder.getEReferenceType());
        if (created instanceof Identified identified) {
            identified.setId(Ids.newId());
        }
        String kind = Describe.kind(created).toLowerCase(java.util.Locale.ROOT);
        if (created instanceof Named named) {
            List<Named> named0 = siblings.stream().filter(Named.class::isInstance).map(Named.class::cast).toList();
            named.setName(StudyEditing.freshName(adder.getEReferenceType().getName().toLowerCase(java.util.Locale.ROOT), named0));
            named.setLabel("New " + kind);
        } else if (created instanceof Option option) {
            option.setCode(String.valueOf(siblings.size() + 1));
            option.setLabel("New option");
        } else if (created instanceof Section section) {
            section.setTitle("New section");
        }
        editing.add(owner, adder, created);
        tree.refresh();
        tree.setSelection(new StructuredSelection(created), true);
    }

    private void delete() {
        Deletion.confirmAndDelete(control.getShell(), editing, selection());
    }

    private void move(int by) {
        EObject element = selection();
        if (element == null) {
            return;
        }
        int index = siblings(element).indexOf(element) + by;
        if (index >= 0 && index < siblings(element).size()) {
            editing.move(element.eContainer(), element.eContainmentFeature(), element, index);
            tree.setSelection(new StructuredSelection(element), true);
        }
    }

    private static EList<?> siblings(EObject element) {
        return (EList<?>) element.eContainer().eGet(element.eContainmentFeature());
    }

    private final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return roots.apply(editing.study()).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            List<Object> found = new ArrayList<>();
            if (parent instanceof EObject element) {
                for (EReference r : element.eClass().getEAllContainments()) {
                    if (children.contains(r)) {
                        found.addAll((List<?>) element.eGet(r));
                    }
                }
            }
            return found.toArray();
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof EObject o && !(o.eContainer() instanceof Study) ? o.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
