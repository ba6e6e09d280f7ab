package org.studybench.core;

import java.lang.reflect.Proxy;

import org.studybench.core.internal.ContributionGuard;

/**
 * The registry hands out contributions behind a guard (see {@link Registry}). Code that needs the
 * object itself — to use a class of its own bundle, e.g. the JFreeChart behind a chart kind — gets
 * it here. Calls made on the unguarded object have no time limit and no failure translation.
 *
 * @since 0.1
 */
public final class Guarded {

    /**
     * System property: the time limit in seconds for a comparator's {@code compare} and a chart
     * kind's {@code render} (default 30), e.g. {@code -Dstudybench.plugin.timeout=120} on a slow machine.
     */
    public static final String TIMEOUT_PROPERTY = "studybench.plugin.timeout";

    private Guarded() {
    }

    /** The contribution behind {@code contribution}'s guard, or {@code contribution} itself when it has none. */
    public static Object target(Object contribution) {
        if (contribution != null && Proxy.isProxyClass(contribution.getClass())
                && Proxy.getInvocationHandler(contribution) instanceof ContributionGuard<?> guard) {
            return guard.target();
        }
        return contribution;
    }
}
