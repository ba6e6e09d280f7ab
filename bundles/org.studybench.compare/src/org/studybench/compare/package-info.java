/**
 * Runs a study's comparisons through the registry's comparators: arguments bound from findings and
 * segments, results with their input hash so unchanged ones are reused, multiple-comparison families
 * adjusted ({@link org.studybench.compare.StudyComparisons}).
 *
 * @since 0.1
 */
package org.studybench.compare;
