/**
 * Reading and writing study files: {@link org.studybench.model.io.StudyResources} loads and saves
 * XMI (saves are atomic: a temporary file, then a rename), {@link org.studybench.model.io.AtomicFiles}
 * does the same for any output, and {@link org.studybench.model.io.Ids} makes element ids.
 *
 * @since 0.1
 */
package org.studybench.model.io;
