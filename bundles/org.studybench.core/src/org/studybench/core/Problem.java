package org.studybench.core;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding about a study element.
 *
 * @param element the element the message is about (for jump-to-element), may be {@code null}
 * @since 0.1
 */
public record Problem(Severity severity, String message, EObject element) {

    public enum Severity {
        ERROR, WARNING, INFO
    }
}
