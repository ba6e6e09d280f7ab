package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.studybench.stats.DesignMean;

/** Sums that overflow give a message, never a mean or standard error of Infinity or NaN (issue 13: ±1.8E308 in a column). */
class DesignMeanLimitsTest {

    @Test
    void anOverflowingSumIsRefusedWithAMessage() {
        DesignMean huge = new DesignMean(0);
        huge.addPsu("", 1, Double.MAX_VALUE).addPsu("", 1, Double.MAX_VALUE).addPsu("", 1, 1);
        assertEquals(DesignMean.OVERFLOW, assertThrows(IllegalArgumentException.class, () -> huge.estimate(0.95)).getMessage());
        // Values near 1E200 have a finite sum but squares beyond the double range: the standard error would be Infinity.
        DesignMean squares = new DesignMean(0);
        squares.addPsu("", 1, 1e200).addPsu("", 1, -1e200).addPsu("", 1, 3e200);
        assertEquals(DesignMean.OVERFLOW, assertThrows(IllegalArgumentException.class, () -> squares.estimate(0.95)).getMessage());
        assertEquals(DesignMean.OVERFLOW, assertThrows(IllegalArgumentException.class, () -> new DesignMean(Double.POSITIVE_INFINITY)).getMessage());
        assertEquals("the values include NaN (not a number), which has no mean; make them missing",
                assertThrows(IllegalArgumentException.class, () -> new DesignMean(Double.NaN)).getMessage());
    }

    @Test
    void theLargestFiniteValuesStillGiveAMean() {
        // Centred on the mean the sums stay finite: three values 1E150 apart around 1E300.
        DesignMean near = new DesignMean(1e300);
        near.addPsu("", 1, -1e150).addPsu("", 1, 0).addPsu("", 1, 1e150);
        DesignMean.Result r = near.estimate(0.95);
        assertEquals(1e300, r.mean(), 0);
        assertEquals(1e150 / Math.sqrt(3), r.standardError(), 1e135);
    }
}
