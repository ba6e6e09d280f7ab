/**
 * Banner tables — several row questions by several breakdowns, with column percentages, letters,
 * intervals and tests — computed from a dataset ({@link org.studybench.banner.Banner}) and written as
 * HTML, CSV or XLSX ({@link org.studybench.banner.BannerWriter}). Computing reads the data through
 * DuckDB and may take seconds: call it off the UI thread.
 *
 * @since 0.1
 */
package org.studybench.banner;
