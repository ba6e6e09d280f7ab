package org.studybench.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Named;
import org.studybench.model.study.Section;

/** How elements are named in messages for researchers: "Finding 'security'", "Segment 'SME'". */
public final class Describe {

    private Describe() {
    }

    public static String of(EObject element) {
        if (element == null) {
            return "(nothing)";
        }
        String kind = kind(element);
        if (element instanceof Named named) {
            String name = named.getName() != null && !named.getName().isBlank() ? named.getName() : named.getLabel();
            return name == null || name.isBlank() ? "an unnamed " + kind.toLowerCase() : kind + " '" + name + "'";
        }
        if (element instanceof Estimate estimate && estimate.eContainer() != null) {
            String segment = estimate.getSegment() == null ? "the whole sample" : "segment '" + estimate.getSegment().getName() + "'";
            return of(estimate.eContainer()) + " in " + segment;
        }
        if (element instanceof Section section) {
            return "Section '" + (section.getTitle() == null ? "untitled" : section.getTitle()) + "'";
        }
        return element.eContainer() == null ? kind : kind + " of " + of(element.eContainer());
    }

    /** The element's kind in words: ChartSpec → "Chart", MultipleResponseSet → "Multiple response set". */
    public static String kind(EObject element) {
        String name = element.eClass().getName();
        return switch (name) {
            case "ChartSpec" -> "Chart";
            case "ReportSpec" -> "Report";
            case "TableSpec" -> "Table";
            default -> {
                String words = name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
                yield Character.toUpperCase(words.charAt(0)) + words.substring(1);
            }
        };
    }
}
