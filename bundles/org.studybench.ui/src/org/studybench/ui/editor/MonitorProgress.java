package org.studybench.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.studybench.core.Progress;

/** A background job's monitor as the {@link Progress} the headless services report to. */
public final class MonitorProgress {

    private MonitorProgress() {
    }

    /** Reports to {@code monitor}, begun with {@code ticks} units of work; its Cancel cancels. */
    public static Progress of(IProgressMonitor monitor, int ticks) {
        return new Progress() {
            private int reported;

            @Override
            public void worked(long done, long total) {
                if (total > 0) {
                    int now = (int) Math.min(ticks, ticks * done / total);
                    monitor.worked(now - reported);
                    reported = now;
                }
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCanceled();
            }
        };
    }
}
