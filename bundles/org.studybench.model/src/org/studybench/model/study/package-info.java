/**
 * The study model (EMF, generated from {@code model/study.ecore} into {@code src-gen/}): a study's
 * sources, instruments, datasets and their dictionaries, segments, findings, comparisons, charts and
 * reports, saved as XMI. Contributions receive model objects to read; they change a study only where
 * their contract says so (an importer returns a new dataset, a comparator returns an outcome and the
 * caller writes it). EMF objects are not thread-safe: a background job works on a copy.
 *
 * @since 0.1
 */
package org.studybench.model.study;
