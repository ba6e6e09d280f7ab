package org.studybench.stats.tests;

import static org.studybench.stats.ProportionInterval.AGRESTI_COULL;
import static org.studybench.stats.ProportionInterval.CLOPPER_PEARSON;
import static org.studybench.stats.ProportionInterval.JEFFREYS;
import static org.studybench.stats.ProportionInterval.WALD;
import static org.studybench.stats.ProportionInterval.WILSON;
import static org.studybench.stats.ProportionInterval.WILSON_CC;

import org.junit.jupiter.api.Test;
import org.studybench.stats.Interval;
import org.studybench.stats.ProportionInterval;

/**
 * Newcombe RG (1998). Two-sided confidence intervals for the single proportion: comparison of seven
 * methods. Statistics in Medicine 17:857-872, Table II (4 decimals), for 81/263, 15/148, 0/20, 1/29;
 * and the same intervals to full precision from R 4.2.2: prop.test(x, n, correct = FALSE/TRUE)$conf.int
 * (Wilson, Wilson with continuity correction), binom.test(x, n)$conf.int (Clopper-Pearson),
 * qbeta(c(.025, .975), x + .5, n - x + .5) (Jeffreys), and the closed forms for Wald and Agresti-Coull.
 */
class ProportionIntervalTest {

    private static Interval ci(ProportionInterval method, int x, int n) {
        return method.of(x, n, 0.95);
    }

    @Test
    void newcombe1998TableII() {
        check4(WALD, 81, 263, 0.2522, 0.3638);
        check4(WILSON, 81, 263, 0.2553, 0.3662);
        check4(WILSON_CC, 81, 263, 0.2535, 0.3682);
        check4(CLOPPER_PEARSON, 81, 263, 0.2527, 0.3676);
        check4(WALD, 15, 148, 0.0527, 0.1500);
        check4(WILSON, 15, 148, 0.0624, 0.1605);
        check4(WILSON_CC, 15, 148, 0.0598, 0.1644);
        check4(CLOPPER_PEARSON, 15, 148, 0.0578, 0.1617);
        check4(WILSON, 0, 20, 0.0000, 0.1611);
        check4(WILSON_CC, 0, 20, 0.0000, 0.2005);
        check4(CLOPPER_PEARSON, 0, 20, 0.0000, 0.1684);
        check4(WILSON, 1, 29, 0.0061, 0.1718);
        check4(WILSON_CC, 1, 29, 0.0018, 0.1963);
        check4(CLOPPER_PEARSON, 1, 29, 0.0009, 0.1776);
    }

    private static void check4(ProportionInterval method, int x, int n, double lower, double upper) {
        Interval interval = ci(method, x, n);
        Near.fourDecimals(lower, interval.lower(), method.id() + " " + x + "/" + n + " lower");
        Near.fourDecimals(upper, interval.upper(), method.id() + " " + x + "/" + n + " upper");
    }

    @Test
    void agreesWithRToFullPrecision() {
        Near.interval(0.25219012621310721, 0.36377945553594226, ci(WALD, 81, 263), "wald 81/263");
        Near.interval(0.25528851987827428, 0.36620957698280016, ci(WILSON, 81, 263), "wilson 81/263");
        Near.interval(0.25350868229518525, 0.36817620104300364, ci(WILSON_CC, 81, 263), "wilson-cc 81/263");
        Near.interval(0.25522066518999675, 0.36627743167107751, ci(AGRESTI_COULL, 81, 263), "agresti-coull 81/263");
        Near.interval(0.25273674558527121, 0.3676219226013514, ci(CLOPPER_PEARSON, 81, 263), "clopper-pearson 81/263");
        Near.interval(0.25452193499102344, 0.36564749917408246, ci(JEFFREYS, 81, 263), "jeffreys 81/263");

        Near.interval(0.052730006408793974, 0.14997269629390875, ci(WALD, 15, 148), "wald 15/148");
        Near.interval(0.062386399530736283, 0.160487241723308, ci(WILSON, 15, 148), "wilson 15/148");
        Near.interval(0.059778208428498125, 0.16444977936483696, ci(WILSON_CC, 15, 148), "wilson-cc 15/148");
        Near.interval(0.061385974928797285, 0.16148766632524703, ci(AGRESTI_COULL, 15, 148), "agresti-coull 15/148");
        Near.interval(0.057844010083448555, 0.16165049034947898, ci(CLOPPER_PEARSON, 15, 148), "clopper-pearson 15/148");
        Near.interval(0.060448517009296432, 0.1576431434787412, ci(JEFFREYS, 15, 148), "jeffreys 15/148");

        Near.interval(0, 0.1611251580528193, ci(WILSON, 0, 20), "wilson 0/20");
        Near.interval(0, 0.20045334501348699, ci(WILSON_CC, 0, 20), "wilson-cc 0/20");
        Near.interval(0, 0.18980956054248876, ci(AGRESTI_COULL, 0, 20), "agresti-coull 0/20 (R's lower bound -0.0287 truncated to 0)");
        Near.interval(0, 0.16843347098308536, ci(CLOPPER_PEARSON, 0, 20), "clopper-pearson 0/20");
        Near.interval(0, 0.1166389829048754, ci(JEFFREYS, 0, 20), "jeffreys 0/20");

        Near.interval(0, 0.10089224323967212, ci(WALD, 1, 29), "wald 1/29 (R's lower bound -0.0319 truncated to 0)");
        Near.interval(0.006113214292762661, 0.17175521879320282, ci(WILSON, 1, 29), "wilson 1/29");
        Near.interval(0.0018026402132796672, 0.19628175100975948, ci(WILSON_CC, 1, 29), "wilson-cc 1/29");
        Near.interval(0.0008726468835799228, 0.17764429548872285, ci(CLOPPER_PEARSON, 1, 29), "clopper-pearson 1/29");
        Near.interval(0.0037461736490570752, 0.1500776860022317, ci(JEFFREYS, 1, 29), "jeffreys 1/29");
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        org.junit.jupiter.api.Assertions.assertEquals("proportion: the count must be between 0 and n=10, got 11",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WILSON.of(11, 10, 0.95)).getMessage());
        org.junit.jupiter.api.Assertions.assertEquals("proportion: the group size must be positive, got n=0",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> WILSON.of(0, 0, 0.95)).getMessage());
    }
}
