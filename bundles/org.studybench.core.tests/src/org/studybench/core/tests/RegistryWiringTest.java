package org.studybench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.studybench.core.Arguments;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.Registry;
import org.studybench.core.ReportRenderer;

/**
 * Runs in a real Equinox + Felix SCR runtime (tycho-surefire): the registry is a DS component whose
 * dynamic references must pick up services registered by other bundles. (Components declared in this
 * test bundle itself would not be seen: tycho-surefire runs it from its folder without the generated
 * Service-Component header; the CLI tests check DS components of real bundles.)
 */
class RegistryWiringTest {

    @Test
    void aComparatorFromAnotherBundleIsRegisteredWithItsBundle() throws Exception {
        Registry registry = Services.get(Registry.class);
        ServiceRegistration<org.studybench.core.Comparator> registration = Services.context()
                .registerService(org.studybench.core.Comparator.class, new SumComparator(), null);
        try {
            checkSumComparator(registry);
        } finally {
            registration.unregister();
        }
    }

    private static void checkSumComparator(Registry registry) throws Exception {
        Registry.Entry entry = registry.entries().stream().filter(e -> e.id().equals("test-sum")).findFirst()
                .orElseThrow(() -> new AssertionError("test-sum not registered: " + registry.entries()));
        assertEquals(Registry.Kind.COMPARATOR, entry.kind());
        assertEquals("Sum (test)", entry.label());
        assertEquals("org.studybench.core.tests", entry.bundle());
        assertTrue(entry.bundleVersion().startsWith("0.1.0"), entry.bundleVersion());

        var comparator = registry.comparator("test-sum").orElseThrow();
        ComparisonOutcome outcome = comparator.compare(Arguments.parse(comparator.parameters(), Map.of("a", "2")));
        assertEquals(2.5, outcome.statistic());
    }

    @Test
    void servicesRegisteredAtRuntimeComeAndGo() throws Exception {
        Registry registry = Services.get(Registry.class);
        ReportRenderer renderer = textFormat("test-format", "Test format");
        ServiceRegistration<ReportRenderer> registration = Services.context().registerService(ReportRenderer.class, renderer, null);
        try {
            assertTrue(registry.reportRenderer("test-format").isPresent());
            assertTrue(registry.entries().stream().anyMatch(e -> e.kind() == Registry.Kind.REPORT_FORMAT && e.id().equals("test-format")));
        } finally {
            registration.unregister();
        }
        assertFalse(registry.reportRenderer("test-format").isPresent());
    }

    /**
     * A kind's contributions are activated when that kind is first asked for: a command that needs importers
     * does not pay for starting every report format. (A registry of its own, bound as DS binds it, with a
     * report format whose service is made on demand.)
     */
    @Test
    void aKindIsActivatedOnlyWhenAskedFor() throws Exception {
        ReportRenderer renderer = textFormat("test-lazy", "Made on demand");
        ServiceRegistration<ReportRenderer> registration = Services.context().registerService(ReportRenderer.class, renderer, null);
        try {
            java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
            org.osgi.service.component.ComponentServiceObjects<ReportRenderer> objects = new org.osgi.service.component.ComponentServiceObjects<>() {
                @Override
                public ReportRenderer getService() {
                    made.incrementAndGet();
                    return renderer;
                }

                @Override
                public void ungetService(ReportRenderer service) {
                }

                @Override
                public org.osgi.framework.ServiceReference<ReportRenderer> getServiceReference() {
                    return registration.getReference();
                }
            };
            org.studybench.core.internal.ContributionRegistry registry = new org.studybench.core.internal.ContributionRegistry();
            java.lang.reflect.Method bind = registry.getClass().getDeclaredMethod("addReportRenderer", org.osgi.service.component.ComponentServiceObjects.class);
            bind.setAccessible(true);
            bind.invoke(registry, objects);
            assertTrue(registry.importers().isEmpty());
            registry.chartRenderers();
            registry.comparator("anything");
            assertEquals(0, made.get(), "not made while other kinds are asked for");
            assertEquals("Made on demand", registry.reportRenderers().get(0).label());
            assertTrue(registry.reportRenderer("test-lazy").isPresent());
            assertEquals(1, made.get(), "made once, when its kind was asked for");
        } finally {
            registration.unregister();
        }
    }

    /** A report format that writes nothing, as a plug-in's would be registered. */
    private static ReportRenderer textFormat(String id, String label) {
        return new ReportRenderer() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public void render(org.studybench.model.study.Study study, org.studybench.model.study.ReportSpec report, java.io.OutputStream out) {
            }
        };
    }

    @Test
    void entriesAreSortedByKindThenId() throws Exception {
        List<Registry.Entry> entries = Services.get(Registry.class).entries();
        for (int i = 1; i < entries.size(); i++) {
            Registry.Entry a = entries.get(i - 1);
            Registry.Entry b = entries.get(i);
            assertTrue(a.kind().compareTo(b.kind()) < 0 || a.kind() == b.kind() && a.id().compareTo(b.id()) <= 0, a + " before " + b);
        }
    }
}
