package org.studybench.stats.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.studybench.stats.PAdjust;
import org.studybench.stats.Planning;

class PlanningTest {

    /** R: power.prop.test(n = 5000, p1 = .25, p2 = .22)$power and power.prop.test(n = 155, p1 = .71, p2 = .60)$power. */
    @Test
    void powerAsPowerPropTest() {
        Near.rel(0.94280558658175306, Planning.power(0.25, 0.22, 5000, 5000, 0.05), "power n=5000");
        Near.rel(0.53095162678348673, Planning.power(0.71, 0.60, 155, 155, 0.05), "power n=155");
    }

    /**
     * R: power.prop.test(n = 5000, p2 = .22, power = .8)$p1 = 0.19723080721122532, found by uniroot
     * (tol ≈ 1.2e-4), so it agrees to 1e-4; our root reaches the power to 1e-12.
     */
    @Test
    void minimumDetectableDifference() {
        double down = Planning.minimumDetectableDifference(0.22, 5000, 5000, 0.05, 0.8, false);
        Near.rel(0.22 - 0.19723080721122532, down, 1e-3, "MDD");
        Near.rel(0.8, Planning.power(0.22 - down, 0.22, 5000, 5000, 0.05), 1e-12, "power at the MDD");
        double up = Planning.minimumDetectableDifference(0.22, 5000, 5000, 0.05, 0.8, true);
        Near.rel(0.8, Planning.power(0.22 + up, 0.22, 5000, 5000, 0.05), 1e-12, "power at the upward MDD");
    }

    /**
     * Seed study A (Ipsos 2013), large vs SME, N = 10,000, Holm over the five two-group findings.
     * At an even split the p-values and their Holm adjustment are R's
     * 2*pnorm(-abs(z)) for the pooled z and p.adjust(p, "holm").
     */
    @Test
    void splitSensitivityOfThePublishedIpsosGaps() {
        double[] large = { 0.71, 0.58, 0.41, 0.27, 0.25 };
        double[] sme = { 0.60, 0.59, 0.36, 0.21, 0.22 };
        Planning.SplitRange[] r = Planning.splitSensitivity(large, sme, 10_000, PAdjust.HOLM, 0.05);
        Near.rel(2.924920850220969e-30, r[0].balancedAdjustedP(), 1e-8, "security, Holm at 50/50");
        Near.rel(0.31021502794593647, r[1].balancedAdjustedP(), "productivity, Holm at 50/50");
        Near.rel(0.00080711708485656176, r[4].balancedAdjustedP(), "data loss, Holm at 50/50");
        // Ranges of shares of large firms (0.001 grid) with Holm-adjusted p < .05, from the same grid in R:
        // which(p.adjust(p(s), "holm") < .05) for s = 1:999/1000.
        // 71 vs 60 holds from 1.4% to 98.8% large firms ...
        assertEquals(0.014, r[0].minShare(), 1e-12);
        assertEquals(0.988, r[0].maxShare(), 1e-12);
        // ... 58 vs 59 under no split ...
        assertFalse(r[1].significantAnywhere());
        assertEquals(0.057, r[2].minShare(), 1e-12);
        assertEquals(0.941, r[2].maxShare(), 1e-12);
        assertEquals(0.030, r[3].minShare(), 1e-12);
        assertEquals(0.964, r[3].maxShare(), 1e-12);
        // ... and 25 vs 22 only when neither group is small (10.9% to 88.2%).
        assertEquals(0.109, r[4].minShare(), 1e-12);
        assertEquals(0.882, r[4].maxShare(), 1e-12);
        // Per country (~310 respondents) even 71 vs 60 is not significant after Holm at an even split.
        Planning.SplitRange[] country = Planning.splitSensitivity(large, sme, 310, PAdjust.HOLM, 0.05);
        Near.rel(0.20819778305130157, country[0].balancedAdjustedP(), "security per country, Holm at 50/50");
        for (Planning.SplitRange range : country) {
            assertFalse(range.significantAnywhere());
        }
    }
}
