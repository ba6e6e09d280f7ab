package org.studybench.core.workflow;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.studybench.core.InputException;
import org.studybench.model.study.Estimate;
import org.studybench.model.study.Finding;
import org.studybench.model.study.Study;

/**
 * Adds, changes and removes a study's elements by kind and name, the one way both faces author a study.
 * It works on the model reflectively: a kind is an element type the study contains ({@code segment},
 * {@code finding}, {@code chart}, ...; {@code section} inside a report), a setting is any attribute or
 * reference of it by its model name, so an attribute added to the model needs no code here. Changes
 * are made in memory; validating and saving is the caller's job.
 *
 * @since 0.1
 */
public interface AuthoringWorkflow {

    /** The kinds that can be authored, in model order; nested kinds (section) need a parent. */
    List<String> kinds();

    /** The kind of the parent a nested kind lives in ({@code report} for {@code section}), or null for a top-level kind. */
    String parentKind(String kind);

    /**
     * A new element of {@code kind} named {@code name}, with a fresh id, appended to the study (or to
     * {@code parent} for a nested kind). Kinds named by a title (sections) may have none: an empty name.
     *
     * @throws InputException when the kind is unknown, the parent missing, or the name taken among its siblings
     */
    EObject add(Study study, String kind, String name, String parent) throws InputException;

    /** The element of {@code kind} named {@code name} (in {@code parent} for a nested kind). */
    EObject find(Study study, String kind, String name, String parent) throws InputException;

    /**
     * Sets {@code feature} of {@code element} from text: attributes by their type (numbers, booleans,
     * enumeration literals; comma-separated for many values), references by the names of the elements
     * they refer to (comma-separated for many). A dotted path sets a setting of a single contained
     * element, created when absent ({@code base.label}). An empty value clears the setting.
     *
     * @throws InputException for an unknown setting (naming the valid ones), a computed one, or a value that does not fit
     */
    void set(EObject element, String feature, String value) throws InputException;

    /** The settings of {@code element} that {@link #set} accepts. */
    List<String> settable(EObject element);

    /** Whether {@code feature} holds a computed value (ids, input hashes, a comparison's result) that no one sets by hand. */
    boolean isComputed(EStructuralFeature feature);

    /**
     * Sets a named parameter of {@code element} (a comparison's parameter, a chart's kind-specific
     * property), replacing one of the same name; an empty value removes it. A chart's property is
     * checked against the options its installed kind declares.
     */
    void setParameter(EObject element, String name, String value) throws InputException;

    /**
     * Sets {@code finding}'s estimate for the segment named {@code segment} (null or empty: the whole
     * sample), replacing one it has for that segment; {@code settings} are the estimate's settings as
     * text ({@code value}, {@code n}, {@code publishedText}, ...).
     */
    Estimate setEstimate(Finding finding, String segment, Map<String, String> settings) throws InputException;

    /**
     * Appends a new element to {@code feature}, a list of contained elements of {@code element} that is
     * not otherwise authored (a question's options, a chart's annotations), with {@code settings} as text.
     */
    EObject addItem(EObject element, String feature, Map<String, String> settings) throws InputException;

    /** The elements that refer to {@code element} or to anything inside it, outside it, in model order. */
    List<EObject> referrers(EObject element);

    /** How users name an element: {@code report 'main' section 'by-size'}. */
    String describe(EObject element);

    /**
     * Removes {@code element}. While others refer to it, refuses with a message listing every referrer,
     * unless {@code force}, which removes those references too.
     */
    void remove(EObject element, boolean force) throws InputException;
}
