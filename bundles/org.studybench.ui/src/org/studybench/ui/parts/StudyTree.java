package org.studybench.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Named;
import org.studybench.model.study.Study;
import org.studybench.model.study.StudyPackage;
import org.studybench.ui.editor.ElementLabels;
import org.studybench.ui.editor.StudyImages;

/** Tree content shared by the navigator and the editor outline: a study's elements grouped by concern. */
public final class StudyTree {

    /** A labelled group of elements of one type under a study: "Findings (6)". */
    public record Group(String name, EClass type, List<? extends EObject> children) {
        @Override
        public String toString() {
            return name + " (" + children.size() + ")";
        }
    }

    private StudyTree() {
    }

    public static List<Group> groups(Study study) {
        StudyPackage p = StudyPackage.eINSTANCE;
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Sources", p.getSource(), study.getSources()));
        groups.add(new Group("Instruments", p.getInstrument(), study.getInstruments()));
        groups.add(new Group("Datasets", p.getDataset(), study.getDatasets()));
        groups.add(new Group("Segments", p.getSegment(), study.getSegments()));
        groups.add(new Group("Findings", p.getFinding(), study.getFindings()));
        groups.add(new Group("Comparisons", p.getComparison(), study.getComparisons()));
        groups.add(new Group("Charts", p.getChartSpec(), study.getCharts()));
        groups.add(new Group("Tables", p.getTableSpec(), study.getTables()));
        groups.add(new Group("Reports", p.getReportSpec(), study.getReports()));
        return groups;
    }

    /** Children of model elements below the groups (estimates of a finding, questions and options of an instrument, sections of a report). */
    static Object[] elementChildren(EObject element) {
        return element.eContents().stream()
                .filter(c -> c instanceof Named || c instanceof Estimate || c instanceof org.studybench.model.study.Option || c instanceof org.studybench.model.study.Section)
                .toArray();
    }

    /** Content provider over a Study input. */
    static final class OutlineContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Study study ? groups(study).toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof Group group) {
                return group.children().toArray();
            }
            return parent instanceof EObject element ? elementChildren(element) : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }

    /**
     * Labels: groups with counts and the icon of their elements' type, a study file with the study's icon
     * (an error's when it cannot be read), elements as {@link ElementLabels} shows them.
     */
    static final class Labels extends ElementLabels {
        @Override
        protected ImageDescriptor descriptor(Object element) {
            if (element instanceof Group group) {
                return StudyImages.of(group.type());
            }
            if (element instanceof StudyNavigatorPart.StudyFile file) {
                return file.error != null ? StudyImages.named(StudyImages.ERROR) : StudyImages.of(StudyPackage.eINSTANCE.getStudy());
            }
            return super.descriptor(element);
        }
    }
}
