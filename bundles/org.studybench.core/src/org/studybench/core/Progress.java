package org.studybench.core;

/**
 * Progress and cancellation for long work (imports, aggregation, reports). Implementations are
 * thread-safe; callers report often and check {@link #isCancelled()} between units of work.
 *
 * @since 0.1
 */
public interface Progress {

    /** Ignores progress and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** {@code done} units of {@code total}; {@code total < 0} when the total is unknown. */
    void worked(long done, long total);

    boolean isCancelled();

    /** The units {@link #share} reports in: one ten-thousandth of the whole work. */
    long SHARE_UNITS = 10_000;

    /**
     * The part of {@code whole} from fraction {@code from} to {@code to} (e.g. 0.5 to 1 for the second of
     * two steps): what a step reports as done of its own total moves {@code whole} within its part, in
     * {@link #SHARE_UNITS}, so that steps that each count from 0 make one bar that only grows.
     * Cancelling {@code whole} cancels the part.
     *
     * @since 0.2
     */
    static Progress share(Progress whole, double from, double to) {
        if (!(0 <= from && from <= to && to <= 1)) {
            throw new IllegalArgumentException("a share runs from 0 to 1, got " + from + " to " + to);
        }
        return new Progress() {
            @Override
            public void worked(long done, long total) {
                if (total > 0) {
                    double fraction = from + (to - from) * Math.min(1.0, Math.max(0.0, (double) done / total));
                    whole.worked(Math.round(fraction * SHARE_UNITS), SHARE_UNITS);
                }
            }

            @Override
            public boolean isCancelled() {
                return whole.isCancelled();
            }
        };
    }
}
