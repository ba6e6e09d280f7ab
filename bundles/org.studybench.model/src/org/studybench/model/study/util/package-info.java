/**
 * EMF's generated switch and adapter factory for the study model, for code that walks a study by
 * element type.
 *
 * @since 0.1
 */
package org.studybench.model.study.util;
