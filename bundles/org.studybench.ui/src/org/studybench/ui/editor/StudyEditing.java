package org.studybench.ui.editor;

import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.studybench.model.study.Study;

/**
 * Every change the editor makes to a study goes through one EMF command stack, so each one can be
 * undone and redone and the editor knows when the study differs from its file. The reflective item
 * providers need no generated edit code: the commands work on the model's features directly.
 */
public final class StudyEditing {

    private final Study study;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);

    public StudyEditing(Study study) {
        this.study = study;
    }

    public Study study() {
        return study;
    }

    public BasicCommandStack stack() {
        return stack;
    }

    /**
     * A copy of the study in a resource of its own at {@code file}'s location (so relative data paths
     * resolve), for background work that must neither touch the edited model nor its undo history.
     */
    public Study detachedCopy(java.nio.file.Path file) {
        Study copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(study);
        org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl resource = new org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl(
                org.eclipse.emf.common.util.URI.createFileURI(file.toAbsolutePath().toString()));
        new org.eclipse.emf.ecore.resource.impl.ResourceSetImpl().getResources().add(resource);
        resource.getContents().add(copy);
        return copy;
    }

    /** {@code prefix} followed by the first number from {@code elements.size() + 1} that no element is named yet: "finding8". */
    public static String freshName(String prefix, List<? extends org.studybench.model.study.Named> elements) {
        int n = elements.size() + 1;
        while (named(prefix + n, elements)) {
            n++;
        }
        return prefix + n;
    }

    /** Whether one of {@code elements} is named {@code name}. */
    public static boolean named(String name, List<? extends org.studybench.model.study.Named> elements) {
        return elements.stream().anyMatch(e -> name.equals(e.getName()));
    }

    /** Sets a feature; a no-op when the value is already there (so no empty undo steps). */
    public void set(EObject owner, EStructuralFeature feature, Object value) {
        Object old = owner.eGet(feature);
        if (old == null ? value == null : old.equals(value)) {
            return;
        }
        execute(SetCommand.create(domain, owner, feature, value), "Set " + feature.getName());
    }

    /** Several changes as one undo step. */
    public void setAll(String label, List<Object[]> changes) {
        CompoundCommand compound = new CompoundCommand(label);
        for (Object[] c : changes) {
            EObject owner = (EObject) c[0];
            EStructuralFeature feature = (EStructuralFeature) c[1];
            Object old = owner.eGet(feature);
            if (old == null ? c[2] != null : !old.equals(c[2])) {
                compound.append(SetCommand.create(domain, owner, feature, c[2]));
            }
        }
        if (!compound.isEmpty()) {
            execute(compound, label);
        }
    }

    public void add(EObject owner, EStructuralFeature feature, Object value) {
        execute(AddCommand.create(domain, owner, feature, value), "Add");
    }

    public void remove(EObject owner, EStructuralFeature feature, Object value) {
        execute(RemoveCommand.create(domain, owner, feature, value), "Delete");
    }

    /** Moves {@code value} to {@code index} within {@code owner}'s list {@code feature}. */
    public void move(EObject owner, EStructuralFeature feature, Object value, int index) {
        execute(org.eclipse.emf.edit.command.MoveCommand.create(domain, owner, feature, value, index), "Move");
    }

    /**
     * Deletes an element and clears every reference to it in the study (a deleted question leaves no
     * variable pointing at it), as one undoable step.
     */
    public void delete(EObject element) {
        change("Delete", () -> org.eclipse.emf.ecore.util.EcoreUtil.delete(element, true));
    }

    /** How many references elsewhere in the study point at {@code element} (or at what it contains). */
    public int usages(EObject element) {
        int n = 0;
        java.util.List<EObject> targets = new java.util.ArrayList<>();
        targets.add(element);
        element.eAllContents().forEachRemaining(targets::add);
        for (var entry : org.eclipse.emf.ecore.util.EcoreUtil.UsageCrossReferencer.findAll(targets, study).entrySet()) {
            n += (int) entry.getValue().stream().filter(s -> !org.eclipse.emf.ecore.util.EcoreUtil.isAncestor(element, s.getEObject())).count();
        }
        return n;
    }

    /** Whatever {@code change} does to the study, recorded as one undoable step. */
    public void change(String label, Runnable change) {
        execute(new ChangeCommand(study.eResource() != null ? study.eResource() : study) {
            @Override
            protected void doExecute() {
                change.run();
            }
        }, label);
    }

    private void execute(Command command, String label) {
        if (!command.canExecute()) {
            throw new IllegalStateException(label + " cannot be applied here");
        }
        stack.execute(command);
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    public void undo() {
        if (stack.canUndo()) {
            stack.undo();
        }
    }

    public void redo() {
        if (stack.canRedo()) {
            stack.redo();
        }
    }

    /** Whether the study differs from what was last loaded or saved. */
    public boolean isDirty() {
        return stack.isSaveNeeded();
    }

    public void saved() {
        stack.saveIsDone();
    }
}
