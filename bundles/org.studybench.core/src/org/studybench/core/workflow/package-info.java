/**
 * The workflows both faces of StudyBench run — the command line and the workbench — written once:
 * bringing a study's results up to date ({@link org.studybench.core.workflow.ResultsWorkflow}) and
 * rendering its reports ({@link org.studybench.core.workflow.ReportWorkflow}). Each is an OSGi
 * Declarative Services component; a face only parses, calls and shows. Workflows change the study
 * they are given (never another), report to a {@link org.studybench.core.Progress}, and refuse bad
 * input with an {@link org.studybench.core.InputException} naming the file and the place; saving the
 * study is the face's decision (the command line saves, the workbench leaves its editor's study to the
 * user).
 *
 * @since 0.1
 */
package org.studybench.core.workflow;
