/**
 * StudyBench's extension API: the services a plug-in implements — {@link org.studybench.core.Importer},
 * {@link org.studybench.core.FindingsImporter}, {@link org.studybench.core.Comparator},
 * {@link org.studybench.core.ChartRenderer}, {@link org.studybench.core.ReportRenderer}, each a
 * {@link org.studybench.core.Contribution} registered as an OSGi Declarative Services component — and
 * the services it may use: {@link org.studybench.core.Registry}, {@link org.studybench.core.StudyService},
 * {@link org.studybench.core.DatasetService}.
 * <p>
 * Contracts common to all contributions: ids never change once published; implementations are
 * stateless and may be called from any thread, concurrently; bad input is reported by throwing
 * {@link org.studybench.core.InputException} with a one-line message that names the place (never by
 * returning NaN or null); long work reports to a {@link org.studybench.core.Progress} and stops when it
 * is cancelled. The registry hands contributions out behind a guard (see
 * {@link org.studybench.core.Registry#broken()}), so a contribution that breaks these rules fails alone
 * with a {@link org.studybench.core.ContributionException} naming its bundle.
 * <p>
 * Versioning: this package follows semantic versioning in its {@code Export-Package} version; a
 * class's {@code @since} says in which version it appeared. 0.2 added
 * {@link org.studybench.core.DelimitedText}: a row sink may read a checked delimited text file itself.
 *
 * @since 0.1
 */
package org.studybench.core;
