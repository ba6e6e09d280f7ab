package org.studybench.core;

import java.io.Serial;

/**
 * A contribution (a plug-in's importer, comparator, chart kind or report format) failed in a way its
 * contract does not allow: it threw an unchecked exception, returned no result or an impossible one
 * (a p-value outside [0, 1]), or did not answer within the registry's time limit. The message names
 * the contribution and the bundle that provides it, so a user knows whose plug-in to blame; front
 * ends treat it like any other one-line error, and every other contribution keeps working.
 *
 * @since 0.1
 */
public class ContributionException extends InputException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String bundle;

    public ContributionException(String message, String bundle, Throwable cause) {
        super(message, cause);
        this.bundle = bundle;
    }

    /** Symbolic name and version of the bundle that provides the failing contribution. */
    public String bundle() {
        return bundle;
    }
}
