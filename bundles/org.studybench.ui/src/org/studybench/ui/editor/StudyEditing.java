package org.studybench.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Named;
import org.studybench.model.study.ReportSpec;
import org.studybench.model.study.Section;
import org.studybench.model.study.Study;
import org.studybench.model.validation.Describe;

/**
 * Every change the editor makes to a study goes through one EMF command stack, so each one can be
 * undone and redone and the editor knows when the study differs from its file. The reflective item
 * providers need no generated edit code: the commands work on the model's features directly.
 */
public final class StudyEditing {

    private final Study study;
    private final BasicCommandStack stack = new BasicCommandStack();
    private final EditingDomain domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final EContentAdapter changes = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification); // adapts what was added, leaves what was removed
            if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                listeners.forEach(Runnable::run);
            }
        }
    };

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

    /** Moves {@code value} to {@code index} within {@code owner}'s list {@code feature}. */
    public void move(EObject owner, EStructuralFeature feature, Object value, int index) {
        execute(org.eclipse.emf.edit.command.MoveCommand.create(domain, owner, feature, value, index), "Move");
    }

    /**
     * Deletes an element and every reference to it (or to what it contains) in the study, as one
     * undoable step: references in lists are removed, single ones cleared, and the estimates of a
     * deleted segment go with it (an estimate without its segment would read as the whole sample's).
     * Undo restores all of it in place.
     */
    public void delete(EObject element) {
        change("Delete " + Describe.of(element), () -> {
            for (EObject referrer : directReferrers(element)) {
                if (referrer instanceof Estimate estimate && estimate.getSegment() != null && isPartOf(estimate.getSegment(), element)) {
                    EcoreUtil.remove(estimate);
                }
            }
            EcoreUtil.delete(element, true);
        });
    }

    /**
     * What deleting {@code element} touches: the report sections that refer to it or show an element
     * that does (a line each, first), then the elements that refer to it or to what it contains (a line
     * per kind) — for a segment, the sections whose tables have its column, the findings with a value
     * for it, and the comparisons and charts that use it.
     */
    public List<String> referrers(EObject element) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        Set<EObject> affected = new LinkedHashSet<>();
        List<String> sections = new ArrayList<>();
        for (EObject referrer : directReferrers(element)) {
            if (referrer instanceof Estimate estimate && estimate.eContainer() instanceof Finding finding) {
                byKind.computeIfAbsent("Findings whose value for " + Describe.of(estimate.getSegment()).toLowerCase(Locale.ROOT) + " is deleted",
                        k -> new ArrayList<>()).add(name(finding));
                affected.add(finding);
            } else if (referrer instanceof Section section) {
                sections.add(Describe.of(section) + " of " + Describe.of(section.eContainer()));
                affected.add(section);
            } else {
                EObject owner = holder(referrer);
                byKind.computeIfAbsent(Describe.kind(owner) + "s", k -> new ArrayList<>()).add(name(owner));
                affected.add(owner);
            }
        }
        for (ReportSpec report : study.getReports()) {
            for (Section section : report.getSections()) {
                // a section that lists nothing shows all of its kind, as the report renderer does
                List<? extends EObject> shown = switch (section.getKind()) {
                    case FINDINGS -> section.getFindings().isEmpty() ? study.getFindings() : section.getFindings();
                    case COMPARISONS -> section.getComparisons().isEmpty() ? study.getComparisons() : section.getComparisons();
                    case CHART -> section.getChart() == null ? study.getCharts() : List.of(section.getChart());
                    case TABLE -> section.getTable() == null ? study.getTables() : List.of(section.getTable());
                    default -> List.of();
                };
                String line = Describe.of(section) + " of " + Describe.of(report);
                shown.stream().filter(affected::contains).findFirst().filter(e -> !sections.contains(line))
                        .ifPresent(e -> sections.add(line + ", which shows " + Describe.of(e).toLowerCase(Locale.ROOT)));
            }
        }
        List<String> lines = new ArrayList<>(sections); // first: what a reader of the report would miss
        byKind.forEach((kind, names) -> lines.add(kind + ": " + String.join(", ", names)));
        return lines;
    }

    private static String name(EObject element) {
        return element instanceof Named named && named.getName() != null ? named.getName() : Describe.of(element);
    }

    /** The elements outside {@code element} with a reference to it or into it, found by EMF's usage cross-referencer. */
    private List<EObject> directReferrers(EObject element) {
        List<EObject> targets = new ArrayList<>();
        targets.add(element);
        element.eAllContents().forEachRemaining(targets::add);
        Set<EObject> found = new LinkedHashSet<>();
        for (var entry : EcoreUtil.UsageCrossReferencer.findAll(targets, study).entrySet()) {
            for (EStructuralFeature.Setting setting : entry.getValue()) {
                if (!isPartOf(setting.getEObject(), element)) {
                    found.add(setting.getEObject());
                }
            }
        }
        return List.copyOf(found);
    }

    private static boolean isPartOf(EObject candidate, EObject element) {
        return candidate == element || EcoreUtil.isAncestor(element, candidate);
    }

    /** The outermost named element below the study that holds {@code o}: a finding's base names its finding. */
    private static EObject holder(EObject o) {
        EObject found = o;
        for (EObject c = o; c != null && !(c instanceof Study); c = c.eContainer()) {
            if (c instanceof Named) {
                found = c;
            }
        }
        return found;
    }

    /**
     * Calls {@code listener} after every change to the study, whoever made it (a command, its undo,
     * a page): pages follow the model rather than a copy of it taken when they were built. One EMF
     * content adapter on the study serves all listeners.
     */
    public void addListener(Runnable listener) {
        if (!study.eAdapters().contains(changes)) {
            study.eAdapters().add(changes);
        }
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
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

    /** The editing domain commands are built with (contributed pages build their own). */
    public EditingDomain domain() {
        return domain;
    }

    /** Runs a command built elsewhere (a contributed page's) on this study's command stack. */
    public void execute(Command command) {
        execute(command, command.getLabel() == null ? "Change" : command.getLabel());
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
