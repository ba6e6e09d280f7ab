package org.studybench.ui.parts;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Named;
import org.studybench.model.study.Study;

/** Tree content shared by the navigator and the editor outline: a study's elements grouped by concern. */
public final class StudyTree {

    /** A labelled group of elements under a study: "Findings (6)". */
    public record Group(String name, List<? extends EObject> children) {
        @Override
        public String toString() {
            return name + " (" + children.size() + ")";
        }
    }

    private StudyTree() {
    }

    public static List<Group> groups(Study study) {
        List<Group> groups = new ArrayList<>();
        groups.add(new Group("Sources", study.getSources()));
        groups.add(new Group("Instruments", study.getInstruments()));
        groups.add(new Group("Datasets", study.getDatasets()));
        groups.add(new Group("Segments", study.getSegments()));
        groups.add(new Group("Findings", study.getFindings()));
        groups.add(new Group("Comparisons", study.getComparisons()));
        groups.add(new Group("Charts", study.getCharts()));
        groups.add(new Group("Tables", study.getTables()));
        groups.add(new Group("Reports", study.getReports()));
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
     * Labels: groups with counts, elements as their item providers show them ("label  [name]", an
     * estimate as "segment: value") with the icons generated for their classes.
     */
    static final class Labels extends LabelProvider {
        private ResourceManager images;

        @Override
        public String getText(Object element) {
            return org.studybench.ui.editor.ModelLabels.text(element);
        }

        @Override
        public Image getImage(Object element) {
            if (org.studybench.ui.editor.ModelLabels.image(element) instanceof URL url) {
                if (images == null) {
                    images = new LocalResourceManager(JFaceResources.getResources());
                }
                return images.create(ImageDescriptor.createFromURL(url));
            }
            return null;
        }

        @Override
        public void dispose() {
            if (images != null) {
                images.dispose();
                images = null;
            }
            super.dispose();
        }
    }
}
