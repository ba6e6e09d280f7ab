/**
 * The defaults a study leaves implicit (which dataset an element uses), decided in one place.
 *
 * @since 0.1
 */
package org.studybench.model.lookup;
