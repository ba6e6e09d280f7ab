package org.studybench.core.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.studybench.core.ComparisonOutcome;
import org.studybench.core.ContributionException;
import org.studybench.core.InputException;

/**
 * Stands between callers and one contribution so that a broken plug-in cannot take the application
 * down: unchecked exceptions and errors from it become a {@link ContributionException} naming its
 * bundle (an {@link InputException} it throws on purpose passes unchanged), impossible results are
 * refused, and the calls that must be quick ({@code compare}, a chart's {@code render}) run on a
 * worker thread and are abandoned after the time limit. An abandoned call is interrupted; a plug-in
 * that ignores the interrupt keeps only its own daemon thread busy.
 */
public final class ContributionGuard<T> implements InvocationHandler {

    private static final double DEFAULT_TIMEOUT_SECONDS = 30;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "studybench-contribution");
        t.setDaemon(true);
        return t;
    });

    private final T target;
    private final String what;
    private final String bundle;
    private final Set<String> timed;

    private ContributionGuard(T target, String what, String bundle, Set<String> timed) {
        this.target = target;
        this.what = what;
        this.bundle = bundle;
        this.timed = timed;
    }

    /**
     * {@code target} behind a guard that implements {@code type}.
     *
     * @param what  how messages name it, e.g. "comparator 'trend'"
     * @param timed the methods that get the time limit
     */
    public static <T> T wrap(Class<T> type, T target, String what, String bundle, Set<String> timed) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, new ContributionGuard<>(target, what, bundle, timed)));
    }

    public T target() {
        return target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> what + " from " + bundle;
            };
        }
        Object result = timed.contains(method.getName()) ? callWithTimeLimit(method, args) : call(method, args);
        check(method, result);
        return result;
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw translate(method, e.getCause());
        }
    }

    private Object callWithTimeLimit(Method method, Object[] args) throws Throwable {
        double seconds = timeoutSeconds();
        Future<Object> call = WORKERS.submit(() -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw new Wrapped(e.getCause());
            }
        });
        try {
            return call.get((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ContributionException(what + " from bundle " + bundle + " did not answer within " + format(seconds) + " s (" + method.getName()
                    + "); it was abandoned", bundle, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof Wrapped w ? w.getCause() : e.getCause();
            throw translate(method, cause);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ContributionException(what + ": interrupted while waiting for it", bundle, e);
        }
    }

    /** What the caller sees of a failure: checked exceptions the method declares pass, and a full heap; anything else names the bundle. */
    private Throwable translate(Method method, Throwable failure) {
        if (failure instanceof OutOfMemoryError) {
            return failure; // the process's state, not the contribution's fault: the face says which limit to raise
        }
        for (Class<?> declared : method.getExceptionTypes()) {
            if (declared.isInstance(failure) && !(failure instanceof RuntimeException) && !(failure instanceof Error)) {
                return failure;
            }
        }
        String message = what + " from bundle " + bundle + " failed in " + method.getName() + ": " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst().orElse(""));
        if (Arrays.asList(method.getExceptionTypes()).contains(InputException.class)) {
            return new ContributionException(message, bundle, failure);
        }
        return new BrokenContribution(message, failure); // methods without a checked exception (id, label, formats, ...)
    }

    /** Results no contract allows: none at all from compare, a p-value outside [0, 1]. */
    private void check(Method method, Object result) throws ContributionException {
        if (method.getName().equals("compare")) {
            if (!(result instanceof ComparisonOutcome outcome)) {
                throw new ContributionException(what + " from bundle " + bundle + " returned no result", bundle, null);
            }
            Double p = outcome.pValue();
            if (p != null && !(p >= 0 && p <= 1)) {
                throw new ContributionException(what + " from bundle " + bundle + " returned the impossible p-value " + p, bundle, null);
            }
        }
    }

    static double timeoutSeconds() {
        try {
            double seconds = Double.parseDouble(System.getProperty(org.studybench.core.Guarded.TIMEOUT_PROPERTY, String.valueOf(DEFAULT_TIMEOUT_SECONDS)));
            return seconds > 0 ? seconds : DEFAULT_TIMEOUT_SECONDS;
        } catch (NumberFormatException e) {
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }

    private static String format(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    /** Carries a contribution's own exception out of the worker thread unchanged. */
    private static final class Wrapped extends Exception {
        private static final long serialVersionUID = 1L;

        Wrapped(Throwable cause) {
            super(cause);
        }
    }

    /** A failure in a method that declares no checked exception; the message names the bundle. */
    public static final class BrokenContribution extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenContribution(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
