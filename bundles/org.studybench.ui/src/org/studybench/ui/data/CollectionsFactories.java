package org.studybench.ui.data;

import java.util.Collection;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * NatTable paints with Eclipse Collections, whose API finds its implementation with
 * {@link java.util.ServiceLoader} on the thread's context class loader. The Maven Central bundles
 * carry no OSGi service-loader headers, so inside Equinox that lookup finds nothing and every cell
 * fails to paint. Each factory class looks its implementation up once, when it is initialised; this
 * initialises them all with the implementation bundle as context class loader, before the first grid.
 */
final class CollectionsFactories {

    private static boolean done;

    private CollectionsFactories() {
    }

    static synchronized void ensure() {
        if (done) {
            return;
        }
        Bundle self = FrameworkUtil.getBundle(CollectionsFactories.class);
        Bundle api = find(self, "org.eclipse.collections.api");
        Bundle impl = find(self, "org.eclipse.collections.impl");
        if (api == null || impl == null) {
            return; // not installed: NatTable will say so itself
        }
        ClassLoader apiLoader = api.adapt(BundleWiring.class).getClassLoader();
        ClassLoader implLoader = impl.adapt(BundleWiring.class).getClassLoader();
        Collection<String> classes = api.adapt(BundleWiring.class).listResources("org/eclipse/collections/api/factory", "*.class",
                BundleWiring.LISTRESOURCES_RECURSE);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(implLoader);
        try {
            for (String resource : classes) {
                if (resource.contains("$")) {
                    continue;
                }
                try {
                    Class.forName(resource.substring(0, resource.length() - ".class".length()).replace('/', '.'), true, apiLoader);
                } catch (ClassNotFoundException | LinkageError e) {
                    // an interface without a factory field, or one NatTable does not use
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        done = true;
    }

    private static Bundle find(Bundle self, String symbolicName) {
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }
}
