/**
 * EMF.Edit item providers of the study model, generated from {@code study.genmodel} (their sources are
 * in {@code src-gen/}; only this file is written by hand): each element's label and icon, and its
 * property descriptors — display name, whether a feature may be set (provenance and computed values may
 * not) and whether it is multi-line. The workbench builds its forms and trees from them; a plug-in's
 * page may use them to show elements as StudyBench does.
 *
 * @since 0.1
 */
package org.studybench.model.study.provider;
