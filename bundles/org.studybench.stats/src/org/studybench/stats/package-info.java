/**
 * Survey statistics as pure functions: proportion intervals, tests for proportions, tables, means
 * and ranks, multiple-comparison corrections, column-proportion letters, design-based (weighted,
 * clustered, stratified) estimators and the Rao-Scott tests, and planning tools for published
 * findings. No OSGi, no I/O: every method takes sufficient statistics and returns numbers. Each
 * class documents the R function it reproduces; docs/methods.md gives the formulas.
 *
 * @since 0.1
 */
package org.studybench.stats;
