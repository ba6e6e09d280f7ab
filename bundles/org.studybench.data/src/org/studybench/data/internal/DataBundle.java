package org.studybench.data.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.studybench.data.store.DuckDb;

/**
 * The data bundle's life: when it stops (the framework shutting down at the end of a command or of the
 * workbench) it first lets a background load of the data engine end. In the product the engine's native
 * library comes from the driver bundle, and a framework stopped while the driver links it makes the driver
 * print the failed load to stderr, after a command's one-line error (a file refused at once).
 */
public final class DataBundle implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // nothing to set up: the engine loads when a command or an import first needs it
    }

    @Override
    public void stop(BundleContext context) throws InterruptedException {
        DuckDb.awaitLoading(10_000);
    }
}
