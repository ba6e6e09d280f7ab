package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.studybench.stats.Interval;

/** Assertions with relative tolerances, for comparing with reference values printed to 17 digits. */
final class Near {

    /** Exact methods must agree with R to this relative error. */
    static final double EXACT = 1e-9;

    private Near() {
    }

    static void rel(double expected, double actual, double tolerance, String what) {
        if (expected == actual) {
            return;
        }
        double scale = Math.max(Math.abs(expected), 1e-300);
        if (!(Math.abs(expected - actual) / scale <= tolerance)) {
            fail(what + ": expected " + expected + " but was " + actual + " (relative error " + Math.abs(expected - actual) / scale + ")");
        }
    }

    static void rel(double expected, double actual, String what) {
        rel(expected, actual, EXACT, what);
    }

    static void interval(double lower, double upper, Interval actual, double tolerance, String what) {
        rel(lower, actual.lower(), tolerance, what + " lower");
        rel(upper, actual.upper(), tolerance, what + " upper");
    }

    static void interval(double lower, double upper, Interval actual, String what) {
        interval(lower, upper, actual, EXACT, what);
    }

    /** Published tables print 4 decimals: agreement to half a unit in the 4th place. */
    static void fourDecimals(double published, double actual, String what) {
        assertEquals(published, actual, 0.00005 + 1e-12, what);
    }
}
