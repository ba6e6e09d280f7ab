package org.example.studybench.trend.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.studybench.core.Arguments;
import org.studybench.core.Comparator;
import org.studybench.core.ComparisonOutcome;
import org.studybench.core.InputException;
import org.studybench.core.Registry;

/**
 * The comparator as StudyBench sees it: found in the registry (so its DS component is wired), with
 * numbers checked against R 4.2.2's {@code prop.trend.test} to 1e-9. The first case is the example of
 * R's help page for prop.trend.test (smokers among patients in four groups).
 */
class CochranArmitageTrendTest {

    private static Comparator trend() throws InterruptedException {
        var context = FrameworkUtil.getBundle(CochranArmitageTrendTest.class).getBundleContext();
        ServiceTracker<Registry, Registry> tracker = new ServiceTracker<>(context, Registry.class, null);
        tracker.open();
        Registry registry = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
        assertTrue(registry != null, "no StudyBench registry");
        return registry.comparator("cochran-armitage").orElseThrow(() -> new AssertionError("not registered: " + registry.entries()));
    }

    private static ComparisonOutcome run(Map<String, String> args) throws Exception {
        Comparator c = trend();
        return c.compare(Arguments.parse(c.parameters(), args));
    }

    @Test
    void rHelpPageExample() throws Exception {
        // R: smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82); prop.trend.test(smokers, patients)
        ComparisonOutcome o = run(Map.of("successes", "83,90,129,70", "totals", "86,93,136,82"));
        assertEquals(8.2249222851977102, o.statistic(), 1e-9);
        assertEquals(0.004131897477641487, o.pValue(), 1e-9);
        assertEquals(1.0, o.df());
        assertEquals(397.0, o.n());
    }

    @Test
    void withScores() throws Exception {
        // R: prop.trend.test(smokers, patients, c(0, 0, 0, 1))
        ComparisonOutcome o = run(Map.of("successes", "83,90,129,70", "totals", "86,93,136,82", "scores", "0,0,0,1"));
        assertEquals(12.173146220740252, o.statistic(), 1e-9);
        assertEquals(0.00048482459344167451, o.pValue(), 1e-12);
    }

    @Test
    void aSteepTrendOnAFivePointScale() throws Exception {
        // R: prop.trend.test(c(12, 20, 31, 40, 47), rep(60, 5))
        ComparisonOutcome o = run(Map.of("successes", "12,20,31,40,47", "totals", "60,60,60,60,60"));
        assertEquals(54.000000000000043, o.statistic(), 1e-9);
        assertEquals(2.0048960802802585e-13, o.pValue(), 1e-18);
        assertEquals(0.15, o.estimate(), 1e-12); // 47/60 - 12/60 over 4 steps, exactly linear here: 35/60/4
    }

    @Test
    void badInputIsAOneLineError() throws Exception {
        InputException e = assertThrows(InputException.class, () -> run(Map.of("successes", "5,70", "totals", "10,60")));
        assertEquals("group 2: successes 70.0 of 60.0 is not a count within its group size", e.getMessage());
    }
}
