/**
 * The chart kinds StudyBench ships and what a JFreeChart-based chart kind of a plug-in can reuse:
 * {@link org.studybench.chart.JFreeChartRenderer} (extend it and build the JFreeChart; export to PNG,
 * SVG and PDF comes with it), the data of findings and of crosstab queries
 * ({@link org.studybench.chart.FindingData}, {@link org.studybench.chart.CrossTabChartData}), and the
 * house style ({@link org.studybench.chart.ChartStyle}). Rendering is headless and may run on any thread.
 *
 * @since 0.1
 */
package org.studybench.chart;
