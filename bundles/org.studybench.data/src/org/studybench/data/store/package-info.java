/**
 * Datasets at rest: Parquet files written by importers ({@link org.studybench.data.store.ParquetSink})
 * and read through an embedded DuckDB ({@link org.studybench.data.store.DuckDb}). A connection belongs
 * to one thread at a time. Since 0.2 the sink also stores a checked delimited text file (read by
 * DuckDB itself) or a Parquet file as it is.
 *
 * @since 0.1
 */
package org.studybench.data.store;
