/**
 * Datasets at rest: Parquet files written by importers ({@link org.studybench.data.store.ParquetSink})
 * and read through an embedded DuckDB ({@link org.studybench.data.store.DuckDb}). A connection belongs
 * to one thread at a time.
 *
 * @since 0.1
 */
package org.studybench.data.store;
