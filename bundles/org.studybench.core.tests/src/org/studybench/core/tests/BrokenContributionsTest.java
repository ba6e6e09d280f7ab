package org.studybench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceRegistration;
import org.studybench.core.Arguments;
import org.studybench.core.ChartRenderer;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.ContributionException;
import org.studybench.core.Guarded;
import org.studybench.core.InputException;
import org.studybench.core.ParameterSpec;
import org.studybench.core.Registry;
import org.studybench.model.study.ChartSpec;
import org.studybench.model.study.Study;

/**
 * Deliberately broken contributions, registered as a third-party bundle would register them: each
 * fails with a one-line error naming this bundle, and a sound comparator next to them keeps working.
 */
class BrokenContributionsTest {

    private static final String BUNDLE = "org.studybench.core.tests";

    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private Registry registry;

    @BeforeEach
    void register() throws Exception {
        registry = Services.get(Registry.class);
        comparator(new SumComparator());
        comparator(new Broken("test-throws") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                Object missing = null;
                return ComparisonOutcome.builder(missing.toString()).build(); // a plug-in bug: NullPointerException
            }
        });
        comparator(new Broken("test-nan") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                return ComparisonOutcome.builder("0/0").statistic("z", 0.0 / 0.0).build();
            }
        });
        comparator(new Broken("test-p") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                return ComparisonOutcome.builder("p above 1").statistic("z", 1).pValue(1.5).build();
            }
        });
        comparator(new Broken("test-null") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                return null;
            }
        });
        comparator(new Broken("test-hangs") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                long end = System.nanoTime() + 5_000_000_000L;
                while (System.nanoTime() < end) { // ignores interrupts, as a badly written loop would
                    Thread.onSpinWait();
                }
                return ComparisonOutcome.builder("late").build();
            }
        });
        comparator(new Broken("test-refuses") {
            @Override
            public ComparisonOutcome compare(Arguments arguments) throws InputException {
                throw new InputException("test-refuses: a is too small");
            }
        });
        comparator(new Broken("ignored") {
            @Override
            public String id() {
                throw new IllegalStateException("no id today");
            }

            @Override
            public ComparisonOutcome compare(Arguments arguments) {
                return ComparisonOutcome.builder("never called").build();
            }
        });
        registrations.add(Services.context().registerService(ChartRenderer.class, new ChartRenderer() {
            @Override
            public String id() {
                return "test-broken-chart";
            }

            @Override
            public String label() {
                return "Broken chart";
            }

            @Override
            public List<String> formats() {
                throw new UnsupportedOperationException("formats not written yet");
            }

            @Override
            public void render(Study study, ChartSpec chart, String format, int dpi, OutputStream out) {
                throw new StackOverflowError();
            }
        }, null));
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
        System.clearProperty(Guarded.TIMEOUT_PROPERTY);
    }

    private void comparator(org.studybench.core.Comparator c) {
        registrations.add(Services.context().registerService(org.studybench.core.Comparator.class, c, null));
    }

    private ContributionException failure(String id) {
        var comparator = registry.comparator(id).orElseThrow();
        return assertThrows(ContributionException.class, () -> comparator.compare(Arguments.parse(comparator.parameters(), Map.of())));
    }

    @Test
    void anExceptionNamesTheBundle() {
        ContributionException e = failure("test-throws");
        assertTrue(e.getMessage().startsWith("comparator 'test-throws' from bundle " + BUNDLE + " "), e.getMessage());
        assertTrue(e.getMessage().contains("failed in compare: NullPointerException"), e.getMessage());
        assertTrue(e.bundle().startsWith(BUNDLE + " 0.1.0"), e.bundle());
        assertEquals(1, e.getMessage().lines().count(), "one line");
        assertSoundComparatorStillWorks();
    }

    @Test
    void nanAndImpossibleResultsAreRefused() {
        assertTrue(failure("test-nan").getMessage().contains("NaN"), failure("test-nan").getMessage());
        assertEquals("comparator 'test-p' from bundle " + failure("test-p").bundle() + " returned the impossible p-value 1.5", failure("test-p").getMessage());
        assertTrue(failure("test-null").getMessage().endsWith("returned no result"), failure("test-null").getMessage());
        assertSoundComparatorStillWorks();
    }

    @Test
    void aCallThatHangsIsAbandonedAfterTheTimeLimit() {
        System.setProperty(Guarded.TIMEOUT_PROPERTY, "0.5");
        long start = System.nanoTime();
        ContributionException e = failure("test-hangs");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(e.getMessage().contains("did not answer within 0.5 s (compare); it was abandoned"), e.getMessage());
        assertTrue(seconds < 10, "abandoned after " + seconds + " s, not when the plug-in finished");
        assertSoundComparatorStillWorks();
    }

    @Test
    void anInputErrorOnPurposePassesUnchanged() {
        var comparator = registry.comparator("test-refuses").orElseThrow();
        InputException e = assertThrows(InputException.class, () -> comparator.compare(Arguments.parse(comparator.parameters(), Map.of())));
        assertEquals(InputException.class, e.getClass());
        assertEquals("test-refuses: a is too small", e.getMessage());
    }

    @Test
    void aContributionWithoutAnIdIsListedAsBrokenNotOffered() {
        assertTrue(registry.entries().stream().noneMatch(en -> en.bundle().equals(BUNDLE) && en.id().equals("ignored")));
        Registry.Broken broken = registry.broken().stream().filter(b -> b.bundle().equals(BUNDLE)).findFirst()
                .orElseThrow(() -> new AssertionError("not listed: " + registry.broken()));
        assertEquals(Registry.Kind.COMPARATOR, broken.kind());
        assertEquals("IllegalStateException: no id today", broken.problem());
        assertTrue(registry.entries().stream().anyMatch(en -> en.id().equals("test-sum")), "the others are offered");
    }

    @Test
    void errorsFromAChartKindNameTheBundleToo() {
        ChartRenderer chart = registry.chartRenderer("test-broken-chart").orElseThrow();
        RuntimeException formats = assertThrows(RuntimeException.class, chart::formats);
        assertTrue(formats.getMessage().contains("chart kind 'test-broken-chart' from bundle " + BUNDLE), formats.getMessage());
        ContributionException render = assertThrows(ContributionException.class, () -> chart.render(null, null, "png", 96, OutputStream.nullOutputStream()));
        assertTrue(render.getMessage().contains("failed in render: StackOverflowError"), render.getMessage());
        assertInstanceOf(StackOverflowError.class, render.getCause());
    }

    private void assertSoundComparatorStillWorks() {
        var sum = registry.comparator("test-sum").orElseThrow();
        try {
            assertEquals(2.5, sum.compare(Arguments.parse(sum.parameters(), Map.of("a", "2"))).statistic());
        } catch (InputException e) {
            throw new AssertionError(e);
        }
    }

    /** A comparator with no parameters whose compare is overridden to fail in one way. */
    private abstract static class Broken implements org.studybench.core.Comparator {
        private final String id;

        Broken(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String label() {
            return id;
        }

        @Override
        public List<ParameterSpec> parameters() {
            return List.of();
        }
    }
}
