package org.studybench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The CLI must run with no display, so no headless bundle may be wired to SWT, JFace or the e4 UI,
 * directly or through the bundles it re-exports.
 */
class HeadlessBundlesTest {

    private static final List<String> HEADLESS = List.of("org.studybench.model", "org.studybench.core", "org.studybench.stats", "org.studybench.compare",
            "org.studybench.data", "org.studybench.importer.csv", "org.studybench.importer.xlsx", "org.studybench.importer.spss",
            "org.studybench.importer.published", "org.studybench.banner", "org.studybench.chart", "org.studybench.report", "org.studybench.cli",
            "org.studybench.engine.postgres", "org.studybench.engine.trino");

    @Test
    void headlessBundlesAreNotWiredToAnyUiBundle() {
        List<String> violations = new ArrayList<>();
        for (Bundle bundle : FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles()) {
            if (!HEADLESS.contains(bundle.getSymbolicName())) {
                continue;
            }
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            assertNotNull(wiring, bundle.getSymbolicName() + " is not resolved");
            for (BundleWire wire : wiring.getRequiredWires(null)) {
                String provider = wire.getProvider().getSymbolicName();
                if (provider.startsWith("org.eclipse.swt") || provider.startsWith("org.eclipse.jface") || provider.startsWith("org.eclipse.e4.ui")
                        || provider.startsWith("org.eclipse.ui")) {
                    violations.add(bundle.getSymbolicName() + " -> " + provider);
                }
            }
        }
        assertEquals(List.of(), violations);
        assertEquals(HEADLESS.size(), HEADLESS.stream().filter(n -> org.eclipse.core.runtime.Platform.getBundle(n) != null).count(),
                "every headless bundle must be in the test runtime");
    }
}
