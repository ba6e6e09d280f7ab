package org.studybench.ui.editor;

import java.net.URL;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.studybench.model.study.StudyPackage;

/**
 * StudyBench's icons of the study's element types (icons/obj16, drawn by icons/make-icons.sh), used by
 * the trees, pickers and editor tabs. They stand in for the item providers' generated icons, which are
 * EMF's coloured diamonds and, being generated (and checked against the genmodel), are not redrawn in
 * place; an element of any other model keeps its item provider's icon ({@link ModelLabels#image}).
 */
public final class StudyImages {

    private static final StudyPackage P = StudyPackage.eINSTANCE;

    /** The icon of each class; a class not listed here (and not a subclass of one) has none of its own. */
    private static final Map<EClass, String> BY_CLASS = Map.ofEntries(Map.entry(P.getStudy(), "study"), Map.entry(P.getSource(), "source"),
            Map.entry(P.getInstrument(), "instrument"), Map.entry(P.getQuestion(), "question"), Map.entry(P.getOption(), "option"),
            Map.entry(P.getDataset(), "dataset"), Map.entry(P.getVariable(), "variable"), Map.entry(P.getMultipleResponseSet(), "mrset"),
            Map.entry(P.getValueLabel(), "valuelabel"), Map.entry(P.getNet(), "net"), Map.entry(P.getSegment(), "segment"),
            Map.entry(P.getFinding(), "finding"), Map.entry(P.getEstimate(), "estimate"), Map.entry(P.getBase(), "base"),
            Map.entry(P.getComparison(), "comparison"), Map.entry(P.getResult(), "result"), Map.entry(P.getEffectSize(), "effectsize"),
            Map.entry(P.getChartSpec(), "chart"), Map.entry(P.getTableSpec(), "table"), Map.entry(P.getReportSpec(), "report"),
            Map.entry(P.getSection(), "section"), Map.entry(P.getParameter(), "parameter"), Map.entry(P.getAnnotation(), "annotation"));

    /** Icons that stand for no class: the outline page, problems (warnings), an error, no problems. */
    public static final String OUTLINE = "outline", PROBLEMS = "problems", ERROR = "error", OK = "ok";

    private StudyImages() {
    }

    /** The icon of elements of {@code type} (its own, else its nearest superclass's), or null. */
    public static ImageDescriptor of(EClass type) {
        if (type == null) {
            return null;
        }
        String name = BY_CLASS.get(type);
        if (name != null) {
            return named(name);
        }
        return type.getESuperTypes().stream().map(StudyImages::of).filter(d -> d != null).findFirst().orElse(null);
    }

    /** The icon of {@code element}'s class, or null when it is not an element of the study model. */
    public static ImageDescriptor of(Object element) {
        return element instanceof EObject e ? of(e.eClass()) : null;
    }

    /** The icon named {@code name} (a file icons/obj16/NAME.png of this bundle), or null when there is none. */
    public static ImageDescriptor named(String name) {
        URL url = url(name);
        return url == null ? null : ImageDescriptor.createFromURL(url);
    }

    /** Where the icon named {@code name} is (icons/obj16/NAME.png of this bundle), or null. */
    public static URL url(String name) {
        return StudyImages.class.getResource("/icons/obj16/" + name.toLowerCase(Locale.ROOT) + ".png");
    }
}
