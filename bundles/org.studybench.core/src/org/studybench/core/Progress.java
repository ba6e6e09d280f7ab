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
}
