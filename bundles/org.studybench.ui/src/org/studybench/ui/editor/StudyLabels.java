package org.studybench.ui.editor;

import org.studybench.model.study.Estimate;
import org.studybench.model.study.Named;
import org.studybench.model.study.Option;
import org.studybench.model.study.Section;

/**
 * Where StudyBench's trees label an element otherwise than the generated item providers ("Finding
 * security"): a named element as "label  [name]", an option as "code  label", a section as
 * "title  (kind)", an estimate as "segment: value". Kept beside the generated code rather than in it
 * (generated code is never edited); every other element, and everything but the text, is the item
 * providers' own ({@link ModelLabels}).
 */
public final class StudyLabels {

    private StudyLabels() {
    }

    /** StudyBench's label of {@code element}, or null where the item provider's text stands. */
    static String of(Object element) {
        if (element instanceof Named named) {
            return labelled(named.getLabel(), named.getName());
        }
        if (element instanceof Option option) {
            return option.getCode() + "  " + (option.getLabel() == null ? "" : option.getLabel());
        }
        if (element instanceof Section section) {
            return (section.getTitle() == null || section.getTitle().isBlank() ? "(untitled)" : section.getTitle()) + "  ("
                    + (section.getKind() == null ? "text" : section.getKind().getLiteral()) + ")";
        }
        if (element instanceof Estimate estimate) { // the whole sample is "all"; the value as published, if it was
            String segment = estimate.getSegment() == null ? "all" : estimate.getSegment().getName();
            String value = estimate.getPublishedText() != null ? estimate.getPublishedText() : String.valueOf(estimate.getValue());
            return segment + ": " + value;
        }
        return null;
    }

    /** A multiple-response set as pickers show it among variables: "label (multiple response)  [name]". */
    public static String responseSet(org.studybench.model.study.MultipleResponseSet set) {
        return labelled((set.getLabel() == null || set.getLabel().isBlank() ? set.getName() : set.getLabel()) + " (multiple response)", set.getName());
    }

    /** An element as pickers show it: its label with its name as secondary text, or its name where it has no label. */
    public static String labelled(String label, String name) {
        return label == null || label.isBlank() || label.equals(name) ? String.valueOf(name) : label + "  [" + name + "]";
    }
}
