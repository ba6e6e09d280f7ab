package org.studybench.core;

import java.util.List;

/**
 * A statistical method, registered as an OSGi service. Comparators work on sufficient statistics
 * (counts, weighted totals, sums of squares, per-cluster totals) passed as declared parameters,
 * never on respondent rows; that keeps them small, pure and exactly testable.
 *
 * <p>Contract: {@link #compare} is called from any thread, possibly concurrently, so implementations
 * are stateless. It must return within seconds; the registry abandons calls that take longer than its
 * timeout. It throws {@link InputException} for arguments that make no sense (negative counts, a
 * count above its n) and never returns {@code NaN}.
 *
 * @since 0.1
 */
public interface Comparator extends Contribution {

    /** The parameters {@link #compare} reads, in the order front ends should show them. */
    List<ParameterSpec> parameters();

    ComparisonOutcome compare(Arguments arguments) throws InputException;
}
