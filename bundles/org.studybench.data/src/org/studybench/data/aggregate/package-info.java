/**
 * Estimates from respondent data with the dataset's design (weights, clusters, strata): crosstabs and
 * column percentages, design-based letters, means, and the study's computed findings, each in one SQL
 * pass over the Parquet file. Results match R's survey package (docs/methods.md).
 *
 * @since 0.1
 */
package org.studybench.data.aggregate;
