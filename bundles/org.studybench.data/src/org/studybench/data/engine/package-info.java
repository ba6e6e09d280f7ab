/**
 * Where a dataset's rows are and the SQL dialect of the engine that reads them: a Parquet file (embedded
 * DuckDB) or a table in an external engine whose bundle offers an {@link org.studybench.data.engine.SqlEngine}.
 *
 * @since 0.1
 */
package org.studybench.data.engine;
