/**
 * Checks a study without its data ({@link org.studybench.model.validation.StudyValidator}) and names
 * its elements in messages the way users read them ({@link org.studybench.model.validation.Describe}).
 *
 * @since 0.1
 */
package org.studybench.model.validation;
